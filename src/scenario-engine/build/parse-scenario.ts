import type { ContentProblem } from '../../content-source/problems.ts';
import { checkSchema } from '../../content-source/schema-problems.ts';
import { parseYaml, type YamlSource } from '../../content-source/yaml-source.ts';
import { describeScenarioPath } from './describe-path.ts';
import { scenarioSchema, type Scenario } from './schema.ts';

export type ParseScenarioResult =
  { ok: true; scenario: Scenario; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/**
 * Reads a scenario file: YAML, then the schema. Problems name the file, the line and the place in the author's words
 * (`node "asks-for-photo", choice 2, field "next"`). Rules across the file are `checkScenario`'s job.
 */
export function parseScenario(file: string, text: string): ParseScenarioResult {
  const yaml = parseYaml(file, text, describeScenarioPath);
  if (!yaml.ok) return yaml;
  if (yaml.source.data === null || yaml.source.data === undefined) {
    return {
      ok: false,
      problems: [
        { file, message: 'is empty; a scenario file holds the fields of docs/authoring.md, starting with "id"' },
      ],
    };
  }
  const result = checkSchema(yaml.source, scenarioSchema, describeScenarioPath);
  return result.ok ? { ok: true, scenario: result.data, source: yaml.source } : result;
}
