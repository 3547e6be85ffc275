/**
 * Driving the course inside the built-in LMS (tools/lms-preview): opening it, calling the preview's hooks, and
 * playing lessons, chats and quizzes as a learner does, by mouse. Shared by the LMS, fault and privacy tests.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { LmsPreviewHooks } from '../../tools/lms-preview/hooks.ts';
import type { Course } from '../../src/course/assemble-course.ts';
import type { CourseLesson } from '../../src/course/load-lessons.ts';
import { loadCourse } from '../../src/course/load-course.ts';
import type { AgeBand } from '../../src/course-model/core-messages.ts';
import { OPTIONS_ENV } from '../../src/course/options.ts';
import { endingPaths } from '../../src/scenario-engine/index.ts';
import { answerByMouse, rightAnswer } from './answer-questions.ts';

export type Standard = 'scorm12' | 'scorm2004';
export const STANDARDS = ['scorm12', 'scorm2004'] as const;
export const standardName = (standard: Standard) => (standard === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004');

export const courseFor = (band: AgeBand): Course => {
  const { course } = loadCourse(process.cwd(), { [OPTIONS_ENV]: JSON.stringify({ band }) });
  if (!course) throw new Error(`the course for ages ${band} does not load`);
  return course;
};

/** Calls a test hook of the preview page (`window.lmsPreview`). */
export function lms<T>(page: Page, call: (hooks: LmsPreviewHooks) => T | Promise<T>): Promise<T> {
  return page.evaluate(`(async () => (${call.toString()})(window.lmsPreview))()`) as Promise<T>;
}

/** Opens the preview with the course launched; `query` adds to its address (`&learner=...`). */
export async function openLms(
  page: Page,
  standard: Standard | 'none',
  mode = 'frame',
  band = '',
  query = '',
): Promise<FrameLocator> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?standard=${standard}&mode=${mode}${band ? `&course=${band}` : ''}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset['lmsPreview'] === 'ready');
  const frame = page.frameLocator('#frame-host iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

/** Waits until the island holding `inner` has hydrated (Astro removes its `ssr` attribute then). */
export async function hydrated(frame: FrameLocator, inner: string): Promise<void> {
  await frame.locator(inner).first().scrollIntoViewIfNeeded();
  await expect(frame.locator(`astro-island:not([ssr]):has(${inner})`).first()).toBeAttached();
}

export async function openLesson(frame: FrameLocator, lesson: CourseLesson): Promise<void> {
  await frame.locator(`[data-lesson-item="${lesson.meta.id}"] a`).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.meta.title);
}

/** The scenario a lesson's completion asks for, if any. */
export function scenarioOf(lesson: CourseLesson): string | undefined {
  const rule = lesson.meta.completion.find((r) => typeof r === 'object' && 'scenario' in r);
  return rule && typeof rule === 'object' && 'scenario' in rule ? rule.scenario : undefined;
}

/** The shortest way through a scenario to a safe ending, as choice indexes. */
export function safeWay(course: Course, id: string): number[] {
  const scenario = course.scenarios[id]!;
  return endingPaths(scenario)
    .filter((path) => scenario.endings[path.to]!.outcome === 'safe')
    .sort((a, b) => a.choices.length - b.choices.length)[0]!.choices;
}

/** Plays a scenario along its shortest way to a safe ending. */
export async function playScenario(frame: FrameLocator, course: Course, id: string): Promise<void> {
  const scenario = course.scenarios[id]!;
  await hydrated(frame, `[data-scenario="${id}"]`);
  let node = scenario.start;
  for (const index of safeWay(course, id)) {
    const choice = scenario.nodes[node]!.choices[index]!;
    await frame.locator(`[data-scenario="${id}"]`).getByRole('button', { name: choice.text, exact: true }).click();
    node = choice.next;
  }
  await expect(frame.locator(`[data-scenario="${id}"] .scenario-ending`)).toBeVisible();
}

/** Answers a lesson's knowledge check, every question right, each checked. */
export async function checkQuiz(frame: FrameLocator, lesson: CourseLesson): Promise<void> {
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

/** Does all a lesson asks (its chat, its quiz, its end), and waits until the lesson list says it is done. */
export async function completeLesson(frame: FrameLocator, course: Course, lesson: CourseLesson): Promise<void> {
  await openLesson(frame, lesson);
  const scenario = scenarioOf(lesson);
  if (scenario) await playScenario(frame, course, scenario);
  if (lesson.quiz) await checkQuiz(frame, lesson);
  await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await expect(frame.locator(`[data-lesson-item="${lesson.meta.id}"] [data-status-text]`)).toBeVisible();
}
