import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/course-state/merge.ts';
import { emptyState, type CourseState } from '../../../src/course-state/state.ts';

const state = (change: (s: CourseState) => void): CourseState => {
  const s = emptyState();
  change(s);
  return s;
};

describe('the course open twice: two copies’ progress made one', () => {
  const mine = state((s) => {
    s.lessons['one'] = { visited: true, reachedEnd: true, completed: true };
    s.scenarios['chat'] = { path: [0, 1], endingsReached: ['safe'], attempts: 2 };
    s.quizzes['check'] = { responses: { q1: ['a'] }, attempts: 0, submitted: false };
    s.location = 'p1';
  });
  const theirs = state((s) => {
    s.lessons['one'] = { visited: true, reachedEnd: false, completed: false };
    s.lessons['two'] = { visited: true, reachedEnd: true, completed: false };
    s.scenarios['chat'] = { path: [1], endingsReached: ['risky', 'safe'], attempts: 3 };
    s.quizzes['check'] = { responses: { q1: ['b'], q2: ['c'] }, attempts: 0, submitted: false };
    s.quizzes['final'] = { responses: { f1: ['a'] }, attempts: 1, submitted: true, score: 100, passed: true };
    s.location = 'p2';
  });

  it('keeps whatever either copy has done, and this copy’s own place and answers where both hold one', () => {
    expect(mergeProgress(mine, theirs)).toEqual({
      lessons: {
        one: { visited: true, reachedEnd: true, completed: true },
        two: { visited: true, reachedEnd: true, completed: false },
      },
      scenarios: { chat: { path: [0, 1], endingsReached: ['safe', 'risky'], attempts: 3 } },
      quizzes: {
        check: { responses: { q1: ['a'], q2: ['c'] }, attempts: 0, submitted: false },
        final: { responses: { f1: ['a'] }, attempts: 1, submitted: true, score: 100, passed: true },
      },
      location: 'p1',
    });
  });

  it('keeps a quiz submitted over there as submitted, with the higher score, and this copy’s own answers', () => {
    const later = state((s) => {
      s.quizzes['check'] = { responses: { q1: ['b'] }, attempts: 1, submitted: true, score: 50, passed: false };
    });
    const scored = { ...mine, quizzes: { check: { ...mine.quizzes['check']!, score: 80, passed: true } } };
    expect(mergeProgress(scored, later).quizzes['check']).toEqual({
      responses: { q1: ['a'] },
      attempts: 1,
      submitted: true,
      score: 80,
      passed: true,
    });
  });

  it('changes nothing when the other copy has nothing new', () => {
    expect(mergeProgress(mine, emptyState())).toEqual(mine);
    expect(mergeProgress(mine, mine)).toEqual(mine);
  });
});
