import { mergeProgress } from '../course-state/merge.ts';
import type { CourseState } from '../course-state/state.ts';

/**
 * The course open twice for one learner (two tabs, a tab and a pop-up): each copy tells the others its progress
 * after every change, and takes in what it lacks, so that whichever copy saves last, the LMS gets everything. This
 * is the rule; peers-worker.ts runs it off the page, once the page is idle, so it is never part of the first screen.
 */

/** What one copy does on hearing another's progress: take in the merged progress, and/or answer with its own. */
export interface PeerAnswer {
  /** The merged progress, when it holds more than this copy's. */
  adopt?: CourseState | undefined;
  /** The other copy lacks something of this one's (it opened later, from older LMS data): tell it. */
  reply: boolean;
}

/** The page a copy is on is its own: it never makes two copies differ. Keys in a fixed order, so equal is equal. */
const canonical = (state: CourseState) =>
  JSON.stringify({ ...state, location: '' }, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

export function answerPeer(mine: CourseState, theirs: CourseState): PeerAnswer {
  const merged = mergeProgress(mine, theirs);
  return {
    adopt: canonical(merged) === canonical(mine) ? undefined : merged,
    // Where both hold a place (a chat's path, an answer), each keeps its own, so two copies never answer each
    // other for ever.
    reply: canonical(mergeProgress(theirs, mine)) !== canonical(theirs),
  };
}
