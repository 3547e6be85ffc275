import { endingOf, nodeOf } from './graph.ts';
import type { DebriefCondition, DebriefLine, Ending, Scenario } from './schema.ts';

/**
 * A debrief tells only what happened on the path the learner took: a line with a condition is shown only when the
 * path makes it true. The path is the saved, loop-free one, so a line never tells of a moment the learner went back
 * on. Pure and without dependencies: the chat player and the checks share it.
 */

/** What a path passed through: its nodes, and its choices as `node.index` (0-based). */
export interface PathTrace {
  visited: ReadonlySet<string>;
  chose: ReadonlySet<string>;
}

/** The nodes and choices along `path` from the start (as far as it can be followed). */
export function traceOf(scenario: Scenario, path: readonly number[]): PathTrace {
  const visited = new Set<string>([scenario.start]);
  const chose = new Set<string>();
  let at = scenario.start;
  for (const index of path) {
    const next = nodeOf(scenario, at)?.choices[index]?.next;
    if (next === undefined) break;
    chose.add(`${at}.${index}`);
    visited.add(next);
    at = next;
  }
  return { visited, chose };
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

/** The debrief lines of `ending` that apply to the path that reached it. */
export function debriefFor(scenario: Scenario, ending: string, path: readonly number[]): string[] {
  const found = endingOf(scenario, ending);
  if (!found) return [];
  const trace = traceOf(scenario, path);
  return debriefLines(found)
    .filter((line) => conditionHolds(line.if, trace))
    .map((line) => line.text);
}

/** Whether the path passed a node where the learner's character was threatened (the ending then points to Help). */
export function followsThreat(scenario: Scenario, path: readonly number[]): boolean {
  const { visited } = traceOf(scenario, path);
  return [...visited].some((id) => nodeOf(scenario, id)?.threat === true);
}
