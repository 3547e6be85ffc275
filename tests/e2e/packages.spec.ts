import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { startPreviewServer } from '../../tools/lms-preview/server.ts';
import { buildScope } from '../../src/packaging/build-scope.ts';
import type { PackageReport } from '../../src/packaging/report-table.ts';
import { runPackager } from '../../src/packaging/run-packager.ts';
import { findSchemaValidator } from '../../src/packaging/schema-validate.ts';
import { AGE_BANDS } from '../../src/course-model/core-messages.ts';
import { WHOLE_COURSE_PACKAGE_MAX_BYTES } from '../../tools/benchmark/budgets.ts';
import { packBuild } from '../../tools/benchmark/pack-build.ts';
import { BUILD_ROOT, expect, test } from './fixtures.ts';

// `npm run package` as an administrator runs it: a real build, real zips, the official schemas. One band's packages
// (its course and each lesson, all from one build of the band) stand for all: every band is built the same way.
test.describe.configure({ mode: 'serial' });

const out = mkdtempSync(join(tmpdir(), 'speakup-packages-'));
let reports: PackageReport[] = [];
let exitCode = -1;
const log: string[] = [];

test.beforeAll(async () => {
  // One Astro build: about 20 s on a quiet machine, up to a minute with the other worker busy.
  test.setTimeout(240_000);
  ({ reports, exitCode } = await runPackager({
    root: process.cwd(),
    argv: ['--out', out, '--band', '7-10'],
    build: (root, outDir, options) => buildScope(root, outDir, options),
    log: (line) => log.push(line),
  }));
});

test.afterAll(() => rmSync(out, { recursive: true, force: true }));

test('every package is built, and valid against the official schemas and the packaging rules', () => {
  expect(exitCode, log.join('\n')).toBe(0);
  const names = readdirSync(out).sort();
  expect(names).toContain('speak-up-course-7-10-scorm12.zip');
  expect(names).toContain('speak-up-course-7-10-scorm2004.zip');
  expect(names).toContain('speak-up-course-7-10-web.zip');
  for (const lesson of ['online-tricks', 'tell-an-adult', 'tricks-quiz']) {
    expect(names).toContain(`speak-up-${lesson}-scorm12.zip`);
    expect(names).toContain(`speak-up-${lesson}-scorm2004.zip`);
  }
  const validator = findSchemaValidator(process.cwd());
  if (!validator) {
    console.warn('Warning: ../shared/scorm-schemas/validate is absent: packages were not checked against the schemas.');
  }
  for (const report of reports) {
    expect(report.problems, report.fileName).toEqual([]);
    if (report.standard !== 'none') expect(report.schema, report.fileName).toBe(validator ? 'valid' : 'not checked');
  }
  expect(log.join('\n')).toMatch(/package\s+standard\s+helplines\s+score\s+files\s+size\s+valid/);
});

test(`every band's whole-course package, in each standard, is at most ${WHOLE_COURSE_PACKAGE_MAX_BYTES.toLocaleString('en-GB')} bytes`, async () => {
  // Every band, packed from the build the tests serve: the bytes are those of a package built on its own (the test
  // below shows a band's packages are the same bytes from any build of it).
  const { exitCode, reports, log } = await packBuild(BUILD_ROOT, { validate: false });
  expect(exitCode, log.join('\n')).toBe(0);
  const whole = reports.filter((report) => report.scope === 'course');
  expect(whole.map((r) => `${r.band} ${r.standard}`).sort()).toEqual(
    AGE_BANDS.flatMap((band) => ['none', 'scorm12', 'scorm2004'].map((standard) => `${band} ${standard}`)).sort(),
  );
  for (const report of whole) {
    expect(
      report.bytes,
      `${report.fileName}: ${report.bytes} bytes, budget ${WHOLE_COURSE_PACKAGE_MAX_BYTES}`,
    ).toBeLessThanOrEqual(WHOLE_COURSE_PACKAGE_MAX_BYTES);
  }
});

