import type { QuizResponse } from '../course-state/events.ts';
import type { CourseState } from '../course-state/state.ts';
import type { CourseStructure, QuestionStructure } from '../course-model/structure.ts';
import { encodeState, MAX_COUNT, MAX_INDEX, SUSPEND_DATA_LIMIT_12 } from './suspend-data.ts';

/**
 * The largest state a course can produce, for measuring suspend_data against SCORM 1.2's 4,096 characters:
 * every lesson completed, every scenario on its longest path with every ending reached and the most attempts,
 * every question answered with its longest response, every count at its maximum, the longest location. For tests
 * and the build; the course never imports it.
 */
export function largestState(structure: CourseStructure): CourseState {
  const state: CourseState = { lessons: {}, scenarios: {}, quizzes: {}, location: `${'x'.repeat(59)}.html` };
  for (const lesson of structure.lessons)
    state.lessons[lesson.id] = { visited: true, reachedEnd: true, completed: true };
  for (const s of structure.scenarios) {
    state.scenarios[s.id] = {
      path: Array.from({ length: s.longestPath }, () => Math.max(0, s.maxChoices - 1)),
      ending: s.endings.at(-1),
      endingsReached: [...s.endings],
      attempts: MAX_COUNT,
    };
  }
  for (const quiz of structure.quizzes) {
    const responses: Record<string, QuizResponse> = {};
    for (const question of quiz.questions) responses[question.id] = longestResponse(question);
    state.quizzes[quiz.id] = { responses, attempts: MAX_COUNT, submitted: true, score: 100, passed: true };
  }
  return state;
}

function longestResponse(q: QuestionStructure): QuizResponse {
  switch (q.type) {
    case 'single-choice':
    case 'true-false':
      return q.options.slice(-1);
    case 'multiple-response':
    case 'sequencing':
      return [...q.options];
    case 'matching': {
      const targets = q.targets ?? [];
      return q.options.map((source, i) => `${source}.${targets[i % Math.max(1, targets.length)] ?? ''}`);
    }
  }
}

/**
 * Characters the largest state of `structure` takes as suspend_data (saved in the year 2100: the longest date), and
 * whether it fits SCORM 1.2's limit with every list short enough to be written one character per item.
 */
export function largestSuspendData(structure: CourseStructure): { length: number; limit: number; fits: boolean } {
  const listLengths = [
    structure.lessons.length,
    ...structure.scenarios.flatMap((s) => [s.endings.length, s.maxChoices]),
    ...structure.quizzes.flatMap((q) => q.questions.flatMap((x) => [x.options.length, x.targets?.length ?? 0])),
  ];
  const length = encodeState(largestState(structure), structure, Date.UTC(2100, 0, 1)).length;
  const fits = length <= SUSPEND_DATA_LIMIT_12 && listLengths.every((n) => n <= MAX_INDEX);
  return { length, limit: SUSPEND_DATA_LIMIT_12, fits };
}
