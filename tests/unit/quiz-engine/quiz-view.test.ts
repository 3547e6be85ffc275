import { describe, expect, it } from 'vitest';
import type { QuizProgress } from '../../../src/course-state/state.ts';
import { QuestionClock } from '../../../src/quiz-engine/browser/latency.ts';
import {
  canRetry,
  checkCompletion,
  questionViews,
  quizPhase,
  quizResults,
  submission,
} from '../../../src/quiz-engine/browser/quiz-view.ts';
import { correctResponse } from '../../../src/quiz-engine/browser/responses.ts';
import { validQuiz } from './helpers.ts';

const check = validQuiz();
const final = { ...check, id: 'final-quiz', scored: true };
const right = Object.fromEntries(check.questions.map((q) => [q.id, correctResponse(q)]));
const progress = (p: Partial<QuizProgress>): QuizProgress => ({ responses: {}, attempts: 0, submitted: false, ...p });

describe('questionViews', () => {
  it('shows drafts over saved responses, and a sequencing question in its shuffled order', () => {
    const views = questionViews(check, progress({ responses: { 'spot-the-fake-profile': ['a'] } }), {
      'paying-ends-it': ['true'],
    });
    expect(views.map((v) => v.response)).toEqual([['a'], [], ['true'], ['c', 'a', 'd', 'b'], []]);
    expect(views.map((v) => v.answered)).toEqual([true, false, true, true, false]);
    expect(views.map((v) => v.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('in a knowledge check, shows the feedback of a checked answer while the inputs show it', () => {
    const saved = progress({ responses: { 'what-to-keep': ['a', 'c'] } });
    expect(questionViews(check, saved, {})[1]?.review?.correct).toBe(true);
    expect(questionViews(check, saved, { 'what-to-keep': ['c', 'a'] })[1]?.review?.correct).toBe(true);
    expect(questionViews(check, saved, { 'what-to-keep': ['a'] })[1]?.review).toBeUndefined();
  });

  it('in the scored quiz, shows no feedback before the results', () => {
    expect(questionViews(final, progress({ responses: right }), {}).every((v) => v.review === undefined)).toBe(true);
  });
});

describe('quizPhase', () => {
  it('shows results only for a submitted scored quiz', () => {
    expect(quizPhase(final, undefined)).toBe('answering');
    expect(quizPhase(final, progress({ submitted: true, attempts: 1 }))).toBe('results');
    expect(quizPhase(check, progress({ submitted: true, attempts: 1 }))).toBe('answering');
  });
});

describe('submission', () => {
  it('gives every answer in the course form, the score and the pass', () => {
    const views = questionViews(final, undefined, { ...right, 'what-to-keep': ['c', 'a', 'b'] });
    expect(submission(final, views, 80)).toEqual({
      answers: [
        { question: 'spot-the-fake-profile', response: ['b'], correct: true },
        { question: 'what-to-keep', response: ['a', 'b', 'c'], correct: false },
        { question: 'paying-ends-it', response: ['false'], correct: true },
        { question: 'what-to-do-first', response: ['a', 'b', 'c', 'd'], correct: true },
        { question: 'who-can-help', response: ['a.1', 'b.2', 'c.3'], correct: true },
      ],
      score: 80,
      passed: true,
    });
  });
});

describe('checkCompletion', () => {
  it('finishes a knowledge check once, when every question has been checked', () => {
    const { 'who-can-help': _last, ...four } = right;
    expect(checkCompletion(check, progress({ responses: four }), 80)).toBeUndefined();
    expect(checkCompletion(check, progress({ responses: right }), 80)).toEqual({ score: 100, passed: true });
    expect(checkCompletion(check, progress({ responses: right, attempts: 1, submitted: true }), 80)).toBeUndefined();
    expect(checkCompletion(final, progress({ responses: right }), 80)).toBeUndefined();
  });
});

describe('quizResults', () => {
  const submitted = progress({
    responses: {
      ...right,
      'spot-the-fake-profile': ['a'],
      'what-to-keep': ['a'],
      'who-can-help': ['a.2', 'b.1', 'c.3'],
    },
    attempts: 1,
    submitted: true,
    score: 40,
    passed: false,
  });

  it('gives the score, the pass and what to revisit (each core message once, in question order)', () => {
    const results = quizResults(final, submitted, { masteryScore: 80, quizAttempts: 2 });
    expect({ ...results, questions: results.questions.map((q) => [q.question.id, q.correct]) }).toEqual({
      score: 40,
      correctCount: 2,
      total: 5,
      passed: false,
      masteryScore: 80,
      attemptsUsed: 1,
      attemptsAllowed: 2,
      canRetry: true,
      revisit: ['warning-signs', 'keep-evidence', 'report-it'],
      questions: [
        ['spot-the-fake-profile', false],
        ['what-to-keep', false],
        ['paying-ends-it', true],
        ['what-to-do-first', true],
        ['who-can-help', false],
      ],
    });
  });

  it('allows no more attempts than the course gives; 0 means no limit', () => {
    expect(quizResults(final, { ...submitted, attempts: 2 }, { masteryScore: 80, quizAttempts: 2 }).canRetry).toBe(
      false,
    );
    expect(quizResults(final, { ...submitted, attempts: 9 }, { masteryScore: 80, quizAttempts: 0 }).canRetry).toBe(
      true,
    );
    expect(canRetry(1, 1)).toBe(false);
  });

  it('works out the pass when the saved progress has none', () => {
    const { score: _s, passed: _p, ...bare } = submitted;
    expect(quizResults(final, bare, { masteryScore: 40, quizAttempts: 0 })).toMatchObject({ score: 40, passed: true });
    expect(quizResults(final, bare, undefined)).toMatchObject({ passed: undefined, masteryScore: undefined });
  });
});

describe('QuestionClock', () => {
  it('measures from when a question is first seen to its last change', () => {
    let now = 1000;
    const clock = new QuestionClock(() => now);
    clock.seen('q');
    now = 1500;
    clock.seen('q'); // seen again: still timed from the first time
    now = 4000;
    clock.changed('q');
    now = 9000;
    expect(clock.latency('q')).toBe(3000);
  });

  it('measures to now when nothing changed, and starts again after a check or a new attempt', () => {
    let now = 0;
    const clock = new QuestionClock(() => now);
    clock.seen('a');
    now = 2500;
    expect(clock.latency('a')).toBe(2500);
    clock.restart('a');
    now = 3000;
    expect(clock.latency('a')).toBe(500);
    clock.restart();
    expect(clock.latency('a')).toBe(0);
  });
});