test('a package carries its standard, its pass mark, and nothing that is not the course', () => {
  const zip = unzipSync(readFileSync(join(out, 'speak-up-course-7-10-scorm12.zip')));
  const manifest = strFromU8(zip['imsmanifest.xml']!);
  expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
  expect(strFromU8(zip['index.html']!)).toContain('<meta name="speakup-standard" content="scorm12"');
  const files = Object.keys(zip);
  expect(files.filter((name) => /scorm-again|\.mjs$|\.map$/.test(name))).toEqual([]);
  for (const name of files) if (name !== 'imsmanifest.xml') expect(manifest, name).toContain(`href="${name}"`);
  const manifest2004 = strFromU8(
    unzipSync(readFileSync(join(out, 'speak-up-course-7-10-scorm2004.zip')))['imsmanifest.xml']!,
  );
  expect(manifest2004).toMatch(/<imsss:minNormalizedMeasure>0\.8<\/imsss:minNormalizedMeasure>/);
});

test('the same input gives the same bytes, from another build of the band', async () => {
  // One Astro build: about 20 s on a quiet machine, over a minute with the other worker busy.
  test.setTimeout(240_000);
  const again = mkdtempSync(join(tmpdir(), 'speakup-packages-again-'));
  try {
    const result = await runPackager({
      root: process.cwd(),
      argv: ['--out', again, '--band', '7-10'],
      build: (root, outDir, options) => buildScope(root, outDir, options),
      log: () => {},
    });
    expect(result.exitCode).toBe(0);
    for (const name of ['speak-up-tricks-quiz-scorm12.zip', 'speak-up-tricks-quiz-scorm2004.zip']) {
      expect(Buffer.compare(readFileSync(join(again, name)), readFileSync(join(out, name))), name).toBe(0);
    }
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});

test("a school's options reach its package's options file and manifest, with no build of their own", async () => {
  const school = mkdtempSync(join(tmpdir(), 'speakup-packages-school-'));
  try {
    const result = await runPackager({
      root: process.cwd(),
      argv: [
        ...['--out', school, '--build-dir', 'dist/course', '--lessons', 'tricks-quiz', '--country', 'IE'],
        ...['--mastery-score', '70'],
        ...['--quiz-attempts', '2', '--school-contact-name', 'Ms Byrne, school counsellor'],
        ...['--school-contact-phone', '01 234 5678'],
      ],
      build: () => Promise.reject(new Error('--build-dir: nothing is built')),
      log: () => {},
    });
    expect(result.exitCode).toBe(0);
    const zip = unzipSync(readFileSync(join(school, 'speak-up-tricks-quiz-scorm12.zip')));
    // Every country's Help is in the page; the options file says which the course shows (tests/e2e/help.spec.ts and
    // package-builder.spec.ts show that it does).
    expect(strFromU8(zip['tricks-quiz.html']!)).toContain('Call 1800 66 66 66');
    expect(zip['online-tricks.html'], 'a lesson outside the package').toBeUndefined();
    const options = strFromU8(zip['speakup-options.js']!);
    expect(options).toContain('"country":"IE"');
    expect(options).toMatch(/"masteryScore":70,"quizAttempts":2/);
    // The school's contact is written into Help when the package is made.
    const page = strFromU8(zip['tricks-quiz.html']!);
    expect(page).toContain('<strong>Ms Byrne, school counsellor</strong>');
    expect(page).toContain('href="tel:012345678"');
    expect(strFromU8(zip['imsmanifest.xml']!)).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
  } finally {
    rmSync(school, { recursive: true, force: true });
  }
});

test('an administrator can try a built lesson package in the built-in LMS', async ({ page }) => {
  const server = await startPreviewServer({ port: 0, packagePath: join(out, 'speak-up-tricks-quiz-scorm2004.zip') });
  try {
    await page.goto(`${server.url}?standard=scorm2004`);
    await page.waitForFunction(() => document.documentElement.dataset['lmsPreview'] === 'ready');
    const frame = page.frameLocator('#frame-host iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Speak Up: Final quiz');
    await expect(frame.locator('[data-lesson-item]:visible')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => window.lmsPreview?.session().initialized)).toBe(true);
    expect(await page.evaluate(() => window.lmsPreview?.errors().filter((e) => !e.expected))).toEqual([]);
  } finally {
    await server.close();
  }
});
