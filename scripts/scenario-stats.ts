/**
 * `npx tsx scripts/scenario-stats.ts [folder...]`: a table of every scenario's size (nodes, choices, endings, paths
 * from the start to an ending, the longest path in choices). Folders default to `src/scenarios`. Exits 1 with the
 * problems, after the table of the valid ones, when any scenario or translation is broken.
 */
import { formatProblems } from '../src/content-source/problems.ts';
import { scenarioStats, type ScenarioStats } from '../src/scenario-engine/index.ts';
import { readScenarioFiles, rootsFromArguments } from './scenario-files.ts';

const { scenarios, problems } = readScenarioFiles(rootsFromArguments(process.argv.slice(2)));

const columns: [header: string, key: keyof ScenarioStats][] = [
  ['nodes', 'nodes'],
  ['choices', 'choices'],
  ['endings', 'endings'],
  ['paths', 'paths'],
  ['longest path', 'longestPath'],
];
const rows = scenarios.map(({ scenario }) => scenarioStats(scenario));
const idWidth = Math.max('scenario'.length, ...rows.map((row) => row.id.length));
const line = (first: string, cells: string[]) =>
  [first.padEnd(idWidth), ...cells.map((cell, i) => cell.padStart(columns[i]?.[0].length ?? 0))].join('  ');

if (rows.length === 0) {
  console.log('No valid scenarios found.');
} else {
  console.log(
    line(
      'scenario',
      columns.map(([header]) => header),
    ),
  );
  for (const row of rows)
    console.log(
      line(
        row.id,
        columns.map(([, key]) => String(row[key])),
      ),
    );
  console.log('\npaths: from the start to an ending, without visiting a node twice; longest path: in choices.');
}
if (problems.length > 0) {
  console.error(`\n${formatProblems(problems)}`);
  process.exit(1);
}
