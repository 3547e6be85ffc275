import type { Ending, Scenario, ScenarioNode } from './schema.ts';

/**
 * The scenario as a directed graph: nodes and endings are vertices, choices are edges. Shared by the checks, the
 * position functions and the map. Lookups go through `Object.hasOwn`, because an id such as `constructor` would
 * otherwise find a property of every object.
 */

export function nodeOf(scenario: Scenario, id: string): ScenarioNode | undefined {
  return Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
}

export function endingOf(scenario: Scenario, id: string): Ending | undefined {
  return Object.hasOwn(scenario.endings, id) ? scenario.endings[id] : undefined;
}

/** Whether an id names a node or an ending (what a choice's `next` may name). */
export function exists(scenario: Scenario, id: string): boolean {
  return nodeOf(scenario, id) !== undefined || endingOf(scenario, id) !== undefined;
}

/** Where the choices of a node lead, in choice order, leaving out ids that name nothing (reported by the checks). */
export function successors(scenario: Scenario, id: string): string[] {
  return (nodeOf(scenario, id)?.choices ?? []).map((choice) => choice.next).filter((next) => exists(scenario, next));
}

/**
 * Shortest distance in choices from the start to every node and ending that can be reached, in breadth-first order
 * (so the keys list the start first). The map draws its layers from this.
 */
export function distancesFromStart(scenario: Scenario): Map<string, number> {
  const distances = new Map<string, number>();
  if (!nodeOf(scenario, scenario.start)) return distances;
  distances.set(scenario.start, 0);
  const queue = [scenario.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const distance = distances.get(id) ?? 0;
    for (const next of successors(scenario, id)) {
      if (!distances.has(next)) {
        distances.set(next, distance + 1);
        queue.push(next);
      }
    }
  }
  return distances;
}

/** The nodes and endings from which some ending can be reached (endings included). */
export function leadingToAnEnding(scenario: Scenario): Set<string> {
  const leading = new Set(Object.keys(scenario.endings));
  // Walk backwards from the endings until nothing changes; scenarios are small, so a fixpoint is clear enough.
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of Object.keys(scenario.nodes)) {
      if (!leading.has(id) && successors(scenario, id).some((next) => leading.has(next))) {
        leading.add(id);
        changed = true;
      }
    }
  }
  return leading;
}

/** Everything reachable from `from` (itself included). */
export function reachableFrom(scenario: Scenario, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const next of successors(scenario, id)) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * Counts the paths without repeats that start at the start (to any node or ending, the empty path included), giving
 * up at `limit`. xstate/graph lists all of these (once per state it reaches), which is exponential in the worst case,
 * so the checks use this count to refuse a tangle before anything tries to list its paths.
 */
export function countSimplePaths(scenario: Scenario, limit: number): number {
  let count = 0;
  const onPath = new Set<string>();
  const visit = (id: string): void => {
    count++;
    onPath.add(id);
    for (const next of successors(scenario, id)) {
      if (count >= limit) break;
      if (!onPath.has(next)) visit(next);
    }
    onPath.delete(id);
  };
  if (nodeOf(scenario, scenario.start)) visit(scenario.start);
  return count;
}

/**
 * Calls `visit` with every path without repeats from the start that ends at an ending: the choice indexes (0-based)
 * and the node at which each was taken. Gives up after `limit` paths. Expects a scenario whose `next` fields all name
 * something (checkScenario's rules).
 */
export function forEachEndingPath(
  scenario: Scenario,
  visit: (ending: string, choices: readonly number[], trail: readonly string[]) => void,
  limit: number,
): void {
  let count = 0;
  const trail: string[] = [];
  const choices: number[] = [];
  const walk = (id: string): void => {
    if (count >= limit) return;
    if (endingOf(scenario, id)) {
      count++;
      visit(id, choices, trail);
      return;
    }
    (nodeOf(scenario, id)?.choices ?? []).forEach((choice, index) => {
      if (trail.includes(choice.next) || choice.next === id || !exists(scenario, choice.next)) return;
      choices.push(index);
      trail.push(id);
      walk(choice.next);
      trail.pop();
      choices.pop();
    });
  };
  if (nodeOf(scenario, scenario.start)) walk(scenario.start);
}
