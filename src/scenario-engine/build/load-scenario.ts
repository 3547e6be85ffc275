import type { ContentProblem } from '../../content-source/problems.ts';
import type { YamlSource } from '../../content-source/yaml-source.ts';
import { checkScenario } from './check-scenario.ts';
import { parseScenario } from './parse-scenario.ts';
import type { Scenario } from './schema.ts';

/** `parseScenario` then `checkScenario`: a scenario only when the file has no problem at all. */
export function loadScenario(
  file: string,
  text: string,
): { ok: true; scenario: Scenario; source: YamlSource } | { ok: false; problems: ContentProblem[] } {
  const parsed = parseScenario(file, text);
  if (!parsed.ok) return parsed;
  const problems = checkScenario(parsed.scenario, parsed.source);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
