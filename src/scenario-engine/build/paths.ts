import { getSimplePaths } from 'xstate/graph';
import type { ScenarioStructure } from '../../course-model/structure.ts';
import { CHOICE_EVENTS, compileScenario } from '../browser/chat-machine.ts';
import type { Scenario } from './schema.ts';

/** A way through a scenario from the start, without visiting any node twice. */
export interface ScenarioPath {
  /** Choice indexes taken (0-based), as saved. */
  choices: number[];
  /** The node at which each choice was taken. */
  trail: string[];
  /** The node or ending the path leads to. */
  to: string;
  /** Whether `to` is an ending. */
  ending: boolean;
}

export interface ScenarioStats {
  id: string;
  nodes: number;
  /** Choices over all nodes (the edges of the graph). */
  choices: number;
  endings: number;
  /** Paths without repeats from the start to an ending. */
  paths: number;
  /** Choices on the longest path without repeats from the start (to a node or an ending). */
  longestPath: number;
}

const CHOICE_EVENT = /^choose\.(\d+)$/;

/**
 * Every path without repeats from the start (to every node and ending, the empty path to the start included), found by
 * xstate/graph on the compiled machine, sorted by choices.
 *
 * How loops are bounded: xstate/graph's simple paths never revisit a vertex, and here a vertex is a node (the
 * snapshot's value), not the whole snapshot. The context holds the path, so with xstate's default serialization every
 * snapshot would be new and a loop would be followed for ever. With nodes as vertices each loop is taken zero times,
 * which is exactly the set of positions the machine can save (its path is loop-free); `checkScenario` refuses
 * scenarios with `PATH_LIMIT` or more such paths before anything lists them. Only choices are walked, not going back
 * or starting again. Expects a scenario that passed `checkScenario`.
 */
export function simplePaths(scenario: Scenario): ScenarioPath[] {
  const machine = compileScenario(scenario);
  const found = getSimplePaths(machine, {
    events: CHOICE_EVENTS,
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
  // A step's state is the state after its event; so the node where a choice was taken is the state before it. (Read
  // from the states' values only: xstate/graph keeps one snapshot per value, whose context may come from another way.)
  return found
    .map((path) => {
      const choices: number[] = [];
      const trail: string[] = [];
      path.steps.forEach((step, i) => {
        const index = CHOICE_EVENT.exec(step.event.type)?.[1];
        if (index === undefined) return; // xstate/graph starts each path with an `xstate.init` step, which is no choice
        choices.push(Number(index));
        trail.push(String(path.steps[i - 1]?.state.value ?? scenario.start));
      });
      return { choices, trail, to: String(path.state.value), ending: path.state.hasTag('ending') };
    })
    .sort((a, b) => compareChoices(a.choices, b.choices));
}

function compareChoices(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** The paths from the start to an ending. */
export function endingPaths(scenario: Scenario): ScenarioPath[] {
  return simplePaths(scenario).filter((path) => path.ending);
}

function longest(paths: readonly ScenarioPath[]): number {
  return Math.max(0, ...paths.map((path) => path.choices.length));
}

export function scenarioStats(scenario: Scenario): ScenarioStats {
  const paths = simplePaths(scenario);
  const nodes = Object.values(scenario.nodes);
  return {
    id: scenario.id,
    nodes: nodes.length,
    choices: nodes.reduce((sum, node) => sum + node.choices.length, 0),
    endings: Object.keys(scenario.endings).length,
    paths: paths.filter((path) => path.ending).length,
    longestPath: longest(paths),
  };
}

/** What the course's browser code needs to know about a scenario (saved paths are indexed by these numbers). */
export function scenarioStructure(scenario: Scenario): ScenarioStructure {
  return {
    id: scenario.id,
    endings: Object.keys(scenario.endings),
    maxChoices: Math.max(0, ...Object.values(scenario.nodes).map((node) => node.choices.length)),
    longestPath: longest(simplePaths(scenario)),
  };
}
