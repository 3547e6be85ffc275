/**
 * The teacher site's package builder (packages.html): for several sets of a school's choices, the zip made in the
 * browser is the command line's byte for byte (`npm run package` with the same choices, from the same builds), valid
 * against the official schemas, and plays in the built-in LMS with the chosen country's Help, pass mark and attempts.
 * A bad choice is explained beside its field, and no zip is made.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startPreviewServer } from '../../tools/lms-preview/server.ts';
import type { PackageReport } from '../../src/packaging/report-table.ts';
import { runPackager } from '../../src/packaging/run-packager.ts';
import { findSchemaValidator } from '../../src/packaging/schema-validate.ts';
import { answerByMouse, loadQuiz, rightAnswer, wrongAnswer } from './answer-questions.ts';
import { BUILD_ROOT, expect, expectNoAxeViolations, test } from './fixtures.ts';

const BUILDER = '/teacher/packages.html';

interface OptionSet {
  name: string;
  /** What a teacher does in the form. */
  fill: (page: Page) => Promise<void>;
  /** The same choices on the command line. */
  flags: string[];
  /** The zip both make. */
  fileName: string;
}

const OPTION_SETS: OptionSet[] = [
  {
    name: 'ages 7-10, Ireland, pass mark 70, two attempts, SCORM 1.2',
    fill: async (page) => {
      await page.getByRole('radio', { name: 'Ages 7-10' }).check();
      await page.getByLabel("Country for Help's helplines").fill('IE');
      await page.getByLabel('Pass mark of the final quiz (%)').fill('70');
      await page.getByLabel('Attempts at the final quiz (0 for no limit)').fill('2');
      await page.getByLabel('SCORM 1.2').check();
    },
    flags: ['--band', '7-10', '--country', 'IE', '--mastery-score', '70', '--quiz-attempts', '2'],
    fileName: 'speak-up-course-7-10-scorm12.zip',
  },
  {
    name: 'two lessons of ages 11-13, the UK, the school counsellor, chat endings reported, SCORM 2004',
    fill: async (page) => {
      await page.getByRole('radio', { name: 'Ages 11-13' }).check();
      await page.getByLabel('Only the lessons I tick:').check();
      await page.locator('input[name="lessons"][value="what-to-do"]').check();
      await page.locator('input[name="lessons"][value="final-quiz"]').check();
      await page.getByLabel("Country for Help's helplines").fill('GB');
      await page.getByLabel('Name', { exact: true }).fill('Mrs Okafor, school counsellor');
      await page.getByLabel('What they do').fill('Room 12, every lunchtime.');
      await page.getByLabel('Phone').fill('020 7946 0018');
      await page.getByLabel('Web page', { exact: true }).fill('https://school.example/help');
      await page.getByLabel('Report how each chat ended to the LMS').check();
      await page.getByLabel('SCORM 2004 (4th edition)').check();
    },
    flags: [
      ...['--lessons', 'what-to-do,final-quiz', '--country', 'GB', '--report-scenario-outcomes'],
      ...['--school-contact-name', 'Mrs Okafor, school counsellor'],
      ...['--school-contact-description', 'Room 12, every lunchtime.'],
      ...['--school-contact-phone', '020 7946 0018', '--school-contact-url', 'https://school.example/help'],
    ],
    fileName: 'speak-up-course-11-13-scorm2004.zip',
  },
  {
    name: 'ages 14-18, no country, pass mark 100, web',
    fill: async (page) => {
      await page.getByRole('radio', { name: 'Ages 14-18' }).check();
      await page.getByLabel('Pass mark of the final quiz (%)').fill('100');
      await page.getByLabel('Web (no LMS)').check();
    },
    flags: ['--band', '14-18', '--mastery-score', '100'],
    fileName: 'speak-up-course-14-18-web.zip',
  },
  {
    name: 'one lesson of ages 11-13, Ireland written in small letters, SCORM 1.2',
    fill: async (page) => {
      await page.getByRole('radio', { name: 'Ages 11-13' }).check();
      await page.getByLabel('Only the lessons I tick:').check();
      await page.locator('input[name="lessons"][value="helping-a-friend"]').check();
      await page.getByLabel("Country for Help's helplines").fill('ie');
      await page.getByLabel('Attempts at the final quiz (0 for no limit)').fill('3');
    },
    flags: ['--lessons', 'helping-a-friend', '--country', 'IE', '--quiz-attempts', '3'],
    fileName: 'speak-up-course-11-13-scorm12.zip',
  },
];

