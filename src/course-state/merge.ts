import type { CourseState } from './state.ts';

/**
 * The progress of two copies of the course open at once for one learner (two tabs, or a tab and a pop-up), made one,
 * so that the copy that saves last never wipes out what the other did: flags either copy set stay set, counts and
 * scores take the higher, endings reached and answered questions are put together. Where both hold a place of
 * their own (a chat's path and ending, an answer, the page), `mine` wins: it is what this learner is looking at.
 */
export function mergeProgress(mine: CourseState, theirs: CourseState): CourseState {
  return union(mine, theirs, '') as CourseState;
}

function union(mine: unknown, theirs: unknown, key: string): unknown {
  if (key === 'path' || key === 'ending') return mine;
  if (mine === undefined || mine === '') return theirs ?? mine;
  if (typeof mine === 'boolean') return mine || theirs === true;
  if (typeof mine === 'number') return typeof theirs === 'number' ? Math.max(mine, theirs) : mine;
  if (Array.isArray(mine)) {
    return key === 'endingsReached' && Array.isArray(theirs) ? [...new Set([...mine, ...theirs])] : mine;
  }
  if (typeof mine !== 'object' || !mine || typeof theirs !== 'object' || !theirs) return mine;
  const merged: Record<string, unknown> = { ...theirs, ...mine };
  for (const [k, value] of Object.entries(theirs)) merged[k] = union((mine as Record<string, unknown>)[k], value, k);
  return merged;
}
