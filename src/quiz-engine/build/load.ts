import type { ContentProblem } from '../../content-source/problems.ts';
import { checkSchema } from '../../content-source/schema-problems.ts';
import type { DataPath, DescribePath } from '../../content-source/data-path.ts';
import { parseYaml, type YamlSource } from '../../content-source/yaml-source.ts';
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
  const checked = checkSchema(source, checkedQuizSchema, describe);
  const problems: ContentProblem[] = checked.ok ? [] : [...checked.problems];
  // Looked for in the raw data, so that they are reported even when a question is broken.
  for (const { path, message } of duplicateQuestionIds(source.data)) {
    problems.push({ file: source.file, line: source.lineOf(path), where: describe(path), message });
  }
  if (!checked.ok || problems.length > 0) return { ok: false, problems: byLine(problems) };
  return { ok: true, quiz: checked.data };
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
