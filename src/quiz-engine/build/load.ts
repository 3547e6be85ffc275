import { ZodError, type ZodIssue } from 'zod';
import type { ContentProblem } from '../../content-source/problems.ts';
import { schemaProblems, type DescribePath } from '../../content-source/schema-problems.ts';
import { parseYaml, type DataPath, type YamlSource } from '../../content-source/yaml-source.ts';
import { questionIssues } from './checks.ts';
import { questionSchema, quizOf, type Quiz } from './schema.ts';

/** The quiz format with each question's meaning checked as well (checks.ts): every problem in one pass. */
const checkedQuizSchema = quizOf(
  questionSchema.superRefine((question, context) => {
    for (const issue of questionIssues(question))
      context.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  }),
);

export type QuizResult = { ok: true; quiz: Quiz } | { ok: false; problems: ContentProblem[] };

/** Reads a quiz file (`quiz.yaml`): the quiz, or every problem found, each with its line and question. */
export function parseQuiz(file: string, text: string): QuizResult {
  const yaml = parseYaml(file, text);
  return yaml.ok ? loadQuiz(yaml.source) : yaml;
}

/** Checks parsed YAML against the quiz format. */
export function loadQuiz(source: YamlSource): QuizResult {
  const describe = describeQuizPath(source.data);
  const parsed = checkedQuizSchema.safeParse(source.data);
  const problems: ContentProblem[] = [];
  if (!parsed.success) {
    const issues: ZodIssue[] = [];
    for (const issue of parsed.error.issues) {
      const { misread, rest } = splitMisreadKeys(issue);
      if (misread.length > 0) problems.push(problemAt(source, describe, issue.path, commaMessage(misread)));
      if (rest) issues.push(rest);
    }
    problems.push(...schemaProblems(source, new ZodError(issues), describe));
  }

  // Looked for in the raw data, so that they are reported even when a question is broken.
  for (const { path, message } of duplicateQuestionIds(source.data))
    problems.push(problemAt(source, describe, path, message));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: byLine(problems) };
  return { ok: true, quiz: parsed.data };
}

function problemAt(source: YamlSource, describe: DescribePath, path: DataPath, message: string): ContentProblem {
  return { file: source.file, line: source.lineOf(path), where: describe(path), message };
}

/**
 * `{ id: a, feedback: Yes, it helps }` reads as a field named "it helps": inside { } YAML ends a text at a comma.
 * Such "field names" (with a space or a full stop in them) get a message of their own; other unknown fields keep theirs.
 */
const isText = (key: string) => /[^A-Za-z0-9_-]/.test(key);

function splitMisreadKeys(issue: ZodIssue): { misread: string[]; rest: ZodIssue | undefined } {
  if (issue.code !== 'unrecognized_keys') return { misread: [], rest: issue };
  const misread = issue.keys.filter(isText);
  const keys = issue.keys.filter((key) => !isText(key));
  return { misread, rest: keys.length > 0 ? { ...issue, keys } : undefined };
}

function commaMessage(misread: readonly string[]): string {
  const texts = misread.map((key) => `"${key}"`).join(', ');
  return `reads ${texts} as a field name: inside { } a comma ends a text, so put a text that has a comma in quotes ('Yes, it helps.') or write each field on a line of its own`;
}

function byLine(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function rawQuestions(data: unknown): unknown[] {
  return isRecord(data) && Array.isArray(data['questions']) ? data['questions'] : [];
}

function rawId(question: unknown): string | undefined {
  const id = isRecord(question) ? question['id'] : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function duplicateQuestionIds(data: unknown): { path: DataPath; message: string }[] {
  const first = new Map<string, number>();
  const found: { path: DataPath; message: string }[] = [];
  rawQuestions(data).forEach((question, index) => {
    const id = rawId(question);
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      found.push({
        path: ['questions', index, 'id'],
        message: `question id "${id}" is already used by question ${earlier + 1}; give each question its own id`,
      });
  });
  return found;
}

// The lists inside a question, and what an author calls one of their items.
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  options: 'option',
  steps: 'step',
  sources: 'source',
  targets: 'target',
};

/**
 * A data path in the author's words: `question "spot-the-fake-profile", option 2, field "feedback"`.
 * Questions are named by their id (or their position when it has none); items inside them by position, 1-based.
 */
export function describeQuizPath(data: unknown): DescribePath {
  const questions = rawQuestions(data);
  return (path) => {
    const parts: string[] = [];
    let rest = [...path];
    const [head, index] = rest;
    if (head === 'questions' && typeof index === 'number') {
      const id = rawId(questions[index]);
      parts.push(id === undefined ? `question ${index + 1}` : `question "${id}"`);
      rest = rest.slice(2);
      const [list, item] = rest;
      const noun = typeof list === 'string' ? ITEM_NOUNS[list] : undefined;
      if (noun !== undefined && typeof item === 'number') {
        parts.push(`${noun} ${item + 1}`);
        rest = rest.slice(2);
      }
    }
    const field = rest.filter((key): key is string => typeof key === 'string');
    const item = rest.find((key): key is number => typeof key === 'number');
    if (field.length > 0) parts.push(`field "${field.join('.')}"` + (item === undefined ? '' : `, item ${item + 1}`));
    return parts.length > 0 ? parts.join(', ') : 'the file';
  };
}
