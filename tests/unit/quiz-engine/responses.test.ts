import { describe, expect, it } from 'vitest';
import {
  correctResponse,
  initialResponse,
  isAnswered,
  matchesOf,
  moveStep,
  normalizeResponse,
  withMatch,
  withToggled,
} from '../../../src/quiz-engine/browser/responses.ts';
import { questionOf, validQuiz } from './helpers.ts';

const quiz = validQuiz();

describe('responses', () => {
  it('writes right responses in the course form of events.ts', () => {
    expect(quiz.questions.map(correctResponse)).toEqual([
      ['b'],
      ['a', 'c'],
      ['false'],
      ['a', 'b', 'c', 'd'],
      ['a.1', 'b.2', 'c.3'],
    ]);
  });

  it('sorts sets and keeps orders', () => {
    expect(normalizeResponse(questionOf(quiz, 'multiple-response'), ['c', 'a', 'c'])).toEqual(['a', 'c']);
    expect(normalizeResponse(questionOf(quiz, 'matching'), ['c.3', 'a.1'])).toEqual(['a.1', 'c.3']);
    expect(normalizeResponse(questionOf(quiz, 'sequencing'), ['d', 'a', 'c', 'b'])).toEqual(['d', 'a', 'c', 'b']);
  });

  it('starts a sequencing question in its shuffled order and every other question empty', () => {
    expect(initialResponse(questionOf(quiz, 'sequencing'))).toEqual(['c', 'a', 'd', 'b']);
    expect(initialResponse(questionOf(quiz, 'single-choice'))).toEqual([]);
  });

  it('says when enough is chosen to check', () => {
    expect(isAnswered(questionOf(quiz, 'single-choice'), [])).toBe(false);
    expect(isAnswered(questionOf(quiz, 'single-choice'), ['a'])).toBe(true);
    expect(isAnswered(questionOf(quiz, 'multiple-response'), ['b'])).toBe(true);
    expect(isAnswered(questionOf(quiz, 'true-false'), undefined)).toBe(false);
    expect(isAnswered(questionOf(quiz, 'sequencing'), undefined)).toBe(true);
    expect(isAnswered(questionOf(quiz, 'matching'), ['a.1', 'b.2'])).toBe(false);
    expect(isAnswered(questionOf(quiz, 'matching'), ['a.1', 'b.2', 'c.4'])).toBe(true);
  });

  it('changes a matching response one item at a time', () => {
    const q = questionOf(quiz, 'matching');
    let response = withMatch(q, [], 'c', '3');
    response = withMatch(q, response, 'a', '2');
    expect(response).toEqual(['a.2', 'c.3']);
    response = withMatch(q, response, 'a', '1');
    expect(response).toEqual(['a.1', 'c.3']);
    expect(withMatch(q, response, 'c', '')).toEqual(['a.1']);
    expect(matchesOf(['a.1', 'c.3'])).toEqual(
      new Map([
        ['a', '1'],
        ['c', '3'],
      ]),
    );
  });

  it('ticks and unticks options', () => {
    expect(withToggled(['c'], 'a', true)).toEqual(['a', 'c']);
    expect(withToggled(['a', 'c'], 'a', false)).toEqual(['c']);
  });

  it('moves a step up or down, and not past either end', () => {
    const order = ['c', 'a', 'd', 'b'];
    expect(moveStep(order, 1, -1)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveStep(order, 1, 1)).toEqual(['c', 'd', 'a', 'b']);
    expect(moveStep(order, 0, -1)).toBe(order);
    expect(moveStep(order, 3, 1)).toBe(order);
    expect(order).toEqual(['c', 'a', 'd', 'b']);
  });
});
