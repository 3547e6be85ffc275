/**
 * `npm run build`: builds the course once per age band, into dist/course/<band>/ (7-10, 11-13, 14-18), with the
 * options of speakup.config.json, and the teacher site into dist/teacher/ (astro.teacher.config.mjs); the built-in
 * LMS (`npm start`) and the end-to-end tests serve both. When the config names a band or lessons, only that band's
 * course is built. Packages are made by `npm run package`.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildOptions } from '../src/course/build-options.ts';
import { ContentError, formatProblem } from '../src/content-source/problems.ts';
import { loadCourseCatalog } from '../src/packaging/lesson-catalog.ts';
import { buildScope } from '../src/packaging/build-scope.ts';
import { AGE_BANDS, type AgeBand } from '../src/course-model/core-messages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'course');
const started = performance.now();

const { options, problems } = readBuildOptions(root);
if (!options) {
  console.error(`Cannot build: ${problems.map(formatProblem).join('\n  ')}`);
  process.exit(2);
}
let bands: AgeBand[];
try {
  const catalog = loadCourseCatalog(root, options);
  const chosen = catalog.lessons.filter((lesson) => options.lessons.includes(lesson.id));
  const shared = AGE_BANDS.find((band) => chosen.every((lesson) => lesson.ageBands.includes(band)));
  if (options.band) bands = [options.band];
  else if (chosen.length > 0) {
    if (!shared) {
      console.error('Cannot build: speakup.config.json field "lessons": the lessons are not all for one age band');
      process.exit(2);
    }
    bands = [shared];
  } else bands = AGE_BANDS.filter((band) => catalog.lessons.some((lesson) => lesson.ageBands.includes(band)));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Cannot build: ${error.message}`);
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const teacherOut = join(root, 'dist', 'teacher');
rmSync(teacherOut, { recursive: true, force: true });
interface Job {
  what: string;
  where: string;
  run: () => Promise<void>;
}
const jobs: Job[] = [
  ...bands.map((band) => ({
    what: `the course for ages ${band}`,
    where: `dist/course/${band}/`,
    run: () => buildScope(root, join(out, band), { ...options, band }),
  })),
  {
    what: 'the teacher site',
    where: 'dist/teacher/',
    run: () => buildScope(root, teacherOut, options, 'astro.teacher.config.mjs'),
  },
];
// Two builds at a time on a machine with two cores or more: each Astro build keeps about one core busy.
const worker = async () => {
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const jobStarted = performance.now();
    const { what } = job;
    await job.run().catch((error: unknown) => {
      throw new Error(`the build of ${what} failed:\n  ${error instanceof Error ? error.message : String(error)}`);
    });
    const seconds = ((performance.now() - jobStarted) / 1000).toFixed(1);
    console.log(`Built ${what} in ${job.where} (${seconds} s)`);
  }
};
try {
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism(), jobs.length) }, worker));
} catch (error) {
  console.error(`Cannot build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// The teacher site links each band's course as a web page (no LMS), so it carries a copy: hosted as it is, it works.
for (const band of bands) cpSync(join(out, band), join(teacherOut, 'course', band), { recursive: true });
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
