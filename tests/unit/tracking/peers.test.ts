import { describe, expect, it } from 'vitest';
import { emptyState, type CourseState } from '../../../src/course-state/state.ts';
import { answerPeer } from '../../../src/tracking/peers.ts';

const state = (change: (s: CourseState) => void): CourseState => {
  const s = emptyState();
  change(s);
  return s;
};
const done = (s: CourseState, lesson: string) =>
  (s.lessons[lesson] = { visited: true, reachedEnd: true, completed: true });

describe('two copies of the course open at once', () => {
  const a = state((s) => done(s, 'one'));
  const b = state((s) => done(s, 'two'));

  it('each takes in what the other has, and says so when the other lacks what it has', () => {
    const answer = answerPeer(a, b);
    expect(answer.adopt?.lessons).toEqual({ one: a.lessons['one'], two: b.lessons['two'] });
    expect(answer.reply).toBe(true);
  });

  it('a copy opened later from older data is told, while the copy that has it all changes nothing', () => {
    const older = emptyState();
    expect(answerPeer(a, older)).toEqual({ adopt: undefined, reply: true });
    expect(answerPeer(older, a).reply).toBe(false);
  });

  it('two copies on different pages, or at different places of a chat, never answer each other for ever', () => {
    const here = { ...a, location: 'p1', scenarios: { chat: { path: [0], endingsReached: [], attempts: 1 } } };
    const there = { ...a, location: 'p2', scenarios: { chat: { path: [1, 0], endingsReached: [], attempts: 1 } } };
    expect(answerPeer(here, there)).toEqual({ adopt: undefined, reply: false });
  });
});
