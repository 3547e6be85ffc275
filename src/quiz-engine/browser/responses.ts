import type { QuizResponse } from '../../course-state/events.ts';
import type { MatchingQuestion, Question } from '../build/schema.ts';
import { shuffledSteps } from './shuffle.ts';

/**
 * Responses in the course's own form (`QuizResponse` in course-state/events.ts): the ids the learner chose.
 * single-choice `['b']`; multiple-response `['a','c']` (sorted); true-false `['true']`; sequencing `['c','a','b']`
 * (the learner's order); matching `['a.2','b.1']` (source.target, sorted by source).
 */

const sorted = (ids: readonly string[]) => [...new Set(ids)].sort();

/** The right response of a question. */
export function correctResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single-choice':
      return [question.correct];
    case 'multiple-response':
      return sorted(question.correct);
    case 'true-false':
      return [String(question.correct)];
    case 'sequencing':
      return question.steps.map((step) => step.id);
    case 'matching':
      return sorted(question.sources.map((source) => `${source.id}.${source.match}`));
  }
}

/** A response in its canonical form: the order kept where it is the answer (sequencing), sorted elsewhere. */
export function normalizeResponse(question: Question, response: QuizResponse): QuizResponse {
  return question.type === 'sequencing' ? [...response] : sorted(response);
}

export function sameResponse(a: QuizResponse, b: QuizResponse): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** The response a question starts with: nothing chosen, or a sequencing question's steps as first shown. */
export function initialResponse(question: Question): QuizResponse {
  return question.type === 'sequencing' ? shuffledSteps(question).map((step) => step.id) : [];
}

/** Whether the learner has answered enough to check: something chosen, every item matched. */
export function isAnswered(question: Question, response: QuizResponse | undefined): boolean {
  if (!response) return question.type === 'sequencing';
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
      return response.length === 1;
    case 'multiple-response':
      return response.length > 0;
    case 'sequencing':
      return response.length === question.steps.length;
    case 'matching': {
      const chosen = matchesOf(response);
      return question.sources.every((source) => chosen.has(source.id));
    }
  }
}

/** A matching response as source id -> target id. */
export function matchesOf(response: QuizResponse): Map<string, string> {
  const matches = new Map<string, string>();
  for (const pair of response) {
    const [source, target] = pair.split('.');
    if (source && target) matches.set(source, target);
  }
  return matches;
}

/** The response after the learner chose `target` (or nothing: `''`) for `source`. */
export function withMatch(
  question: MatchingQuestion,
  response: QuizResponse,
  source: string,
  target: string,
): QuizResponse {
  const matches = matchesOf(response);
  if (target === '') matches.delete(source);
  else matches.set(source, target);
  return sorted(
    question.sources.flatMap((s) => {
      const t = matches.get(s.id);
      return t === undefined ? [] : [`${s.id}.${t}`];
    }),
  );
}

/** The response after the learner ticked or unticked an option of a multiple-response question. */
export function withToggled(response: QuizResponse, option: string, chosen: boolean): QuizResponse {
  return sorted(chosen ? [...response, option] : response.filter((id) => id !== option));
}

/**
 * A sequencing response after moving the step at `index` by `by` places (-1 up, 1 down); the same response when the
 * move would leave the list.
 */
export function moveStep(response: QuizResponse, index: number, by: -1 | 1): QuizResponse {
  const to = index + by;
  if (index < 0 || index >= response.length || to < 0 || to >= response.length) return response;
  const next = [...response];
  [next[index], next[to]] = [next[to] as string, next[index] as string];
  return next;
}
