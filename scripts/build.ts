/**
 * `npm run build`: builds the course once per age band, into dist/course/<band>/ (7-10, 11-13, 14-18), with the
 * options of speakup.config.json in each band's options file, and the teacher site into dist/teacher/ (astro.teacher.config.mjs); the built-in
 * LMS (`npm start`) and the end-to-end tests serve both. When the config names a band or lessons, only that band's
 * course is built. Packages are made by `npm run package`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildOptions } from '../src/course/build-options.ts';
import { ContentError, formatProblem } from '../src/content-source/problems.ts';
import { loadCourseCatalog } from '../src/packaging/lesson-catalog.ts';
import { buildFileList, scopeOptionsFile } from '../src/packaging/make-package.ts';
import { PlanError, planPackages, type PackageScope } from '../src/packaging/package-plan.ts';
import { readFolder } from '../src/packaging/read-folder.ts';
import { PACKAGE_OPTIONS_FILE } from '../src/course-model/package-options.ts';
import { bandBuildOptions } from '../src/course/options.ts';
import { buildScope } from '../src/packaging/build-scope.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'course');
const started = performance.now();

const { options, problems } = readBuildOptions(root);
if (!options) {
  console.error(`Cannot build: ${problems.map(formatProblem).join('\n  ')}`);
  process.exit(2);
}
// The bands to build are those the packager would package (every band, or the one the config's band or lessons name).
let scopes: PackageScope[];
try {
  scopes = planPackages(options, loadCourseCatalog(root, options)).filter((scope) => scope.kind === 'course');
} catch (error) {
  if (!(error instanceof ContentError) && !(error instanceof PlanError)) throw error;
  console.error(
    `Cannot build: ${error instanceof PlanError ? 'speakup.config.json field "lessons": ' : ''}${error.message}`,
  );
  process.exit(2);
}
const bands = scopes.map((scope) => scope.band);

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
    run: () => buildScope(root, join(out, band), bandBuildOptions(options, band)),
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
for (const band of bands) {
  // Each band is built from its band and language alone; the school's choices go in its options file, as in a package.
  const scope = scopes.find((s) => s.band === band);
  if (scope) writeFileSync(join(out, band, PACKAGE_OPTIONS_FILE), scopeOptionsFile(scope));
  // The teacher site links each band's course as a web page (no LMS), so it carries a copy: hosted as it is, it works.
  // Its package builder makes packages from that copy; the list of its files tells it what to fetch.
  cpSync(join(out, band), join(teacherOut, 'course', band), { recursive: true });
  writeFileSync(join(teacherOut, buildFileList(band)), JSON.stringify([...readFolder(join(out, band)).keys()]));
}
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
