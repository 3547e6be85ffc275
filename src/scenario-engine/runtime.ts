/**
 * What the learner's browser needs to play a scenario: the compiled machine, its events and output, and the position
 * functions. Nothing here imports zod, yaml or xstate/graph, so a chat island that imports from this file ships
 * none of them (`index.ts` has everything, for the build, the checks and the tests).
 *
 * A chat player, in short:
 *   const machine = compileScenario(scenario);              // once per scenario
 *   const start = snapshotAt(machine, savedPath);           // undefined: the saved path no longer fits, start afresh
 *   const actor = createActor(machine, { snapshot: start }).start();
 *   actor.send(choiceEvent(i));                             // the learner takes choice i (0-based) of the node
 *   actor.getSnapshot().value                               // the node or ending id now
 *   actor.getSnapshot().context.path                        // the loop-free path to save and report
 *   actor.getSnapshot().output                              // at an ending: { ending, outcome, path }
 * Earlier messages to show again after a restore: `replayPath(scenario, path).steps`.
 */
export {
  choiceEvent,
  compileScenario,
  snapshotAt,
  type ChoiceEvent,
  type ChoiceIndex,
  type ScenarioContext,
  type ScenarioMachine,
  type ScenarioOutput,
  type ScenarioSnapshot,
} from './compile-scenario.ts';
export { endingOf, nodeOf } from './graph.ts';
export { MAX_CHOICES, MAX_MESSAGE_LENGTH } from './limits.ts';
export { normalizePath, replayPath, type PathStep, type Position, type ReplayResult } from './position.ts';
export type { Character, Choice, Ending, Scenario, ScenarioMessage, ScenarioNode } from './schema.ts';
