import type { Question } from '../../src/quiz-engine/build/schema.ts';
import { AGE_BANDS } from '../../src/course-model/core-messages.ts';
import { rightAnswer, wrongAnswer } from './answer-questions.ts';
import { closeAndCount, describeCommits } from '../../tools/benchmark/lms-traffic.ts';
import { playFullRun, scoredLesson } from './full-run.ts';
import { CONTENT_ROOT, expect, test } from './fixtures.ts';
import { courseFor, hydrated, lms, openLesson, openLms, scenarioOf, type Standard } from './in-lms.ts';

// The built-in LMS opens the 11-13 course unless told otherwise.
const course = courseFor('11-13');
// A full run goes through the shortest course, 7-10's: every band's course reports to the LMS the same way.
const FULL_RUN_BAND = '7-10';
const fullRunCourse = courseFor(FULL_RUN_BAND);
const finalQuiz = scoredLesson(fullRunCourse).quiz!;

/** The score of the final quiz with its first question answered wrong and the rest right, in whole percent. */
const expectedScore = (): number => Math.round(((finalQuiz.questions.length - 1) / finalQuiz.questions.length) * 100);

/** A question's response in each version's format, written out here from the SCORM books, not from our code. */
function expectedResponse(question: Question, answer: string[], standard: Standard): string {
  const ids: string[] = (() => {
    switch (question.type) {
      case 'single-choice':
      case 'multiple-response':
        return question.options.filter((o) => answer.includes(o.text)).map((o) => o.id);
      case 'true-false':
        return [answer[0] === 'True' ? 'true' : 'false'];
      case 'sequencing':
        return answer.map((text) => question.steps.find((s) => s.text === text)!.id);
      case 'matching':
        return answer.map((pair) => pair.replace('=', standard === 'scorm12' ? '.' : '[.]'));
    }
  })();
  if (question.type === 'true-false' && standard === 'scorm12') return ids[0] === 'true' ? 't' : 'f';
  return ids.join(standard === 'scorm12' ? ',' : '[,]');
}

const INTERACTION_TYPE: Record<Question['type'], string> = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  sequencing: 'sequencing',
  matching: 'matching',
};

