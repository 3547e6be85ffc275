import { describe, expect, it } from 'vitest';
import { correctResponse } from '../../../src/quiz-engine/browser/responses.ts';
import { isPassed, scoreQuestion, scoreQuiz } from '../../../src/quiz-engine/browser/scoring.ts';
import { questionOf, validQuiz } from './helpers.ts';

const quiz = validQuiz();

describe('scoreQuestion', () => {
  it('single choice: the right option only', () => {
    const q = questionOf(quiz, 'single-choice');
    expect(scoreQuestion(q, ['b'])).toBe(true);
    expect(scoreQuestion(q, ['a'])).toBe(false);
    expect(scoreQuestion(q, ['a', 'b'])).toBe(false);
    expect(scoreQuestion(q, [])).toBe(false);
    expect(scoreQuestion(q, undefined)).toBe(false);
  });

  it('multiple response: every right option and no other, in any order', () => {
    const q = questionOf(quiz, 'multiple-response');
    expect(scoreQuestion(q, ['a', 'c'])).toBe(true);
    expect(scoreQuestion(q, ['c', 'a'])).toBe(true);
    expect(scoreQuestion(q, ['a'])).toBe(false); // partly right is wrong: all or nothing
    expect(scoreQuestion(q, ['a', 'b', 'c'])).toBe(false);
    expect(scoreQuestion(q, ['b'])).toBe(false);
    expect(scoreQuestion(q, [])).toBe(false);
  });

  it('true/false', () => {
    const q = questionOf(quiz, 'true-false');
    expect(scoreQuestion(q, ['false'])).toBe(true);
    expect(scoreQuestion(q, ['true'])).toBe(false);
    expect(scoreQuestion(q, [])).toBe(false);
  });

  it('sequencing: the order is the answer', () => {
    const q = questionOf(quiz, 'sequencing');
    expect(scoreQuestion(q, ['a', 'b', 'c', 'd'])).toBe(true);
    expect(scoreQuestion(q, ['a', 'b', 'd', 'c'])).toBe(false);
    expect(scoreQuestion(q, ['d', 'c', 'b', 'a'])).toBe(false);
    expect(scoreQuestion(q, ['a', 'b', 'c'])).toBe(false);
  });

  it('matching: every item with its target, in any order', () => {
    const q = questionOf(quiz, 'matching');
    expect(scoreQuestion(q, ['a.1', 'b.2', 'c.3'])).toBe(true);
    expect(scoreQuestion(q, ['c.3', 'a.1', 'b.2'])).toBe(true);
    expect(scoreQuestion(q, ['a.1', 'b.2'])).toBe(false);
    expect(scoreQuestion(q, ['a.1', 'b.2', 'c.4'])).toBe(false);
    expect(scoreQuestion(q, ['a.2', 'b.1', 'c.3'])).toBe(false);
  });

  it('the right response of every question scores as right', () => {
    for (const q of quiz.questions) expect(scoreQuestion(q, correctResponse(q))).toBe(true);
  });
});

describe('scoreQuiz', () => {
  const all = Object.fromEntries(quiz.questions.map((q) => [q.id, correctResponse(q)]));

  it('is 100 when every answer is right, 0 when none is given', () => {
    expect(scoreQuiz(quiz, all)).toBe(100);
    expect(scoreQuiz(quiz, {})).toBe(0);
  });

  it('counts a missing or partly right answer as wrong, and rounds to a whole number', () => {
    expect(scoreQuiz(quiz, { ...all, 'what-to-keep': ['a'] })).toBe(80);
    const { 'paying-ends-it': _omitted, ...fourAnswered } = all;
    expect(scoreQuiz(quiz, fourAnswered)).toBe(80);
    const three = { questions: quiz.questions.slice(0, 3) };
    expect(scoreQuiz(three, { ...all, 'paying-ends-it': ['true'] })).toBe(67);
    expect(scoreQuiz(three, { 'spot-the-fake-profile': ['b'] })).toBe(33);
  });

  it('is 0 for a quiz without questions', () => {
    expect(scoreQuiz({ questions: [] }, {})).toBe(0);
  });
});

describe('isPassed', () => {
  it('passes at the mastery score and above', () => {
    expect(isPassed(80, 80)).toBe(true);
    expect(isPassed(79, 80)).toBe(false);
    expect(isPassed(0, 0)).toBe(true);
  });
});
