import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, questionDescription, quizStructure } from '../../../src/quiz-engine/build/quiz-structure.ts';
import { validQuiz } from './helpers.ts';

describe('quizStructure', () => {
  it('gives the tracker every question with its options and its right response in the course form', () => {
    expect(quizStructure(validQuiz(), 'what-is-online-blackmail')).toEqual({
      id: 'what-is-online-blackmail-check',
      lesson: 'what-is-online-blackmail',
      scored: false,
      questions: [
        {
          id: 'spot-the-fake-profile',
          type: 'single-choice',
          description: 'Which of these is a warning sign?',
          options: ['a', 'b', 'c'],
          correct: ['b'],
          checks: 'warning-signs',
        },
        {
          id: 'what-to-keep',
          type: 'multiple-response',
          description: 'Which of these should you keep as evidence?',
          options: ['a', 'b', 'c'],
          correct: ['a', 'c'], // sorted, though the file says [c, a]
          checks: 'keep-evidence',
        },
        {
          id: 'paying-ends-it',
          type: 'true-false',
          description: 'If you pay, the blackmailer will stop.',
          options: ['true', 'false'],
          correct: ['false'],
          checks: 'stop-dont-pay',
        },
        {
          id: 'what-to-do-first',
          type: 'sequencing',
          description: 'Put these steps in order.',
          options: ['a', 'b', 'c', 'd'],
          correct: ['a', 'b', 'c', 'd'],
          checks: 'tell-trusted-adult',
        },
        {
          id: 'who-can-help',
          type: 'matching',
          description: 'Match each service to what it does.',
          options: ['a', 'b', 'c'],
          targets: ['1', '2', '3', '4'],
          correct: ['a.1', 'b.2', 'c.3'],
          checks: 'report-it',
        },
      ],
    });
  });

  it('keeps a scored quiz scored', () => {
    expect(quizStructure({ ...validQuiz(), scored: true }, 'final').scored).toBe(true);
  });
});

describe('questionDescription', () => {
  it('puts the prompt on one line', () => {
    expect(questionDescription('  Which of these\n  is a warning sign?  ')).toBe('Which of these is a warning sign?');
  });

  it('cuts a long prompt to 250 characters, ending with an ellipsis', () => {
    const description = questionDescription('word '.repeat(80));
    expect(description).toHaveLength(DESCRIPTION_MAX);
    expect(description.endsWith('word…')).toBe(true);
    expect(questionDescription(`${'x'.repeat(248)} yy`)).toBe(`${'x'.repeat(248)}…`); // no space before the ellipsis
    expect(questionDescription('x'.repeat(250))).toBe('x'.repeat(250));
    expect(questionDescription('x'.repeat(251))).toBe(`${'x'.repeat(249)}…`);
  });
});
