import type { FrameLocator, Page } from '@playwright/test';
import type { CourseLesson } from '../../src/course/load-lessons.ts';
import { answerByMouse, expectAnswer, rightAnswer } from './answer-questions.ts';
import { expect, test } from './fixtures.ts';
import {
  courseFor,
  hydrated,
  lms,
  openLesson,
  openLms,
  playScenario,
  safeWay,
  scenarioOf,
  STANDARDS,
  standardName,
} from './in-lms.ts';

/**
 * The faults of real LMSs and networks, played by the built-in LMS's switches, in both SCORM versions. In every case
 * the course does not crash (every test fails on a page error), keeps every answer and the learner's place, says so
 * quietly while saving fails, and the LMS holds everything once the fault has cleared.
 */

const course = courseFor('11-13');
const checkLesson = course.lessons.find((l) => l.quiz && !l.quiz.scored)!;
const chatLesson = course.lessons.find((l) => scenarioOf(l) && l.quiz && !l.quiz.scored)!;
// The quiz reloaded at every step is the shortest final quiz, 7-10's: each band's quiz keeps its answers alike.
const QUIZ_BAND = '7-10';
const finalLesson = courseFor(QUIZ_BAND).lessons.find((l) => l.quiz?.scored)!;
const NOT_SAVED = 'Your progress is not saved yet';

const notice = (frame: FrameLocator) => frame.locator('[data-save-notice]');

/** Answers question `index` of the lesson's knowledge check right and checks it (a commit follows). */
async function checkQuestion(frame: FrameLocator, lesson: CourseLesson, index: number) {
  const question = lesson.quiz!.questions[index]!;
  await answerByMouse(frame, question, rightAnswer(question));
  await frame.locator(`[data-question="${question.id}"]`).getByRole('button', { name: 'Check answer' }).click();
  await expectChecked(frame, lesson, index);
}

/** Checks every question of the lesson's knowledge check: the check is done, and the course commits. */
async function checkAll(frame: FrameLocator, lesson: CourseLesson) {
  for (const index of lesson.quiz!.questions.keys()) await checkQuestion(frame, lesson, index);
}

async function expectAllChecked(frame: FrameLocator, lesson: CourseLesson) {
  for (const index of lesson.quiz!.questions.keys()) await expectChecked(frame, lesson, index);
}

async function expectChecked(frame: FrameLocator, lesson: CourseLesson, index: number) {
  const question = lesson.quiz!.questions[index]!;
  await expect(
    frame.locator(`[data-question="${question.id}"]`).getByRole('heading', { name: "That's right" }),
  ).toBeVisible();
}

async function openCheck(page: Page, standard: (typeof STANDARDS)[number]) {
  const frame = await openLms(page, standard);
  await openLesson(frame, checkLesson);
  await hydrated(frame, `[data-quiz="${checkLesson.quiz!.id}"]`);
  return frame;
}

/**
 * What the LMS itself holds: the course closed, the browser's copy of its progress cleared (the tab's session
 * storage, which the preview page shares with the course), and a new launch that can only get it from the LMS.
 */
async function relaunchFromLmsOnly(page: Page): Promise<FrameLocator> {
  await lms(page, (hooks) => hooks.close());
  await page.evaluate(() => sessionStorage.clear());
  const frame = await relaunch(page);
  expect((await lms(page, (hooks) => hooks.session())).entry).toBe('resume');
  return frame;
}

