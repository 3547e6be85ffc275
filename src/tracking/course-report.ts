import type { CourseEvent, QuizResponse } from '../course-state/events.ts';
import { courseResult, type CourseState } from '../course-state/state.ts';
import type { CourseStructure, QuestionStructure } from '../course-model/structure.ts';
import type { Interaction, Report } from './tracker.ts';

/**
 * What the LMS is told, decided once for both versions: completion, score, pass, and which events become
 * interactions. By default only what a teacher needs: the scored quiz's answers, never a scenario choice. Pure.
 */

/** A location the LMS keeps as it is: at most 255 (SCORM 1.2's limit) of the conservative characters. */
const LOCATION = /^[\w.~,;:-]{0,255}$/;

/** A number with at most `places` decimals, as both versions' decimal types accept (`66.67`, `0.8`). */
export const decimal = (n: number, places = 2) => String(Math.round(n * 10 ** places) / 10 ** places);

export function courseReport(state: CourseState, structure: CourseStructure, suspendData: string): Report {
  const result = courseResult(state, structure);
  const passed = result.score === undefined ? undefined : result.score >= structure.masteryScore;
  const scored = structure.quizzes.find((q) => q.scored);
  const attempts = (scored && state.quizzes[scored.id]?.attempts) || 0;
  const outOfAttempts = structure.quizAttempts > 0 && attempts >= structure.quizAttempts;
  return {
    suspendData,
    location: LOCATION.test(state.location) ? state.location : '',
    // An LMS may judge completion from progress_measure against a completion threshold (SCORM 2004 RTE,
    // cmi.completion_threshold), so 1 only once the course is completed (the scored quiz counts too).
    progress: result.completed ? 1 : Math.min(Number(decimal(result.progress, 3)), 0.99),
    completed: result.completed,
    score: result.score,
    passed,
    // A learner who failed and may try again is not finished: exit `suspend` keeps their progress.
    finished: result.completed && (passed !== false || outOfAttempts),
  };
}

const asKey = (q: QuestionStructure, response: readonly string[]) =>
  (q.type === 'sequencing' ? [...response] : [...response].sort()).join();

function answer(q: QuestionStructure, response: QuizResponse, correct: boolean): Interaction {
  return {
    id: q.id,
    kind: q.type,
    response,
    correct: q.correct,
    result: correct ? 'correct' : 'wrong',
    description: q.description,
  };
}

/**
 * The interaction an event adds, if any: an answer to the scored quiz (knowledge checks stay in the course);
 * a scenario ending reached for the first time, only when the package reports outcomes. Choices never.
 */
export function interactionFor(
  event: CourseEvent,
  before: CourseState,
  structure: CourseStructure,
): Interaction | undefined {
  if (event.type === 'quiz.answered') {
    const quiz = structure.quizzes.find((q) => q.id === event.quiz && q.scored);
    const question = quiz?.questions.find((q) => q.id === event.question);
    if (!question) return undefined;
    const latencyMs = Math.max(0, event.latencyMs);
    return { ...answer(question, event.response, event.correct), latencyMs, shownAt: event.at - latencyMs };
  }
  if (
    event.type === 'scenario.endingReached' &&
    structure.reportScenarioOutcomes &&
    !before.scenarios[event.scenario]?.endingsReached.includes(event.ending)
  ) {
    // The ending's id, never words: a journal of the endings found, one record each.
    return {
      id: `scenario-${event.scenario}`,
      kind: 'ending',
      response: [event.ending],
      result: 'neutral',
      journal: true,
    };
  }
  return undefined;
}

/**
 * The submitted attempt's answers to the scored quiz, for an LMS that lost them. Nothing before submission:
 * drafted answers (`quiz.drafted`) are kept for a reload, never sent as answers.
 */
export function answeredInteractions(state: CourseState, structure: CourseStructure): Interaction[] {
  const quiz = structure.quizzes.find((q) => q.scored);
  const progress = quiz && state.quizzes[quiz.id];
  if (!quiz || !progress?.submitted) return [];
  return quiz.questions.flatMap((q) => {
    const response = progress.responses[q.id];
    return response ? [answer(q, response, asKey(q, response) === asKey(q, q.correct))] : [];
  });
}
