import { describe, expect, it } from 'vitest';
import type { CourseStructure } from '../../../src/course-model/structure.ts';
import type { CourseEvent } from '../../../src/course-state/events.ts';
import {
  applyEvent,
  courseResult,
  emptyState,
  lessonStatus,
  nextLesson,
  type CourseState,
} from '../../../src/course-state/state.ts';

const structure: CourseStructure = {
  id: 'test',
  title: 'Test',
  language: 'en',
  fingerprint: 'abcdefgh',
  masteryScore: 80,
  quizAttempts: 0,
  reportScenarioOutcomes: false,
  quickExitUrl: 'exit.html',
  lessons: [
    {
      id: 'one',
      title: 'One',
      page: 'one.html',
      required: true,
      completion: [{ kind: 'reach-end' }, { kind: 'finish-scenario', scenario: 'chat' }],
    },
    {
      id: 'final',
      title: 'Final',
      page: 'final.html',
      required: true,
      completion: [{ kind: 'finish-quiz', quiz: 'final' }],
    },
  ],
  scenarios: [{ id: 'chat', endings: ['safe', 'unsafe'], maxChoices: 3, longestPath: 4 }],
  quizzes: [{ id: 'final', lesson: 'final', scored: true, questions: [] }],
};

const run = (events: CourseEvent[], from: CourseState = emptyState()) =>
  events.reduce((state, event) => applyEvent(state, event, structure), from);

describe('course state', () => {
  it('completes a lesson only when every one of its rules holds, and never un-completes it', () => {
    const halfway = run([
      { type: 'lesson.visited', lesson: 'one' },
      { type: 'lesson.endReached', lesson: 'one' },
    ]);
    expect(halfway.lessons['one']).toEqual({ visited: true, reachedEnd: true, completed: false });
    const done = run(
      [
        { type: 'scenario.started', scenario: 'chat' },
        { type: 'scenario.endingReached', scenario: 'chat', ending: 'safe', outcome: 'safe', path: [0, 1] },
      ],
      halfway,
    );
    expect(done.lessons['one']?.completed).toBe(true);
    const again = run([{ type: 'scenario.started', scenario: 'chat' }], done);
    expect(again.lessons['one']?.completed).toBe(true);
    expect(again.scenarios['chat']).toEqual({ path: [], ending: undefined, endingsReached: ['safe'], attempts: 2 });
  });

  it('keeps the path of the current attempt and every ending reached once', () => {
    const state = run([
      { type: 'scenario.started', scenario: 'chat' },
      { type: 'scenario.choiceMade', scenario: 'chat', node: 'a', choice: 2, rating: 'risky', path: [2] },
      { type: 'scenario.endingReached', scenario: 'chat', ending: 'unsafe', outcome: 'unsafe', path: [2, 0] },
      { type: 'scenario.wentBack', scenario: 'chat', path: [2] },
      { type: 'scenario.endingReached', scenario: 'chat', ending: 'unsafe', outcome: 'unsafe', path: [2, 0] },
    ]);
    expect(state.scenarios['chat']).toEqual({
      path: [2, 0],
      ending: 'unsafe',
      endingsReached: ['unsafe'],
      attempts: 1,
    });
  });

  it('keeps drafts and answers of a quiz until it is retried, and counts submissions', () => {
    const answered = run([
      { type: 'quiz.drafted', quiz: 'final', question: 'q-a', response: ['b'] },
      {
        type: 'quiz.answered',
        quiz: 'final',
        question: 'q-b',
        response: ['a', 'c'],
        correct: true,
        latencyMs: 5,
        at: 1,
      },
      { type: 'quiz.submitted', quiz: 'final', score: 50, passed: false },
    ]);
    expect(answered.quizzes['final']).toEqual({
      responses: { 'q-a': ['b'], 'q-b': ['a', 'c'] },
      attempts: 1,
      submitted: true,
      score: 50,
      passed: false,
    });
    const retried = run([{ type: 'quiz.retried', quiz: 'final' }], answered);
    expect(retried.quizzes['final']).toMatchObject({ responses: {}, attempts: 1, submitted: false, score: 50 });
  });

  it('reports the course complete once every required lesson is done and the scored quiz submitted', () => {
    const lessonDone = run([
      { type: 'lesson.endReached', lesson: 'one' },
      { type: 'scenario.endingReached', scenario: 'chat', ending: 'safe', outcome: 'safe', path: [0] },
    ]);
    expect(courseResult(lessonDone, structure)).toEqual({
      progress: 0.5,
      completed: false,
      score: undefined,
      passed: undefined,
    });
    const all = run([{ type: 'quiz.submitted', quiz: 'final', score: 90, passed: true }], lessonDone);
    expect(courseResult(all, structure)).toEqual({ progress: 1, completed: true, score: 90, passed: true });
  });

  it('gives each lesson its status, and Continue the first lesson not completed, never one already done', () => {
    expect(lessonStatus(emptyState(), 'one')).toBe('not-started');
    expect(nextLesson(emptyState(), structure)?.id).toBe('one');
    // Looking at the final lesson first does not move Continue past the unfinished first one.
    const peeked = run([{ type: 'lesson.visited', lesson: 'final' }]);
    expect(lessonStatus(peeked, 'final')).toBe('in-progress');
    expect(nextLesson(peeked, structure)?.id).toBe('one');
    const firstDone = run(
      [
        { type: 'lesson.visited', lesson: 'one' },
        { type: 'lesson.endReached', lesson: 'one' },
        { type: 'scenario.endingReached', scenario: 'chat', ending: 'safe', outcome: 'safe', path: [0] },
      ],
      peeked,
    );
    expect(lessonStatus(firstDone, 'one')).toBe('completed');
    expect(nextLesson(firstDone, structure)?.id).toBe('final');
    const allDone = run([{ type: 'quiz.submitted', quiz: 'final', score: 90, passed: true }], firstDone);
    expect(nextLesson(allDone, structure)).toBeUndefined();
  });

  it('returns the same object when nothing changes, so that nothing is saved for nothing', () => {
    const state = run([{ type: 'location.changed', location: 'one.html' }]);
    expect(applyEvent(state, { type: 'location.changed', location: 'one.html' }, structure)).toBe(state);
  });
});
