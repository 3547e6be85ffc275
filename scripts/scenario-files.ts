/**
 * Reads the scenario folders for the scenario scripts: every `<folder>/scenario.yaml` under the given roots
 * (default `src/scenarios`), checked, with its translations. The engine itself does no I/O; this is its file side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../src/content-source/problems.ts';
import { loadScenario, parseTranslation, type Scenario } from '../src/scenario-engine/index.ts';

export interface ScenarioFiles {
  /** The valid scenarios, by file, in folder order. */
  scenarios: { file: string; scenario: Scenario }[];
  /** Every problem in any scenario or translation file. */
  problems: ContentProblem[];
}

const TRANSLATION = /^[a-z]{2}(-[A-Z]{2})?\.ya?ml$/;

export function readScenarioFiles(roots: readonly string[] = ['src/scenarios']): ScenarioFiles {
  const result: ScenarioFiles = { scenarios: [], problems: [] };
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const folder of readdirSync(root).sort()) {
      const dir = join(root, folder);
      if (!statSync(dir).isDirectory()) continue;
      const file = `${root}/${folder}/scenario.yaml`;
      if (!existsSync(file)) {
        result.problems.push({ file: `${root}/${folder}/`, message: 'has no scenario.yaml' });
        continue;
      }
      const loaded = loadScenario(file, readFileSync(file, 'utf8'));
      if (!loaded.ok) {
        result.problems.push(...loaded.problems);
        continue;
      }
      for (const name of readdirSync(dir)
        .filter((n) => TRANSLATION.test(n))
        .sort()) {
        const path = `${root}/${folder}/${name}`;
        const translated = parseTranslation(path, readFileSync(path, 'utf8'), loaded.scenario);
        if (!translated.ok) result.problems.push(...translated.problems);
      }
      result.scenarios.push({ file, scenario: loaded.scenario });
    }
  }
  return result;
}

/** The roots named on the command line, or the project's scenarios. */
export function rootsFromArguments(args: readonly string[]): string[] {
  return args.length > 0 ? [...args] : ['src/scenarios'];
}
