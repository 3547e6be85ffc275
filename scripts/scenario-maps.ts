/**
 * `npx tsx scripts/scenario-maps.ts [folder...]`: writes `dist/scenario-maps/<id>.svg`, a map of each scenario for
 * reviewers, and prints every path from the start to an ending. Folders default to `src/scenarios`. Exits 1 with the
 * problems when any scenario is broken (the valid ones still get their maps).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatProblems } from '../src/content-source/problems.ts';
import { endingPaths, renderScenarioMap } from '../src/scenario-engine/index.ts';
import { readScenarioFiles, rootsFromArguments } from './scenario-files.ts';

const OUT = 'dist/scenario-maps';
const { scenarios, problems } = readScenarioFiles(rootsFromArguments(process.argv.slice(2)));

mkdirSync(OUT, { recursive: true });
for (const { scenario } of scenarios) {
  const file = `${OUT}/${scenario.id}.svg`;
  writeFileSync(file, renderScenarioMap(scenario));
  const paths = endingPaths(scenario);
  console.log(`${scenario.id}: ${file}, ${paths.length} paths (choice numbers from 1, as authors count them)`);
  for (const path of paths) {
    const outcome = scenario.endings[path.to]?.outcome ?? '?';
    console.log(`  ${path.choices.map((choice) => choice + 1).join(' ')} -> ${path.to} (${outcome})`);
  }
}
if (problems.length > 0) {
  console.error(`\n${formatProblems(problems)}`);
  process.exit(1);
}