for (const standard of ['scorm12', 'scorm2004'] as const) {
  test.describe(`in the built-in LMS, ${standard === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}`, () => {
    test('a full run leaves completion, score, pass and one interaction per question, with no API error', async ({
      page,
    }) => {
      // Three lessons, a chat in each of two, every quiz: about 20 s on a quiet machine.
      test.setTimeout(90_000);
      // Every request the course makes stays inside its package (the fixtures fail a test on any outside request).
      const coursePath = `${CONTENT_ROOT}${FULL_RUN_BAND}/`;
      const strayed: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (request.frame() !== page.mainFrame() && !path.startsWith(coursePath)) strayed.push(request.url());
      });
      const frame = await openLms(page, standard, 'frame', FULL_RUN_BAND);
      const units = await playFullRun(frame, fullRunCourse);
      const course = page.frames().find((f) => f.url().includes(coursePath))!;
      const kept = await course.evaluate(async () => ({
        cookie: document.cookie,
        local: Object.keys(localStorage),
        databases: (await indexedDB.databases()).map((d) => d.name),
      }));
      const traffic = await closeAndCount(page, units);
      // At most one commit per lesson completed, chat ended and quiz done, besides those when the page hides.
      expect(traffic.commitsInRun, describeCommits(traffic)).toBeLessThanOrEqual(traffic.commitBudget);
      expect(strayed, 'requests from the course outside its package').toEqual([]);
      // With an LMS, the LMS keeps the learner's record: nothing in the browser outlives the tab (no cookie of the
      // course's, no local storage, no database), and the tab's copy goes once the LMS has the finished course.
      expect(kept.cookie.split(/;\s*/).filter((c) => c && !c.startsWith('lms-preview-'))).toEqual([]);
      expect(kept.local).toEqual([]);
      expect(kept.databases).toEqual([]);
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
      const model = await lms(page, (hooks) => hooks.dataModel());
      const v = (key12: string, key2004: string) => model[standard === 'scorm12' ? key12 : key2004];

      if (standard === 'scorm12') {
        expect(model['cmi.core.lesson_status']).toBe('passed');
        expect(model['cmi.core.exit']).toBe('');
        expect(model['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      } else {
        expect(model['cmi.completion_status']).toBe('completed');
        expect(model['cmi.success_status']).toBe('passed');
        expect(model['cmi.progress_measure']).toBe('1');
        expect(model['cmi.score.scaled']).toBe(String(expectedScore() / 100));
        expect(model['cmi.exit']).toBe('normal');
        expect(model['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
      }
      expect(v('cmi.core.score.raw', 'cmi.score.raw')).toBe(String(expectedScore()));
      expect(v('cmi.core.score.min', 'cmi.score.min')).toBe('0');
      expect(v('cmi.core.score.max', 'cmi.score.max')).toBe('100');
      expect(model['cmi.suspend_data']).toMatch(/^SU1~/);

      // One interaction per question of the scored quiz; nothing from the knowledge checks or the scenarios.
      const ids = Object.entries(model).filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key));
      expect(ids.map(([, id]) => id).sort()).toEqual(finalQuiz.questions.map((q) => q.id).sort());
      for (const [index, question] of finalQuiz.questions.entries()) {
        const n = ids.find(([, id]) => id === question.id)![0].split('.')[2];
        const at = (field: string) => model[`cmi.interactions.${n}.${field}`];
        const wrong = index === 0;
        expect(at('type'), question.id).toBe(INTERACTION_TYPE[question.type]);
        expect(at('result'), question.id).toBe(wrong ? (standard === 'scorm12' ? 'wrong' : 'incorrect') : 'correct');
        const answer = wrong ? wrongAnswer(question) : rightAnswer(question);
        const given = standard === 'scorm12' ? at('student_response') : at('learner_response');
        expect(given, question.id).toBe(expectedResponse(question, answer, standard));
        expect(at('correct_responses.0.pattern'), question.id).toBe(
          expectedResponse(question, rightAnswer(question), standard),
        );
        expect(at('latency'), question.id).toMatch(standard === 'scorm12' ? /^\d{2,4}:\d{2}:\d{2}/ : /^PT/);
        if (standard === 'scorm12') expect(at('time'), question.id).toMatch(/^\d{2}:\d{2}:\d{2}$/);
        else {
          expect(at('timestamp'), question.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
          expect(at('description'), question.id).toBeTruthy();
        }
      }

      const errors = await lms(page, (hooks) => hooks.errors().filter((e) => !e.expected));
      expect(errors).toEqual([]);
      const runtimeErrors = await lms(page, (hooks) => hooks.runtimeLog().filter((e) => /error/i.test(e.level)));
      expect(runtimeErrors).toEqual([]);
      const initializations = await lms(
        page,
        (hooks) => hooks.calls().filter((c) => c.method === 'LMSInitialize' || c.method === 'Initialize').length,
      );
      expect(initializations).toBe(1);
    });

    test('close and relaunch resumes at the same place with the same state', async ({ page }) => {
      const frame = await openLms(page, standard);
      const lesson = course.lessons[1]!;
      await openLesson(frame, lesson);
      const scenarioId = scenarioOf(lesson)!;
      const scenario = course.scenarios[scenarioId]!;
      await hydrated(frame, `[data-scenario="${scenarioId}"]`);
      const first = scenario.nodes[scenario.start]!.choices[0]!;
      await frame.getByRole('button', { name: first.text, exact: true }).click();
      const lastMessage = await frame.locator('.chat-message').last().innerText();
      const modelBefore = await lms(page, (hooks) => hooks.dataModel());

      await lms(page, (hooks) => hooks.closeAndRelaunch());
      const session = await lms(page, (hooks) => hooks.session());
      expect(session.entry).toBe('resume');
      // The learner lands in the lesson they left, at the same message of the chat.
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.meta.title);
      await hydrated(frame, `[data-scenario="${scenarioId}"]`);
      await expect(frame.locator('.chat-message').last()).toHaveText(lastMessage);
      await expect(frame.getByRole('log')).toContainText(first.says ?? first.does ?? `You chose: ${first.text}`);
      const modelAfter = await lms(page, (hooks) => hooks.dataModel());
      // Same state: the same progress fields (the saved-at stamp aside).
      const strip = (text = '') =>
        text
          .split('~')
          .filter((_, i) => i !== 2)
          .join('~');
      expect(strip(modelAfter['cmi.suspend_data'])).toBe(strip(modelBefore['cmi.suspend_data']));
      expect(await lms(page, (hooks) => hooks.errors().filter((e) => !e.expected))).toEqual([]);
    });
  });
}

