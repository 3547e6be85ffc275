import type { FrameLocator, Page } from '@playwright/test';
import type { LmsPreviewHooks } from '../../tools/lms-preview/hooks.ts';
import type { CourseLesson } from '../../src/course/load-lessons.ts';
import { loadCourse } from '../../src/course/load-course.ts';
import type { Question } from '../../src/quiz-engine/build/schema.ts';
import { AGE_BANDS, type AgeBand } from '../../src/course-model/core-messages.ts';
import { OPTIONS_ENV } from '../../src/course/options.ts';
import { endingPaths } from '../../src/scenario-engine/index.ts';
import { answerByMouse, rightAnswer, wrongAnswer } from './answer-questions.ts';
import { expect, test } from './fixtures.ts';

const courseFor = (band: AgeBand) => {
  const { course } = loadCourse(process.cwd(), { [OPTIONS_ENV]: JSON.stringify({ band }) });
  if (!course) throw new Error(`the course for ages ${band} does not load`);
  return course;
};
// The built-in LMS opens the 11-13 course unless told otherwise.
const course = courseFor('11-13');
// A full run goes through the shortest course, 7-10's: every band's course reports to the LMS the same way.
const FULL_RUN_BAND = '7-10';
const fullRunCourse = courseFor(FULL_RUN_BAND);
const finalLesson = fullRunCourse.lessons.find((l) => l.quiz?.scored)!;
const finalQuiz = finalLesson.quiz!;
const lessonsWithoutScore = fullRunCourse.lessons.filter((l) => l !== finalLesson);

type Standard = 'scorm12' | 'scorm2004';

/** Calls a test hook of the preview page (`window.lmsPreview`). */
function lms<T>(page: Page, call: (hooks: LmsPreviewHooks) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(async () => (${call.toString()})(window.lmsPreview))()`) as Promise<T>;
}

async function openLms(page: Page, standard: Standard | 'none', mode = 'frame', band = ''): Promise<FrameLocator> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?standard=${standard}&mode=${mode}${band ? `&course=${band}` : ''}`);
  await page.waitForFunction(() => document.documentElement.dataset['lmsPreview'] === 'ready');
  const frame = page.frameLocator('#frame-host iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

async function hydrated(frame: FrameLocator, inner: string) {
  await frame.locator(inner).first().scrollIntoViewIfNeeded();
  await expect(frame.locator(`astro-island:not([ssr]):has(${inner})`).first()).toBeAttached();
}

async function openLesson(frame: FrameLocator, lesson: CourseLesson) {
  await frame.locator(`[data-lesson-item="${lesson.meta.id}"] a`).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.meta.title);
}

/** Plays a scenario of the full run's course along its shortest way to a safe ending. */
async function playScenario(frame: FrameLocator, id: string) {
  const scenario = fullRunCourse.scenarios[id]!;
  const safe = endingPaths(scenario)
    .filter((path) => scenario.endings[path.to]!.outcome === 'safe')
    .sort((a, b) => a.choices.length - b.choices.length)[0]!;
  await hydrated(frame, `[data-scenario="${id}"]`);
  let node = scenario.start;
  for (const index of safe.choices) {
    const choice = scenario.nodes[node]!.choices[index]!;
    await frame.locator(`[data-scenario="${id}"]`).getByRole('button', { name: choice.text, exact: true }).click();
    node = choice.next;
  }
  await expect(frame.locator(`[data-scenario="${id}"] .scenario-ending`)).toBeVisible();
}

async function checkQuiz(frame: FrameLocator, lesson: CourseLesson) {
  const quiz = lesson.quiz!;
  await hydrated(frame, `[data-quiz="${quiz.id}"]`);
  for (const question of quiz.questions) {
    await answerByMouse(frame, question, rightAnswer(question));
    await frame.locator(`[data-question="${question.id}"]`).getByRole('button', { name: 'Check answer' }).click();
    await expect(
      frame.locator(`[data-question="${question.id}"]`).getByRole('heading', { name: "That's right" }),
    ).toBeVisible();
  }
}

async function completeLesson(frame: FrameLocator, lesson: CourseLesson) {
  await openLesson(frame, lesson);
  for (const rule of lesson.meta.completion) {
    if (typeof rule === 'object' && 'scenario' in rule) await playScenario(frame, rule.scenario);
  }
  if (lesson.quiz) await checkQuiz(frame, lesson);
  await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(frame.locator(`[data-lesson-item="${lesson.meta.id}"] [data-status-text]`)).toBeVisible();
}

/** The score of the final quiz with its first question answered wrong and the rest right, in whole percent. */
const expectedScore = (): number => Math.round(((finalQuiz.questions.length - 1) / finalQuiz.questions.length) * 100);

/** The final quiz with its first question answered wrong and the rest right: a pass at 80. */
async function takeFinalQuiz(frame: FrameLocator) {
  await openLesson(frame, finalLesson);
  await hydrated(frame, `[data-quiz="${finalQuiz.id}"]`);
  for (const [index, question] of finalQuiz.questions.entries()) {
    await answerByMouse(frame, question, index === 0 ? wrongAnswer(question) : rightAnswer(question));
  }
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await expect(frame.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

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
      const frame = await openLms(page, standard, 'frame', FULL_RUN_BAND);
      for (const lesson of lessonsWithoutScore) await completeLesson(frame, lesson);
      await takeFinalQuiz(frame);
      await lms(page, (hooks) => hooks.close());
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
      const rule = lesson.meta.completion.find((r) => typeof r === 'object' && 'scenario' in r);
      const scenarioId = rule && typeof rule === 'object' && 'scenario' in rule ? rule.scenario : '';
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

    test('a commit that fails shows a notice, and the next one that succeeds clears it', async ({
      page,
      allowProblems,
    }) => {
      test.setTimeout(60_000);
      // The LMS's failed commits are what this test is about: they show as HTTP 500 and console errors.
      allowProblems(/HTTP 500|console error/);
      const frame = await openLms(page, standard);
      await lms(page, (hooks) => hooks.setCommitsFail(true));
      const lesson = course.lessons[0]!;
      await openLesson(frame, lesson);
      const question = lesson.quiz!.questions[0]!;
      await hydrated(frame, `[data-quiz="${lesson.quiz!.id}"]`);
      await answerByMouse(frame, question, rightAnswer(question));
      await frame.locator(`[data-question="${question.id}"]`).getByRole('button', { name: 'Check answer' }).click();
      const notice = frame.locator('[data-save-notice]').filter({ hasText: 'Your progress is not saved yet' });
      await expect(notice).toBeVisible({ timeout: 15_000 });
      // A change during the launch is said aloud too.
      await expect(frame.locator('[data-save-announce]')).toContainText('Your progress is not saved yet');
      await lms(page, (hooks) => hooks.setCommitsFail(false));
      // The tracker retries with back-off; once a commit gets through, the notice goes.
      await expect(notice).toBeHidden({ timeout: 30_000 });
      const stored = await lms(page, (hooks) => hooks.stored());
      expect(JSON.stringify(stored)).toContain('SU1~');
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
