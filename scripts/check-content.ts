/**
 * `npm run check`: the build's content checks on their own, for authors. Prints every problem by file, line and
 * field, or a one-line summary; exits 1 when anything needs fixing.
 */
import { loadCourse } from '../src/course/load-course.ts';
import { formatProblems } from '../src/content-source/problems.ts';
import { largestSuspendData } from '../src/tracking/largest-state.ts';

const { course, problems } = loadCourse(process.cwd());
if (!course) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const { lessons, scenarios, structure } = course;
const questions = structure.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
console.log(
  `Content is valid: ${lessons.length} lessons, ${structure.quizzes.length} quizzes (${questions} questions), ` +
    `${Object.keys(scenarios).length} scenarios, language "${structure.language}".`,
);
const size = largestSuspendData(structure);
console.log(`Largest progress (suspend_data): ${size.length} of ${size.limit} characters.`);
if (!size.fits) process.exit(1);
