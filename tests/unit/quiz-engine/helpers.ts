import { readFileSync } from 'node:fs';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { parseQuiz } from '../../../src/quiz-engine/build/load.ts';
import type { Question, QuestionOfType, Quiz } from '../../../src/quiz-engine/build/schema.ts';

export const FILE = 'src/modules/test-lesson/quiz.yaml';

/** The fixture with one question of every type (tests/fixtures/quizzes/valid.yaml). */
export function validQuiz(): Quiz {
  const text = readFileSync(new URL('../../fixtures/quizzes/valid.yaml', import.meta.url), 'utf8');
  const result = parseQuiz(FILE, text);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.quiz;
}

export function questionOf<T extends Question['type']>(quiz: Quiz, type: T): QuestionOfType<T> {
  const question = quiz.questions.find((q): q is QuestionOfType<T> => q.type === type);
  if (!question) throw new Error(`no ${type} question in the fixture`);
  return question;
}

/** A quiz file with these questions (YAML, indented as list items under `questions:`), starting on line 5. */
export function quizText(questions: string): string {
  return `id: test-check\ntitle: Test\nscored: false\nquestions:\n${questions}`;
}

/** The problems of a quiz file, formatted as `npm run check` prints them. */
export function problemsOf(text: string): string[] {
  const result = parseQuiz(FILE, text);
  return result.ok ? [] : result.problems.map(formatProblem);
}
