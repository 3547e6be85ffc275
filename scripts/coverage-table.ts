/**
 * `npm run coverage`: writes docs/coverage.md, the table of the core messages each band's lessons, scenarios and
 * quizzes practise, from the content. The unit tests fail when the file in the repository is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../src/content-source/problems.ts';
import { buildOptionsSchema } from '../src/course/options.ts';
import { COVERAGE_FILE, coverageTable } from '../src/course/coverage.ts';
import { loadBands } from '../src/course/load-bands.ts';

const root = process.cwd();
const { bands, problems } = loadBands(root, buildOptionsSchema.parse({}));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
writeFileSync(join(root, COVERAGE_FILE), coverageTable(bands));
console.log(`Wrote ${COVERAGE_FILE}.`);
