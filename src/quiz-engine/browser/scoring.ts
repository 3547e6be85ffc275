import type { QuizResponse } from '../../course-state/events.ts';
import { correctResponse, normalizeResponse, sameResponse } from './responses.ts';
import type { Question } from '../build/schema.ts';

/**
 * All or nothing per question: a multiple-response answer with one right option missing is wrong, as SCORM's
 * `correct_responses` pattern counts it. Multiple-response and matching ignore order; sequencing is the order.
 */
export function scoreQuestion(question: Question, response: QuizResponse | undefined): boolean {
  if (!response) return false;
  return sameResponse(normalizeResponse(question, response), correctResponse(question));
}

/** Questions answered right. */
export function countCorrect(
  questions: readonly Question[],
  responses: Readonly<Record<string, QuizResponse | undefined>>,
): number {
  return questions.filter((question) => scoreQuestion(question, responses[question.id])).length;
}

/** Score 0-100, rounded to a whole number (the LMS's `score.raw`); a question not answered counts as wrong. */
export function scoreQuiz(
  quiz: { questions: readonly Question[] },
  responses: Readonly<Record<string, QuizResponse | undefined>>,
): number {
  if (quiz.questions.length === 0) return 0;
  return Math.round((100 * countCorrect(quiz.questions, responses)) / quiz.questions.length);
}

/** Passed against the mastery score (the same rounded score the LMS receives, so both agree). */
export function isPassed(score: number, masteryScore: number): boolean {
  return score >= masteryScore;
}
