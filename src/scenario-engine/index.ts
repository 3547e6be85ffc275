/**
 * The branching-scenario engine for the build, the checks and the tools: read, check, walk and draw scenarios
 * (docs/authoring.md, "Scenarios"). This barrel pulls in zod, yaml and xstate/graph: the chat island imports the
 * modules of `browser/` directly (the machine, its view, the debrief), which need none of them.
 */
export { CHOICE_EVENTS, choiceEvent, compileScenario, endingAt, snapshotAt } from './browser/chat-machine.ts';
export { MAX_CHOICES, MAX_MESSAGE_LENGTH, MAX_PATH_LENGTH, MIN_CHOICES, PATH_LIMIT } from './browser/limits.ts';
export { checkScenario } from './build/check-scenario.ts';
export { describeScenarioPath } from './build/describe-path.ts';
export { loadScenario } from './build/load-scenario.ts';
export { parseScenario, type ParseScenarioResult } from './build/parse-scenario.ts';
export { parseTranslation, translationKey, type ParseTranslationResult } from './build/parse-translation.ts';
export {
  endingPaths,
  scenarioStats,
  scenarioStructure,
  simplePaths,
  type ScenarioPath,
  type ScenarioStats,
} from './build/paths.ts';
export { renderScenarioMap } from './build/scenario-map.ts';
export {
  CHARACTER_ROLES,
  CHOICE_RATINGS,
  ENDING_OUTCOMES,
  PERSPECTIVES,
  scenarioSchema,
  type Character,
  type Choice,
  type ChoiceRating,
  type Ending,
  type EndingOutcome,
  type Perspective,
  type Scenario,
  type ScenarioMessage,
  type ScenarioNode,
} from './build/schema.ts';
