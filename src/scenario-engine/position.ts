import { endingOf, nodeOf } from './graph.ts';
import type { Choice, Scenario } from './schema.ts';

/**
 * The learner's position in a scenario is the path of choice indexes (0-based) taken from the start: small to store
 * (SCORM 1.2 suspend_data holds 4,096 characters for the whole course) and meaningful only with the scenario itself.
 */

/** Where a path leads: a node (the learner is choosing) or an ending (the scenario is over). */
export type Position = { kind: 'node'; id: string } | { kind: 'ending'; id: string };

/** One choice taken: at `node`, choice `choice` (0-based), leading to `next`. */
export interface PathStep {
  node: string;
  choice: number;
  next: string;
}

export type ReplayResult =
  | { ok: true; at: Position; steps: PathStep[] }
  /** `step` is the index in the path of the first entry that cannot be followed. */
  | { ok: false; step: number; reason: 'not-a-choice' | 'past-ending' | 'unknown-target'; message: string };

/**
 * Follows a path from the start. A saved path can be stale (the scenario changed) or damaged; the failure says which
 * entry broke, so the caller can log it and start the scenario afresh.
 */
export function replayPath(scenario: Scenario, path: readonly number[]): ReplayResult {
  if (!nodeOf(scenario, scenario.start)) {
    return { ok: false, step: 0, reason: 'unknown-target', message: `the start "${scenario.start}" is not a node` };
  }
  const steps: PathStep[] = [];
  let at: Position = { kind: 'node', id: scenario.start };
  for (let step = 0; step < path.length; step++) {
    const choice = path[step] ?? -1;
    if (at.kind === 'ending') {
      const message = `path[${step}] continues past ending "${at.id}", where the scenario is over`;
      return { ok: false, step, reason: 'past-ending', message };
    }
    const choices: readonly Choice[] = nodeOf(scenario, at.id)?.choices ?? [];
    const taken: Choice | undefined = Number.isInteger(choice) ? choices[choice] : undefined;
    if (!taken) {
      const message = `path[${step}] is ${choice}, but node "${at.id}" has ${choices.length} choices (0 to ${choices.length - 1})`;
      return { ok: false, step, reason: 'not-a-choice', message };
    }
    steps.push({ node: at.id, choice, next: taken.next });
    if (nodeOf(scenario, taken.next)) at = { kind: 'node', id: taken.next };
    else if (endingOf(scenario, taken.next)) at = { kind: 'ending', id: taken.next };
    else {
      const message = `path[${step}] leads to "${taken.next}", which is neither a node nor an ending`;
      return { ok: false, step, reason: 'unknown-target', message };
    }
  }
  return { ok: true, at, steps };
}

/**
 * The same position by a path without loops: whenever the path comes back to a node it has already passed, the part
 * between the two visits is cut. So a stored path never visits a node twice and is never longer than the scenario's
 * longest simple path (`ScenarioStructure.longestPath`), however long the learner went round a loop.
 * An entry that cannot be followed (see `replayPath`) ends the path there; check stored paths with `replayPath`.
 */
export function normalizePath(scenario: Scenario, path: readonly number[]): number[] {
  const kept: number[] = [];
  // visited[i] is the node at which kept[i] was chosen; its last entry is where the learner is now.
  const visited = [scenario.start];
  for (const choice of path) {
    const current = visited[visited.length - 1] ?? scenario.start;
    const next = Number.isInteger(choice) ? nodeOf(scenario, current)?.choices[choice]?.next : undefined;
    if (next === undefined) break;
    const earlier = visited.indexOf(next);
    if (earlier >= 0) {
      kept.length = earlier;
      visited.length = earlier + 1;
    } else {
      kept.push(choice);
      visited.push(next);
    }
  }
  return kept;
}
