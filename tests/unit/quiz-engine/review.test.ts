import { describe, expect, it } from 'vitest';
import { answerLines, reviewQuestion } from '../../../src/quiz-engine/browser/review.ts';
import { questionOf, validQuiz } from './helpers.ts';

const quiz = validQuiz();

describe('reviewQuestion', () => {
  it('single choice: the chosen answer, then the right one when it was missed', () => {
    const q = questionOf(quiz, 'single-choice');
    expect(reviewQuestion(q, ['b'])).toEqual({
      correct: true,
      notes: [
        {
          kind: 'chosen',
          answer: { kind: 'text', text: 'Someone new asks you to move to a private app straight away.' },
          right: true,
          text: 'Moving fast to a private or disappearing-message app is a common trick.',
        },
      ],
    });
    expect(reviewQuestion(q, ['c']).notes.map((n) => n.kind !== 'general' && [n.kind, n.right])).toEqual([
      ['chosen', false],
      ['right-answer', true],
    ]);
  });

  it('multiple response: every choice with its feedback, then the right options missed', () => {
    const q = questionOf(quiz, 'multiple-response');
    const review = reviewQuestion(q, ['b', 'a']);
    expect(review.correct).toBe(false);
    expect(review.notes.map((n) => n.kind !== 'general' && [n.kind, n.right, n.text])).toEqual([
      ['chosen', true, 'Yes. Screenshots of the chat show what the blackmailer said.'],
      ['chosen', false, 'No. Never save or forward the images; the chat and the usernames are enough.'],
      ['also-right', true, 'Yes. These help the platform and the police find the account.'],
    ]);
  });

  it('true/false: the feedback for the answer given', () => {
    const q = questionOf(quiz, 'true-false');
    expect(reviewQuestion(q, ['true'])).toEqual({
      correct: false,
      notes: [
        {
          kind: 'chosen',
          answer: { kind: 'truth', value: true },
          right: false,
          text: 'Paying usually brings more demands, not fewer. Stop, and tell someone you trust.',
        },
      ],
    });
  });

  it("sequencing: the feedback, and when wrong the learner's order beside the right one", () => {
    const q = questionOf(quiz, 'sequencing');
    expect(reviewQuestion(q, ['a', 'b', 'c', 'd'])).toEqual({
      correct: true,
      notes: [{ kind: 'general', text: "That's the order that keeps you safest." }],
      compare: undefined,
    });
    const wrong = reviewQuestion(q, ['b', 'a', 'c', 'd']);
    expect(wrong.notes).toEqual([
      { kind: 'general', text: 'Stop replying first, so that the blackmailer gets nothing more.' },
    ]);
    expect(wrong.compare?.kind).toBe('order');
    expect(wrong.compare?.yours.map((l) => l.kind === 'text' && l.text)).toEqual([
      'Take screenshots',
      'Stop replying',
      'Tell a trusted adult',
      'Report the account',
    ]);
  });

  it('matching: the right pairs, and an item left without a match', () => {
    const q = questionOf(quiz, 'matching');
    const review = reviewQuestion(q, ['a.1', 'b.3']);
    expect(review.correct).toBe(false);
    expect(review.compare).toEqual({
      kind: 'matches',
      yours: [
        { kind: 'pair', source: 'Take It Down', target: 'Removes images of under-18s' },
        { kind: 'pair', source: 'Childline', target: 'Investigates the crime' },
        { kind: 'pair', source: 'The police', target: undefined },
      ],
      right: answerLines(q, ['a.1', 'b.2', 'c.3']),
    });
  });

  it('has nothing to say about a question not answered', () => {
    expect(reviewQuestion(questionOf(quiz, 'true-false'), [])).toEqual({ correct: false, notes: [] });
  });
});
