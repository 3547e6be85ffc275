import { describe, expect, it } from 'vitest';
import type { MatchingQuestion, SequencingQuestion } from '../../../src/quiz-engine/build/schema.ts';
import { stableShuffle } from '../../../src/course-model/stable-order.ts';
import { shuffledSteps, shuffledTargets } from '../../../src/quiz-engine/browser/shuffle.ts';
import { questionOf, validQuiz } from './helpers.ts';

const letters = (n: number) => 'abcdefghijklmnopqrstuvwxyz'.slice(0, n).split('');

describe('stableShuffle', () => {
  it('gives the same order for the same seed, every time (pinned: a change would reorder live courses)', () => {
    expect(stableShuffle(letters(5), 'spot-the-fake-profile')).toEqual(['c', 'e', 'b', 'a', 'd']);
    expect(stableShuffle(letters(5), 'spot-the-fake-profile')).toEqual(['c', 'e', 'b', 'a', 'd']);
    expect(stableShuffle(letters(4), 'what-to-do-first')).toEqual(['c', 'a', 'd', 'b']);
  });

  it('keeps every item once', () => {
    const items = letters(9);
    expect([...stableShuffle(items, 'x')].sort()).toEqual(items);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['a-b', 'c-d', 'e-f', 'g-h', 'i-j'].map((seed) => stableShuffle(letters(6), seed).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never returns the original order for three items or more', () => {
    for (const n of [3, 4, 5, 6]) {
      for (let i = 0; i < 2000; i++) {
        expect(stableShuffle(letters(n), `question-seed-${i}`)).not.toEqual(letters(n));
      }
    }
  });

  it('leaves zero or one item as it is, and may keep two in order', () => {
    expect(stableShuffle([], 'x')).toEqual([]);
    expect(stableShuffle(['a'], 'x')).toEqual(['a']);
    const pairs = new Set(Array.from({ length: 50 }, (_, i) => stableShuffle(['a', 'b'], `s${i}`).join('')));
    expect(pairs).toEqual(new Set(['ab', 'ba']));
  });

  it('does not change its input', () => {
    const items = letters(4);
    stableShuffle(items, 'x');
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('shuffledSteps', () => {
  const question = questionOf(validQuiz(), 'sequencing');

  it('is seeded by the question id, not by the texts', () => {
    const first = shuffledSteps(question).map((s) => s.id);
    const reworded: SequencingQuestion = {
      ...question,
      steps: question.steps.map((s) => ({ ...s, text: `${s.text}!` })),
    };
    expect(shuffledSteps(reworded).map((s) => s.id)).toEqual(first);
    expect(first).not.toEqual(['a', 'b', 'c', 'd']);
  });

  it('never shows the right order, whatever the id', () => {
    for (let i = 0; i < 500; i++) {
      const q: SequencingQuestion = { ...question, id: `order-${i}`, steps: question.steps.slice(0, 3) };
      expect(shuffledSteps(q).map((s) => s.id)).not.toEqual(['a', 'b', 'c']);
    }
  });
});

describe('shuffledTargets', () => {
  const question = questionOf(validQuiz(), 'matching');

  it('offers every target, in a stable order', () => {
    expect(shuffledTargets(question).map((t) => t.id)).toEqual(['1', '4', '2', '3']);
  });

  it("never lines the targets up with the items (the first item's target first, and so on)", () => {
    const sources = [
      { id: 'a', text: 'A', match: '3' },
      { id: 'b', text: 'B', match: '1' },
      { id: 'c', text: 'C', match: '2' },
    ];
    for (let i = 0; i < 500; i++) {
      const q: MatchingQuestion = { ...question, id: `match-${i}`, sources, targets: question.targets.slice(0, 3) };
      expect(shuffledTargets(q).map((t) => t.id)).not.toEqual(['3', '1', '2']);
    }
  });
});