test('Quick exit saves and suspends the attempt before it leaves', async ({ page }) => {
  const frame = await openLms(page, 'scorm12');
  const lesson = course.lessons[0]!;
  await openLesson(frame, lesson);
  await frame.getByRole('button', { name: 'Quick exit' }).click();
  await expect(frame.locator('body')).toHaveText('');
  await expect.poll(() => lms(page, (hooks) => hooks.session().terminated)).toBe(true);
  const model = await lms(page, (hooks) => hooks.dataModel());
  expect(model['cmi.core.exit']).toBe('suspend');
  expect(model['cmi.core.lesson_location']).toBe(`${lesson.meta.id}.html`);
  expect(model['cmi.suspend_data']).toMatch(/^SU1~/);
  expect(await lms(page, (hooks) => hooks.errors().filter((e) => !e.expected))).toEqual([]);
});

test('the built-in LMS launches each band’s course, its start page saying the band', async ({ page }) => {
  for (const band of AGE_BANDS) {
    const frame = await openLms(page, 'scorm2004', 'frame', band);
    await expect(frame.getByText(`For ages ${band}`)).toBeVisible();
    await expect.poll(() => lms(page, (hooks) => hooks.session().initialized)).toBe(true);
    await expect(page.getByRole('radio', { name: `Ages ${band}` })).toBeChecked();
  }
});

test.describe('without an LMS, and in a pop-up', () => {
  test('with no LMS API the course runs and says progress stays on this device', async ({ page }) => {
    const frame = await openLms(page, 'none');
    await expect(frame.locator('[data-save-notice]')).toContainText('kept on this device only');
    await openLesson(frame, course.lessons[0]!);
    expect(await lms(page, (hooks) => hooks.calls().length)).toBe(0);
    // Without an LMS the browser is the only record: one entry in local storage, under the course's name.
    const courseFrame = page.frames().find((f) => f.url().includes(CONTENT_ROOT))!;
    expect(await courseFrame.evaluate(() => Object.keys(localStorage))).toEqual(['speakup:speak-up-11-13']);
  });

  test('launched in a pop-up, the course finds the API through window.opener', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const popupPromise = page.context().waitForEvent('page');
    await page.goto('/?standard=scorm2004&mode=popup');
    const popup = await popupPromise;
    await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForFunction(() => document.documentElement.dataset['lmsPreview'] === 'ready');
    await expect.poll(() => lms(page, (hooks) => hooks.session().initialized), { timeout: 10_000 }).toBe(true);
    // The LMS was found: no notice that progress stays on this device.
    await expect(popup.locator('[data-save-notice]')).toHaveText('');
    await popup.locator(`[data-lesson-item="${course.lessons[0]!.meta.id}"] a`).click();
    await expect
      .poll(async () => (await lms(page, (hooks) => hooks.dataModel()))['cmi.location'])
      .toBe(course.lessons[0]!.meta.id + '.html');
  });
});
