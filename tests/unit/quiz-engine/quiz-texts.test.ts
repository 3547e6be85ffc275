import { describe, expect, it } from 'vitest';
import english from '../../../src/i18n/en/quiz.json';
import { answerText, quizTexts } from '../../../src/quiz-engine/browser/quiz-texts.ts';

const messages = {
  ...Object.fromEntries(Object.entries(english).map(([key, text]) => [`quiz.${key}`, text])),
  'core.keep-evidence.title': 'Keep the evidence',
};

describe('quizTexts', () => {
  it('reads quiz.* texts and fills their parameters', () => {
    const { t, coreTitle } = quizTexts(messages);
    expect(t('check')).toBe('Check answer');
    expect(t('moveUpLabel', { step: 'Stop replying' })).toBe('Move up: Stop replying');
    expect(coreTitle('keep-evidence')).toBe('Keep the evidence');
  });

  it('refuses, while the page is built, a core message the quiz needs and the messages lack', () => {
    expect(() => quizTexts(messages, ['keep-evidence', 'report-it'])).toThrow(
      'Missing interface text "core.report-it.title"',
    );
  });

  it('puts answers into words', () => {
    const { t } = quizTexts(messages);
    expect(answerText({ kind: 'truth', value: false }, t)).toBe('False');
    expect(answerText({ kind: 'pair', source: 'Childline', target: undefined }, t)).toBe('Childline: no match chosen');
  });

  it('keeps every English text short and without stray spaces', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(text.length, key).toBeLessThan(140);
      expect(text.trim(), key).toBe(text);
    }
  });
});
