import type { CourseStructure, LessonStructure } from '../course-model/structure.ts';
import type { CourseEvent, QuizResponse } from './events.ts';

export interface LessonProgress {
  visited: boolean;
  reachedEnd: boolean;
  /** Set once every completion rule of the lesson holds; never unset. */
  completed: boolean;
}

export interface ScenarioProgress {
  /** Choice indexes of the current attempt, loop-free; where a reload resumes. */
  path: number[];
  /** Ending of the current attempt, once reached. */
  ending?: string | undefined;
  /** Every ending reached in any attempt, in the order first reached. */
  endingsReached: string[];
  /** Attempts started. */
  attempts: number;
}

export interface QuizProgress {
  /** Responses of the current attempt, by question id. */
  responses: Record<string, QuizResponse>;
  /** Attempts submitted. */
  attempts: number;
  /** Whether the current attempt has been submitted. */
  submitted: boolean;
  /** Score (0-100) and pass of the last submitted attempt. */
  score?: number | undefined;
  passed?: boolean | undefined;
}

export interface CourseState {
  lessons: Record<string, LessonProgress>;
  scenarios: Record<string, ScenarioProgress>;
  quizzes: Record<string, QuizProgress>;
  /** Page the learner was last on. */
  location: string;
}

export function emptyState(): CourseState {
  return { lessons: {}, scenarios: {}, quizzes: {}, location: '' };
}

const lessonOf = (s: CourseState, id: string): LessonProgress =>
  s.lessons[id] ?? { visited: false, reachedEnd: false, completed: false };
const scenarioOf = (s: CourseState, id: string): ScenarioProgress =>
  s.scenarios[id] ?? { path: [], endingsReached: [], attempts: 0 };
const quizOf = (s: CourseState, id: string): QuizProgress =>
  s.quizzes[id] ?? { responses: {}, attempts: 0, submitted: false };

/** The state after an event. Pure: returns a new object, never changes `state`. */
export function applyEvent(state: CourseState, event: CourseEvent, structure: CourseStructure): CourseState {
  const next = applyToPart(state, event);
  return next === state ? state : withCompletion(next, structure);
}

function applyToPart(s: CourseState, e: CourseEvent): CourseState {
  switch (e.type) {
    case 'lesson.visited':
      return { ...s, lessons: { ...s.lessons, [e.lesson]: { ...lessonOf(s, e.lesson), visited: true } } };
    case 'lesson.endReached':
      return {
        ...s,
        lessons: { ...s.lessons, [e.lesson]: { ...lessonOf(s, e.lesson), visited: true, reachedEnd: true } },
      };
    case 'scenario.started': {
      const p = scenarioOf(s, e.scenario);
      return {
        ...s,
        scenarios: { ...s.scenarios, [e.scenario]: { ...p, path: [], ending: undefined, attempts: p.attempts + 1 } },
      };
    }
    case 'scenario.choiceMade':
    case 'scenario.wentBack': {
      const p = scenarioOf(s, e.scenario);
      return {
        ...s,
        scenarios: { ...s.scenarios, [e.scenario]: { ...p, path: [...e.path], ending: undefined } },
      };
    }
    case 'scenario.endingReached': {
      const p = scenarioOf(s, e.scenario);
      const endingsReached = p.endingsReached.includes(e.ending) ? p.endingsReached : [...p.endingsReached, e.ending];
      return {
        ...s,
        scenarios: { ...s.scenarios, [e.scenario]: { ...p, path: [...e.path], ending: e.ending, endingsReached } },
      };
    }
    case 'quiz.drafted':
    case 'quiz.answered': {
      const q = quizOf(s, e.quiz);
      return {
        ...s,
        quizzes: { ...s.quizzes, [e.quiz]: { ...q, responses: { ...q.responses, [e.question]: [...e.response] } } },
      };
    }
    case 'quiz.submitted': {
      const q = quizOf(s, e.quiz);
      return {
        ...s,
        quizzes: {
          ...s.quizzes,
          [e.quiz]: { ...q, submitted: true, attempts: q.attempts + 1, score: e.score, passed: e.passed },
        },
      };
    }
    case 'quiz.retried': {
      const q = quizOf(s, e.quiz);
      return { ...s, quizzes: { ...s.quizzes, [e.quiz]: { ...q, responses: {}, submitted: false } } };
    }
    case 'location.changed':
      return s.location === e.location ? s : { ...s, location: e.location };
  }
}

/** Marks lessons whose every completion rule holds as completed (completion never goes back). */
export function withCompletion(s: CourseState, structure: CourseStructure): CourseState {
  let lessons = s.lessons;
  for (const lesson of structure.lessons) {
    const progress = lessonOf(s, lesson.id);
    if (progress.completed) continue;
    const done = lesson.completion.every((rule) => {
      if (rule.kind === 'reach-end') return progress.reachedEnd;
      if (rule.kind === 'finish-scenario') return scenarioOf(s, rule.scenario).endingsReached.length > 0;
      return quizOf(s, rule.quiz).attempts > 0;
    });
    if (done) lessons = { ...lessons, [lesson.id]: { ...progress, visited: true, completed: true } };
  }
  return lessons === s.lessons ? s : { ...s, lessons };
}

/** Course-level results, in the words the LMS uses. */
export interface CourseResult {
  /** Share of required lessons completed, 0-1 (SCORM 2004 `progress_measure`). */
  progress: number;
  /** Every required lesson completed, and the scored quiz (if any) submitted. */
  completed: boolean;
  /** Score 0-100 of the scored quiz, once submitted. */
  score?: number | undefined;
  /** Pass or fail against the mastery score, once the scored quiz is submitted. */
  passed?: boolean | undefined;
}

export function courseResult(s: CourseState, structure: CourseStructure): CourseResult {
  const required = structure.lessons.filter((l) => l.required);
  const done = required.filter((l) => s.lessons[l.id]?.completed).length;
  const scored = structure.quizzes.find((q) => q.scored);
  const quiz = scored ? s.quizzes[scored.id] : undefined;
  const quizDone = !scored || (quiz?.attempts ?? 0) > 0;
  return {
    progress: required.length === 0 ? 1 : done / required.length,
    completed: done === required.length && quizDone,
    score: quiz && quiz.attempts > 0 ? quiz.score : undefined,
    passed: quiz && quiz.attempts > 0 ? quiz.passed : undefined,
  };
}

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

/** How far the learner is with a lesson, in the words of the lesson list. */
export function lessonStatus(s: CourseState, lesson: string): LessonStatus {
  const progress = s.lessons[lesson];
  if (progress?.completed) return 'completed';
  return progress?.visited ? 'in-progress' : 'not-started';
}

/**
 * Where "Continue" takes the learner: the first lesson, in course order, that is not completed yet (required ones
 * first); undefined when every lesson is completed.
 */
export function nextLesson(s: CourseState, structure: CourseStructure): LessonStructure | undefined {
  const open = structure.lessons.filter((lesson) => !s.lessons[lesson.id]?.completed);
  return open.find((lesson) => lesson.required) ?? open[0];
}
