/**
 * `npm run check`: the build's content checks on their own, for authors, over every age band's course: every
 * problem by file, line and field, or a summary per band; exits 1 when anything needs fixing.
 *   npm run check -- --levels    also the reading level (Flesch-Kincaid grade) of every file, against its limit
 */
import { formatProblems } from '../src/content-source/problems.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileReadingLevel } from '../src/content-checks/learner-text-checks.ts';
import type { AgeBand } from '../src/course-model/core-messages.ts';
import { readBuildOptions } from '../src/course/build-options.ts';
import { loadBands } from '../src/course/load-bands.ts';
import { largestSuspendData } from '../src/tracking/largest-state.ts';

const root = process.cwd();
const read = readBuildOptions(root);
if (!read.options) {
  console.error(formatProblems(read.problems));
  process.exit(1);
}
const { bands, problems } = loadBands(root, read.options);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
let fits = true;
for (const { band, course } of bands) {
  const { lessons, scenarios, structure } = course;
  const questions = structure.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  const size = largestSuspendData(structure);
  fits &&= size.fits;
  console.log(
    `Ages ${band}: ${lessons.length} lessons, ${structure.quizzes.length} quizzes (${questions} questions), ` +
      `${Object.keys(scenarios).length} scenarios; largest progress (suspend_data) ${size.length} of ${size.limit} characters.`,
  );
}
console.log(`Content is valid, language "${read.options.language}".`);
if (process.argv.includes('--levels')) {
  console.log('Reading level (Flesch-Kincaid grade) of each file, and its limit:');
  const files = new Map<string, readonly AgeBand[]>();
  for (const { course } of bands) {
    for (const lesson of course.lessons) {
      for (const name of ['content.mdx', 'quiz.yaml'])
        files.set(`src/modules/${lesson.meta.id}/${name}`, lesson.meta.ageBands);
    }
    for (const scenario of Object.values(course.scenarios))
      files.set(`src/scenarios/${scenario.id}/scenario.yaml`, scenario.ageBands);
  }
  for (const [path, ageBands] of files) {
    if (!existsSync(join(root, path))) continue;
    const { grade, limit } = fileReadingLevel({ path, text: readFileSync(join(root, path), 'utf8') }, ageBands);
    console.log(`  ${grade.toFixed(1).padStart(4)} of ${limit}  ${path}`);
  }
}
if (!fits) process.exit(1);
