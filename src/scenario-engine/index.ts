/** The branching-scenario engine: read, check, compile, walk and draw scenarios (docs/authoring.md, "Scenarios"). */
export * from './runtime.ts';
export { checkScenario } from './check-scenario.ts';
export { describeScenarioPath } from './describe-path.ts';
export { MAX_PATH_LENGTH, MIN_CHOICES, PATH_LIMIT } from './limits.ts';
export { loadScenario } from './load-scenario.ts';
export { parseScenario, type ParseScenarioResult } from './parse-scenario.ts';
export { parseTranslation, translationKey, type ParseTranslationResult } from './parse-translation.ts';
export {
  endingPaths,
  scenarioStats,
  scenarioStructure,
  simplePaths,
  type ScenarioPath,
  type ScenarioStats,
} from './paths.ts';
export { CHARACTER_ROLES, CHOICE_RATINGS, ENDING_OUTCOMES, ID_PATTERN, scenarioSchema } from './schema.ts';
export { renderScenarioMap } from './scenario-map.ts';
