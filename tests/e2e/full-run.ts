/**
 * A full run through a band's course in the built-in LMS, as a learner does it with the mouse (in-lms.ts): every
 * lesson done, then the scored quiz with its first question wrong and the rest right (a pass at 80), the launch
 * left open. Only Playwright's library and `expect`, no test fixtures: the full-run test and `npm run bench` (which
 * counts the run's API calls and commits) drive the course alike.
 */
import { expect, type FrameLocator } from '@playwright/test';
import type { Course } from '../../src/course/assemble-course.ts';
import type { CourseLesson } from '../../src/course/load-lessons.ts';
import { answerByMouse, rightAnswer, wrongAnswer } from './answer-questions.ts';
import { completeLesson, hydrated, openLesson, scenarioOf } from './in-lms.ts';

/** The lesson with the course's scored quiz. */
export function scoredLesson(course: Course): CourseLesson {
  const lesson = course.lessons.find((l) => l.quiz?.scored);
  if (!lesson) throw new Error(`the course for ages ${course.band} has no scored quiz`);
  return lesson;
}

/** The scored quiz with its first question answered wrong and the rest right, submitted. */
export async function takeFinalQuiz(frame: FrameLocator, course: Course): Promise<void> {
  const lesson = scoredLesson(course);
  const quiz = lesson.quiz!;
  await openLesson(frame, lesson);
  await hydrated(frame, `[data-quiz="${quiz.id}"]`);
  for (const [index, question] of quiz.questions.entries()) {
    await answerByMouse(frame, question, index === 0 ? wrongAnswer(question) : rightAnswer(question));
  }
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await expect(frame.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

/** What a full run completes: the units that may each cost a commit. */
export interface CompletedUnits {
  lessons: number;
  scenarios: number;
  /** Knowledge checks answered through, and the scored quiz submitted. */
  quizzes: number;
}

/** Every lesson but the scored one done, then the scored quiz taken; returns what was completed. */
export async function playFullRun(frame: FrameLocator, course: Course): Promise<CompletedUnits> {
  const final = scoredLesson(course);
  const others = course.lessons.filter((lesson) => lesson !== final);
  for (const lesson of others) await completeLesson(frame, course, lesson);
  await takeFinalQuiz(frame, course);
  return {
    lessons: course.lessons.length,
    scenarios: others.filter((lesson) => scenarioOf(lesson) !== undefined).length,
    quizzes: others.filter((lesson) => lesson.quiz).length + 1,
  };
}