/** Fills the form, makes the package, and returns the downloaded zip. */
async function makeInBuilder(page: Page, set: OptionSet): Promise<Buffer> {
  await page.goto(BUILDER);
  await set.fill(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the package' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(set.fileName);
  await expect(page.getByRole('status').first()).toContainText(`${set.fileName} (`);
  return readFileSync(await file.path());
}

/** The command line with the same choices, packing the builds the site carries a copy of. */
async function makeWithCli(set: OptionSet, out: string): Promise<PackageReport> {
  const log: string[] = [];
  const { exitCode, reports } = await runPackager({
    root: process.cwd(),
    argv: [...set.flags, '--build-dir', BUILD_ROOT, '--out', out],
    build: () => Promise.reject(new Error('--build-dir packs the builds there; nothing is built')),
    log: (line) => log.push(line),
  });
  expect(exitCode, log.join('\n')).toBe(0);
  const report = reports.find((r) => r.fileName === set.fileName);
  expect(report, log.join('\n')).toBeDefined();
  return report!;
}

const out = mkdtempSync(join(tmpdir(), 'speakup-builder-'));
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

for (const [index, set] of OPTION_SETS.entries()) {
  test(`the builder's zip is the command line's, byte for byte: ${set.name}`, async ({ page }) => {
    const folder = join(out, String(index));
    const report = await makeWithCli(set, folder);
    const fromBrowser = await makeInBuilder(page, set);
    const fromCli = readFileSync(join(folder, set.fileName));
    expect(fromBrowser.byteLength).toBe(fromCli.byteLength);
    expect(Buffer.compare(fromBrowser, fromCli)).toBe(0);
    expect(report.problems).toEqual([]);
    if (set.fileName.endsWith('-web.zip')) return;
    if (findSchemaValidator(process.cwd())) expect(report.schema).toBe('valid');
    else if (process.env['CI']) throw new Error('CI must check packages against the official schemas');
  });
}

test("the builder's package plays in the built-in LMS with Ireland's Help, a pass mark of 70 and two attempts", async ({
  page,
}) => {
  const set = OPTION_SETS[0]!;
  const zip = join(out, 'played.zip');
  writeFileSync(zip, await makeInBuilder(page, set));
  const server = await startPreviewServer({ port: 0, packagePath: zip });
  try {
    await page.goto(`${server.url}?standard=scorm12`);
    await page.waitForFunction(() => document.documentElement.dataset['lmsPreview'] === 'ready');
    const frame = page.frameLocator('#frame-host iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Speak Up');
    // Ireland's helplines, and not the routes for anywhere.
    await frame.getByRole('button', { name: 'Help' }).first().click();
    await expect(frame.getByRole('link', { name: /1800 66 66 66/ }).first()).toBeVisible();
    await frame.getByRole('button', { name: 'Close' }).click();

    // Six of eight right is 75%: a pass with this package's 70, not with the default 80.
    const quiz = loadQuiz('tricks-quiz');
    await frame.getByRole('link', { name: 'Final quiz' }).first().click();
    for (const [i, question] of quiz.questions.entries()) {
      await answerByMouse(frame, question, i < 6 ? rightAnswer(question) : wrongAnswer(question));
    }
    await frame.getByRole('button', { name: 'Submit answers' }).click();
    await expect(frame.getByText('You passed. The pass mark is 70%.')).toBeVisible();
    await expect(frame.getByText('Attempt 1 of 2.')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => window.lmsPreview?.dataModel()['cmi.core.lesson_status']))
      .toBe('passed');
    expect(await page.evaluate(() => window.lmsPreview?.dataModel()['cmi.core.score.raw'])).toBe('75');
    expect(await page.evaluate(() => window.lmsPreview?.errors().filter((e) => !e.expected))).toEqual([]);
  } finally {
    await server.close();
  }
});

