import type { ContentProblem } from '../content-source/problems.ts';
import { checkScenario, parseScenario, parseTranslation, type Scenario } from '../scenario-engine/index.ts';
import { byFolder, type ContentFile } from './content-files.ts';

/** Every scenario folder's scenario in the build's language, or `broken` when its own file has problems. */
export type ScenarioTable = Map<string, { scenario: Scenario; file: string } | 'broken'>;

/** A scenario known to be loaded (assembleCourse gets here only when there is no problem). */
export function loaded(scenarios: ScenarioTable, id: string): Scenario {
  const entry = scenarios.get(id);
  if (!entry || entry === 'broken') throw new Error(`scenario "${id}" is not loaded`);
  return entry.scenario;
}

/** Reads and checks every scenario and its translations; the problems go into `problems`. */
export function loadScenarios(files: readonly ContentFile[], language: string, problems: ContentProblem[]) {
  const scenarios: ScenarioTable = new Map();
  for (const { folder, files: entries } of byFolder(files, 'src/scenarios')) {
    const file = entries.get('scenario.yaml');
    if (!file) {
      problems.push({ file: `src/scenarios/${folder}/`, message: 'has no scenario.yaml' });
      continue;
    }
    const parsed = parseScenario(file.path, file.text);
    // A broken scenario is reported once, by its own file; lessons that use it are not told it is missing.
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      scenarios.set(folder, 'broken');
      continue;
    }
    const found = checkScenario(parsed.scenario, parsed.source);
    problems.push(...found);
    if (found.length > 0) {
      scenarios.set(folder, 'broken');
      continue;
    }
    let scenario = parsed.scenario;
    for (const [name, translationFile] of entries) {
      const lang = /^([a-z]{2}(?:-[A-Z]{2})?)\.ya?ml$/.exec(name)?.[1];
      if (!lang) continue;
      const translated = parseTranslation(translationFile.path, translationFile.text, parsed.scenario);
      if (!translated.ok) problems.push(...translated.problems);
      else if (lang === language) scenario = translated.scenario;
    }
    scenarios.set(scenario.id, { scenario, file: file.path });
  }
  return scenarios;
}