/** Closes the course and launches it again, and waits until the new launch has opened its LMS session. */
async function relaunch(page: Page): Promise<FrameLocator> {
  await lms(page, (hooks) => hooks.closeAndRelaunch());
  const frame = page.frameLocator('#frame-host iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => lms(page, (hooks) => hooks.session().initialized)).toBe(true);
  return frame;
}

/** What the LMS's runtime logs (to the console) when a fault makes it refuse a call. */
const LMS_LOGS_ITS_ERRORS = /console error: (\[scorm-again\]|Failed to load resource)/;

/** The LMS's own errors but those the fault itself causes. */
const unexpectedErrors = (page: Page, allowed: RegExp) =>
  lms(page, (hooks) => hooks.errors().filter((e) => !e.expected)).then((errors) =>
    errors.filter((e) => !allowed.test(e.message)),
  );

for (const standard of STANDARDS) {
  test.describe(`faults, ${standardName(standard)}`, () => {
    // Each test launches the course two or three times and waits out the course's first retries: 10-20 s alone.
    test.describe.configure({ timeout: 60_000 });
    test('the next two commits fail: a notice while they do, none once one gets through, and the LMS has it all', async ({
      page,
      allowProblems,
    }) => {
      allowProblems(/HTTP 500/);
      allowProblems(LMS_LOGS_ITS_ERRORS);
      const frame = await openCheck(page, standard);
      await lms(page, (hooks) => hooks.setFaults({ failCommits: 2 }));
      await checkAll(frame, checkLesson);
      await expect(notice(frame)).toContainText(NOT_SAVED);
      // A change during the launch is said aloud too.
      await expect(frame.locator('[data-save-announce]')).toContainText(NOT_SAVED);
      // The course tries again (after 2 s, then 5 s): the second try is the third commit, which the LMS takes.
      await expect(notice(frame)).toHaveText('', { timeout: 15_000 });
      expect((await lms(page, (hooks) => hooks.faults())).failCommits).toBe(0);
      expect((await lms(page, (hooks) => hooks.stored())).commitLog.filter((c) => c.status === 500)).toHaveLength(2);
      const relaunched = await relaunchFromLmsOnly(page);
      await hydrated(relaunched, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await expectAllChecked(relaunched, checkLesson);
      expect(await unexpectedErrors(page, /did not store|Commit\(""\) returned "false"/)).toEqual([]);
    });

    test('an API that throws: a notice, no crash, and everything sent once it works again', async ({ page }) => {
      const frame = await openCheck(page, standard);
      await lms(page, (hooks) => hooks.setFaults({ api: 'throws' }));
      await checkAll(frame, checkLesson);
      await expect(notice(frame)).toContainText(NOT_SAVED);
      await lms(page, (hooks) => hooks.setFaults({ api: 'none' }));
      await expect(notice(frame)).toHaveText('', { timeout: 15_000 });
      const relaunched = await relaunchFromLmsOnly(page);
      await hydrated(relaunched, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await expectAllChecked(relaunched, checkLesson);
      expect(await unexpectedErrors(page, /threw/)).toEqual([]);
    });

    test('the API gone mid-session: the course goes on, and the next launch gets what was done meanwhile', async ({
      page,
    }) => {
      const frame = await openCheck(page, standard);
      await checkQuestion(frame, checkLesson, 0);
      await lms(page, (hooks) => hooks.setFaults({ api: 'gone' }));
      for (const index of checkLesson.quiz!.questions.keys())
        if (index > 0) await checkQuestion(frame, checkLesson, index);
      await expect(notice(frame)).toContainText(NOT_SAVED);
      // The LMS's window is back for the next launch; this one could never terminate.
      await lms(page, (hooks) => hooks.setFaults({ api: 'none' }));
      const relaunched = await relaunch(page);
      await expect(relaunched.getByRole('heading', { level: 1 })).toHaveText(checkLesson.meta.title);
      const fromLms = await relaunchFromLmsOnly(page);
      await hydrated(fromLms, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await expectAllChecked(fromLms, checkLesson);
      expect(await unexpectedErrors(page, /threw|without a successful (Terminate|LMSFinish)/)).toEqual([]);
    });

    test('commits that take two seconds hold no choice or answer back', async ({ page }) => {
      const frame = await openLms(page, standard);
      await openLesson(frame, chatLesson);
      await lms(page, (hooks) => hooks.setFaults({ commitDelayMs: 2000 }));
      // The chat's ending commits (two seconds, the page held), then the learner goes straight on to the quiz.
      await playScenario(frame, course, scenarioOf(chatLesson)!);
      await checkAll(frame, chatLesson);
      await expect(notice(frame)).toHaveText('');
      await lms(page, (hooks) => hooks.setFaults({ commitDelayMs: 0 }));
      const relaunched = await relaunchFromLmsOnly(page);
      await hydrated(relaunched, `[data-quiz="${chatLesson.quiz!.id}"]`);
      await expectAllChecked(relaunched, chatLesson);
      await expect(relaunched.locator(`[data-scenario="${scenarioOf(chatLesson)!}"] .scenario-ending`)).toBeVisible();
      expect(await unexpectedErrors(page, /^$/)).toEqual([]);
    });

    test('a reload at every step of a chat lands on the same message with the same choices, and the LMS gets it all', async ({
      page,
      allowProblems,
    }) => {
      allowProblems(LMS_LOGS_ITS_ERRORS);
      const id = scenarioOf(chatLesson)!;
      const scenario = course.scenarios[id]!;
      const frame = await openLms(page, standard);
      await openLesson(frame, chatLesson);
      const player = frame.locator(`[data-scenario="${id}"]`);
      let node = scenario.start;
      for (const index of safeWay(course, id)) {
        await hydrated(frame, `[data-scenario="${id}"]`);
        const choice = scenario.nodes[node]!.choices[index]!;
        await player.getByRole('button', { name: choice.text, exact: true }).click();
        node = choice.next;
        const log = (await player.getByRole('log').textContent()) ?? '';
        const choices = await player.locator('.scenario-choice').allInnerTexts();
        await lms(page, (hooks) => hooks.reloadCourse());
        await hydrated(frame, `[data-scenario="${id}"]`);
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chatLesson.meta.title);
        await expect(player.getByRole('log')).toHaveText(log);
        expect(await player.locator('.scenario-choice').allInnerTexts()).toEqual(choices);
      }
      await expect(player.locator('.scenario-ending')).toBeVisible();
      // The first reload ended the LMS session (pagehide); the course kept the rest and hands it over next launch.
      await relaunch(page);
      const fromLms = await relaunchFromLmsOnly(page);
      await hydrated(fromLms, `[data-scenario="${id}"]`);
      await expect(fromLms.locator(`[data-scenario="${id}"] .scenario-ending`)).toBeVisible();
      await expect(fromLms.locator(`[data-lesson-item="${chatLesson.meta.id}"] [data-status-text]`)).toBeAttached();
      // Each reload's new page asks the LMS to initialise again, which a terminated launch refuses: that, only.
      expect(await unexpectedErrors(page, /(LMSInitialize|Initialize)\(""\)/)).toEqual([]);
    });

    test('a reload at every step of the final quiz keeps every answer, and the LMS gets the score', async ({
      page,
      allowProblems,
    }) => {
      // A reload after each of eight questions: about 25 s alone.
      test.setTimeout(90_000);
      allowProblems(LMS_LOGS_ITS_ERRORS);
      const quiz = finalLesson.quiz!;
      const questions = quiz.questions;
      const frame = await openLms(page, standard, 'frame', QUIZ_BAND);
      await openLesson(frame, finalLesson);
      for (const [index, question] of questions.entries()) {
        await hydrated(frame, `[data-quiz="${quiz.id}"]`);
        await answerByMouse(frame, question, rightAnswer(question));
        await lms(page, (hooks) => hooks.reloadCourse());
        await hydrated(frame, `[data-quiz="${quiz.id}"]`);
        for (const answered of questions.slice(0, index + 1))
          await expectAnswer(frame, answered, rightAnswer(answered));
      }
      await frame.getByRole('button', { name: 'Submit answers' }).click();
      await expect(frame.getByRole('heading', { name: 'Your results' })).toBeVisible();
      await relaunch(page);
      await relaunchFromLmsOnly(page);
      const model = await lms(page, (hooks) => hooks.dataModel());
      expect(model[standard === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw']).toBe('100');
      const ids = Object.entries(model).filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key));
      expect(ids.map(([, id]) => id).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
      expect(await unexpectedErrors(page, /(LMSInitialize|Initialize)\(""\)/)).toEqual([]);
    });

    test('the course open twice at once: what each copy does is kept', async ({ page, context }) => {
      const frame = await openCheck(page, standard);
      const learner = await lms(page, (hooks) => hooks.learner());
      const second = await context.newPage();
      const other = await openLms(second, standard, 'frame', '', `&learner=${learner}`);
      await openLesson(other, checkLesson);
      await hydrated(other, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await checkQuestion(frame, checkLesson, 0);
      // The other copy hears of it at once, and shows it.
      await expectChecked(other, checkLesson, 0);
      await checkQuestion(other, checkLesson, 1);
      await expectChecked(frame, checkLesson, 1);
      // Whichever copy saves last, the LMS keeps both answers.
      await lms(page, (hooks) => hooks.close());
      await lms(second, (hooks) => hooks.close());
      await second.close();
      const fromLms = await relaunchFromLmsOnly(page);
      await hydrated(fromLms, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await expectChecked(fromLms, checkLesson, 0);
      await expectChecked(fromLms, checkLesson, 1);
      expect(await unexpectedErrors(page, /^$/)).toEqual([]);
    });

    test('suspend_data corrupt, truncated or from an older format: the course starts at the same place, and nothing it kept is lost', async ({
      page,
    }) => {
      const frame = await openCheck(page, standard);
      await checkQuestion(frame, checkLesson, 0);
      for (const spoiled of ['corrupt', 'truncated', 'old-version'] as const) {
        // With this tab's copy (a relaunch in the same tab), nothing is lost at all.
        await lms(page, (hooks) => hooks.close());
        await page.evaluate((suspendData) => window.lmsPreview!.setFaults({ suspendData }), spoiled);
        const again = await relaunch(page);
        await expect(again.getByRole('heading', { level: 1 }), spoiled).toHaveText(checkLesson.meta.title);
        await hydrated(again, `[data-quiz="${checkLesson.quiz!.id}"]`);
        await expectChecked(again, checkLesson, 0);
      }
      // From the LMS alone (another computer), the spoiled progress cannot be read: the learner is back in the
      // lesson they were in, the course works, and what the LMS holds besides is not lowered.
      await lms(page, (hooks) => hooks.close());
      const statusBefore = await lms(page, (hooks) => hooks.dataModel());
      await lms(page, (hooks) => hooks.setFaults({ suspendData: 'truncated' }));
      const fromLms = await relaunchFromLmsOnly(page);
      await expect(fromLms.getByRole('heading', { level: 1 })).toHaveText(checkLesson.meta.title);
      await hydrated(fromLms, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await checkQuestion(fromLms, checkLesson, 1);
      const model = await lms(page, (hooks) => hooks.dataModel());
      const status = standard === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
      expect(model[status]).toBe(statusBefore[status]);
      expect(model['cmi.suspend_data']).toMatch(/^SU1~/);
      expect(await unexpectedErrors(page, /^$/)).toEqual([]);
    });

    test('offline: a notice while commits cannot get through, and everything sent once back online', async ({
      page,
      context,
      allowProblems,
    }) => {
      // Offline, the LMS's own requests fail too (its commits, and the preview's reading of what it stored).
      allowProblems(/failed: .*\/lms\/api\//);
      allowProblems(LMS_LOGS_ITS_ERRORS);
      const frame = await openCheck(page, standard);
      await context.setOffline(true);
      await checkAll(frame, checkLesson);
      await expect(notice(frame)).toContainText(NOT_SAVED);
      await context.setOffline(false);
      // Back online, the course sends what waited at once.
      await expect(notice(frame)).toHaveText('', { timeout: 5_000 });
      const relaunched = await relaunchFromLmsOnly(page);
      await hydrated(relaunched, `[data-quiz="${checkLesson.quiz!.id}"]`);
      await expectAllChecked(relaunched, checkLesson);
      expect(await unexpectedErrors(page, /did not store|Commit\(""\) returned "false"/)).toEqual([]);
    });
  });
}