test('a bad choice is explained beside its field, and no zip is made', async ({ page }) => {
  await page.goto(BUILDER);
  await page.getByLabel('Only the lessons I tick:').check();
  await page.getByLabel("Country for Help's helplines").fill('XY');
  await page.getByLabel('Pass mark of the final quiz (%)').fill('120');
  await page.getByLabel('Web page', { exact: true }).fill('javascript:alert(1)');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Make the package' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    'No package was made: 5 choices need changing (see the message beside each).',
  );
  const beside = async (field: string) => {
    const input = page.locator(`[name="${field}"]`).first();
    const described = (await input.getAttribute('aria-describedby')) ?? '';
    return page
      .locator(`[data-error-for="${field}"]`)
      .evaluate(
        (message, ids) => ({ text: message.textContent, named: ids.split(' ').includes(message.id) }),
        described,
      );
  };
  expect(await page.locator('[data-error-for="lessons"]').textContent()).toBe(
    'Tick at least one lesson, or choose the whole course.',
  );
  expect(await beside('country')).toEqual({
    text: expect.stringMatching(/^There are no helplines for "XY" in the course: choose one of [A-Z, ]+GB[A-Z, ]*IE/),
    named: true,
  });
  expect(await beside('masteryScore')).toEqual({
    text: 'The pass mark must be a whole number from 0 to 100 (it is a percentage)',
    named: true,
  });
  // The school's contact asks for a name once any of it is given, and a web page that is one.
  expect(await beside('schoolContact.name')).toEqual({
    text: 'Give the name of the person or team to contact.',
    named: true,
  });
  expect(await beside('schoolContact.url')).toEqual({
    text: 'Must be a web address starting with https://',
    named: true,
  });
  await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
  await expectNoAxeViolations(page, 'builder with problems');
  // Nothing was made; fixing the choices makes it.
  expect(downloads).toBe(0);
  await page.getByLabel("The band's whole course").check();
  await page.getByLabel("Country for Help's helplines").fill('IE');
  await page.getByLabel('Pass mark of the final quiz (%)').fill('80');
  await page.getByLabel('Web page', { exact: true }).fill('');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the package' }).click();
  expect((await download).suggestedFilename()).toBe('speak-up-course-7-10-scorm12.zip');
  await expect(page.locator('[data-error-for]:not([hidden])')).toHaveCount(0);
});

test('every ready-made package is listed, and one downloads as npm run package makes it', async ({ page }) => {
  const log: string[] = [];
  const folder = join(out, 'ready');
  const { exitCode, reports } = await runPackager({
    root: process.cwd(),
    argv: ['--build-dir', BUILD_ROOT, '--out', folder],
    build: () => Promise.reject(new Error('nothing is built')),
    log: (line) => log.push(line),
    validator: null,
  });
  expect(exitCode, log.join('\n')).toBe(0);
  await page.goto(BUILDER);
  const listed = await page
    .locator('[data-ready-made]')
    .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset['readyMade']));
  expect(listed.sort()).toEqual(reports.map((r) => r.fileName).sort());
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Online tricks and secrets, SCORM 2004 4th Edition' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('speak-up-online-tricks-scorm2004.zip');
  expect(Buffer.compare(readFileSync(await file.path()), readFileSync(join(folder, file.suggestedFilename())))).toBe(0);
});
