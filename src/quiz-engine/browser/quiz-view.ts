import type { CoreMessageId } from '../../course-model/core-messages.ts';
import type { CourseStructure } from '../../course-model/structure.ts';
import type { QuizResponse } from '../../course-state/events.ts';
import type { QuizProgress } from '../../course-state/state.ts';
import { initialResponse, isAnswered, normalizeResponse, sameResponse } from './responses.ts';
import { reviewQuestion, type QuestionReview } from './review.ts';
import type { Question, Quiz } from '../build/schema.ts';
import { countCorrect, isPassed, scoreQuestion, scoreQuiz } from './scoring.ts';

/**
 * What the quiz island shows, derived from the quiz, the learner's saved progress and the answers they are still
 * changing (drafts). The island renders this and reports events; it decides nothing itself.
 */

/** Answers being changed and not yet checked or submitted, by question id. */
export type Drafts = Readonly<Record<string, QuizResponse>>;

export interface QuestionView {
  question: Question;
  /** 1-based position in the quiz. */
  number: number;
  /** What the inputs show. */
  response: QuizResponse;
  /** Enough is chosen to check or submit. */
  answered: boolean;
  /** The feedback of the checked answer, while the inputs still show that answer (knowledge checks). */
  review?: QuestionReview | undefined;
}

/** The scored quiz shows its results once submitted; knowledge checks stay on their questions. */
export type QuizPhase = 'answering' | 'results';

export function quizPhase(quiz: Quiz, progress: QuizProgress | undefined): QuizPhase {
  return quiz.scored && progress?.submitted ? 'results' : 'answering';
}

export function questionViews(quiz: Quiz, progress: QuizProgress | undefined, drafts: Drafts): QuestionView[] {
  return quiz.questions.map((question, index) => {
    const saved = progress?.responses[question.id];
    const response = drafts[question.id] ?? saved ?? initialResponse(question);
    const checked =
      !quiz.scored &&
      saved !== undefined &&
      sameResponse(normalizeResponse(question, saved), normalizeResponse(question, response));
    return {
      question,
      number: index + 1,
      response,
      answered: isAnswered(question, response),
      review: checked ? reviewQuestion(question, saved) : undefined,
    };
  });
}

/** An answer as the LMS receives it. */
export interface Answer {
  question: string;
  response: QuizResponse;
  correct: boolean;
}

/** What submitting the scored quiz reports: every answer, then the score and the pass. */
export interface Submission {
  answers: Answer[];
  score: number;
  passed: boolean;
}

export function answerOf(question: Question, response: QuizResponse): Answer {
  return {
    question: question.id,
    response: normalizeResponse(question, response),
    correct: scoreQuestion(question, response),
  };
}

export function submission(quiz: Quiz, views: readonly QuestionView[], masteryScore: number): Submission {
  const answers = views.map((view) => answerOf(view.question, view.response));
  const score = scoreQuiz(quiz, Object.fromEntries(answers.map((a) => [a.question, a.response])));
  return { answers, score, passed: isPassed(score, masteryScore) };
}

/**
 * A knowledge check counts as done (`quiz.submitted`, which completes a lesson's `quiz:` rule) the first time every
 * question has been checked; checking again later changes the answers, not the count.
 */
export function checkIsFinished(quiz: Quiz, progress: QuizProgress | undefined): boolean {
  return (
    !quiz.scored &&
    (progress?.attempts ?? 0) === 0 &&
    quiz.questions.every((question) => progress?.responses[question.id] !== undefined)
  );
}

/** What a knowledge check reports as `quiz.submitted` once it is finished (see checkIsFinished); else undefined. */
export function checkCompletion(
  quiz: Quiz,
  progress: QuizProgress | undefined,
  masteryScore: number,
): { score: number; passed: boolean } | undefined {
  if (!checkIsFinished(quiz, progress)) return undefined;
  const score = scoreQuiz(quiz, progress?.responses ?? {});
  return { score, passed: isPassed(score, masteryScore) };
}

/** Submissions allowed (`quizAttempts`; 0 = no limit): may the learner start another attempt? */
export function canRetry(attemptsUsed: number, attemptsAllowed: number): boolean {
  return attemptsAllowed === 0 || attemptsUsed < attemptsAllowed;
}

export interface QuestionResult {
  question: Question;
  number: number;
  correct: boolean;
  review: QuestionReview;
}

export interface QuizResults {
  score: number;
  correctCount: number;
  total: number;
  /** Undefined when neither the saved progress nor the course says (no course structure yet). */
  passed: boolean | undefined;
  masteryScore: number | undefined;
  attemptsUsed: number;
  /** 0 = no limit. */
  attemptsAllowed: number;
  canRetry: boolean;
  /** The core messages of the questions answered wrong, each once, in question order: what to go back to. */
  revisit: CoreMessageId[];
  questions: QuestionResult[];
}

export function quizResults(
  quiz: Quiz,
  progress: QuizProgress | undefined,
  course: Pick<CourseStructure, 'masteryScore' | 'quizAttempts'> | undefined,
): QuizResults {
  const responses = progress?.responses ?? {};
  const questions = quiz.questions.map((question, index) => {
    const response = responses[question.id] ?? [];
    return {
      question,
      number: index + 1,
      correct: scoreQuestion(question, response),
      review: reviewQuestion(question, response),
    };
  });
  const score = progress?.score ?? scoreQuiz(quiz, responses);
  const masteryScore = course?.masteryScore;
  const attemptsUsed = progress?.attempts ?? 0;
  const attemptsAllowed = course?.quizAttempts ?? 0;
  const passed = progress?.passed ?? (masteryScore === undefined ? undefined : isPassed(score, masteryScore));
  return {
    score,
    correctCount: countCorrect(quiz.questions, responses),
    total: quiz.questions.length,
    passed,
    masteryScore,
    attemptsUsed,
    attemptsAllowed,
    // The LMS keeps the last attempt's score, so a passed scored quiz is not offered again: a retry could only
    // turn a pass into a fail in the gradebook.
    canRetry: !(quiz.scored && passed === true) && canRetry(attemptsUsed, attemptsAllowed),
    revisit: [...new Set(questions.filter((q) => !q.correct).map((q) => q.question.checks))],
    questions,
  };
}
