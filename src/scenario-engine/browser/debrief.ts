import type { DebriefCondition, DebriefLine, Ending, Scenario } from '../build/schema.ts';

/**
 * A debrief tells only what happened on the way the learner took: a line with a condition is shown only when the
 * way makes it true. The way is the saved, loop-free one (the machine's context), so a line never tells of a moment
 * the learner went back on. The chat and the build's checks share these functions; neither walks the scenario here.
 */

/** What a way passed through: its nodes, and its choices as `node.index` (0-based). */
export interface PathTrace {
  visited: ReadonlySet<string>;
  chose: ReadonlySet<string>;
}

/**
 * The trace of a way: `trail[i]` is the node where choice `path[i]` was taken, and `at` the node or ending reached
 * (what the chat machine's context and state hold).
 */
export function traceOf(trail: readonly string[], path: readonly number[], at: string): PathTrace {
  return {
    visited: new Set([...trail, at]),
    chose: new Set(trail.map((node, index) => `${node}.${path[index] ?? -1}`)),
  };
}

/** An ending's debrief as lines (a single text is one line, always shown). */
export function debriefLines(ending: Ending): { text: string; if?: DebriefCondition | undefined }[] {
  const { debrief } = ending;
  if (debrief === undefined) return [];
  if (typeof debrief === 'string') return [{ text: debrief }];
  return debrief.map((line: DebriefLine) => (typeof line === 'string' ? { text: line } : line));
}

export function conditionHolds(condition: DebriefCondition | undefined, trace: PathTrace): boolean {
  if (!condition) return true;
  const { visited, notVisited, chose } = condition;
  if (visited && !visited.every((id) => trace.visited.has(id))) return false;
  if (notVisited && notVisited.some((id) => trace.visited.has(id))) return false;
  if (chose && !trace.chose.has(`${chose.node}.${chose.choice - 1}`)) return false;
  return true;
}

/** The lines of an ending's debrief that apply to the way that reached it. */
export function debriefFor(ending: Ending, trace: PathTrace): string[] {
  return debriefLines(ending)
    .filter((line) => conditionHolds(line.if, trace))
    .map((line) => line.text);
}

/** Whether the way passed a node where the learner's character was threatened (the ending then points to Help). */
export function followsThreat(scenario: Scenario, trace: PathTrace): boolean {
  return [...trace.visited].some((id) => Object.hasOwn(scenario.nodes, id) && scenario.nodes[id]?.threat === true);
}
