import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import type { EndingOutcome } from '../course-state/events.ts';
import { MAX_CHOICES } from './limits.ts';
import { normalizePath } from './position.ts';
import type { Scenario } from './schema.ts';

/**
 * The scenario as an XState machine: each node is a state, each choice an event, each ending a final state.
 * No delays and no invoked actors: the chat's typing pauses belong to the UI, and a machine without them can be
 * walked path by path (xstate/graph) and restored from a path in one go.
 */

/** A choice index a node can offer (0-based; a node offers 2 to 4 choices). */
export type ChoiceIndex = 0 | 1 | 2 | 3;

/**
 * "The learner takes choice i of the current node". One event type per index, so that xstate/graph finds every
 * transition without being told which events exist, and `snapshot.can({ type: 'choose.2' })` says if there is a third
 * choice. An event for a choice the current node lacks is ignored.
 */
export type ChoiceEvent = { type: `choose.${ChoiceIndex}` };

export interface ScenarioContext {
  /** The learner's loop-free path so far (choice indexes, 0-based): the position to save (see `normalizePath`). */
  path: number[];
}

/** What the machine outputs when the learner reaches an ending. */
export interface ScenarioOutput {
  /** Id of the ending reached. */
  ending: string;
  outcome: EndingOutcome;
  /** The loop-free path that led there. */
  path: number[];
}

/** The event for choice `index` (0-based) of the current node. */
export function choiceEvent(index: number): ChoiceEvent {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_CHOICES) {
    throw new RangeError(`a choice index is 0 to ${MAX_CHOICES - 1}, not ${index}`);
  }
  return { type: `choose.${index as ChoiceIndex}` };
}

/** Builds the machine of a scenario that passed `checkScenario` (an unknown `next` would make XState throw). */
export function compileScenario(scenario: Scenario) {
  const nodeStates = Object.entries(scenario.nodes).map(([id, node]) => [
    id,
    {
      on: Object.fromEntries(
        node.choices.map((choice, index) => [
          `choose.${index}`,
          { target: choice.next, actions: { type: 'recordChoice' as const, params: { choice: index } } },
        ]),
      ),
    },
  ]);
  const endingStates = Object.entries(scenario.endings).map(([id, ending]) => [
    id,
    { type: 'final' as const, output: { ending: id, outcome: ending.outcome } },
  ]);

  return setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ChoiceEvent,
      output: {} as ScenarioOutput,
    },
    actions: {
      // Kept loop-free at every step, so the context is always a position that can be saved as it is.
      recordChoice: assign(({ context }, params: { choice: number }) => ({
        path: normalizePath(scenario, [...context.path, params.choice]),
      })),
    },
  }).createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: { path: [] },
    states: Object.fromEntries([...nodeStates, ...endingStates]),
    // The final state that was entered says which ending this is; the context adds the path.
    output: ({ context, event }) => ({ ...(event.output as Omit<ScenarioOutput, 'path'>), path: context.path }),
  });
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/**
 * The snapshot the machine is in after following `path` from the start, computed without running an actor
 * (`createActor(machine, { snapshot })` resumes there; at an ending, `snapshot.output` is set as if played).
 * Undefined when the path takes a choice the machine does not offer or goes on past an ending: start afresh then.
 */
export function snapshotAt(machine: ScenarioMachine, path: readonly number[]): ScenarioSnapshot | undefined {
  let [snapshot] = initialTransition(machine);
  for (const index of path) {
    if (!Number.isInteger(index) || index < 0 || index >= MAX_CHOICES) return undefined;
    const event = choiceEvent(index);
    if (snapshot.status !== 'active' || !snapshot.can(event)) return undefined;
    [snapshot] = transition(machine, snapshot, event);
  }
  return snapshot;
}
