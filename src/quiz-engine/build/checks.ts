import type { DataPath } from '../../content-source/data-path.ts';
import type { Question } from './schema.ts';

/** A problem inside one question: the path is relative to the question. */
export interface QuestionIssue {
  path: DataPath;
  message: string;
}

/** Question ids: what the LMS reports answers under (SCORM 2004 allows much longer ids; 64 keeps reports readable). */
export const QUESTION_ID_PATTERN = /^[a-z][a-z0-9-]{2,63}$/;

// Words authors use to number things. An id made of one of them and a number (`q1`, `question-3`, `final-quiz-q2`)
// names a position, which changes when questions are reordered; the LMS would then mix up two questions' answers.
const COUNTERS =
  'q|qu|qn|qs|ques|quest|question|questions|quiz|item|no|nr|num|number|n|task|ex|exercise|check|test|step|part|answer|problem';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last';
const POSITIONAL = [
  /^-?\d+[a-z]?$/,
  new RegExp(`^(?:[a-z0-9]+-)*(?:${COUNTERS})-?\\d+[a-z]?$`),
  // Only a whole id in words: `tell-no-one` is a real name, `question-one` is a position.
  new RegExp(`^(?:${COUNTERS})-?(?:${NUMBER_WORDS})$`),
];

/** `q1`, `question-3`, `1`, `Q_2`, `final-quiz-q3`, `question-one`: ids that number questions instead of naming them. */
export function isPositionalId(id: string): boolean {
  const plain = id.toLowerCase().replace(/[_\s.]+/g, '-');
  return POSITIONAL.some((pattern) => pattern.test(plain));
}

export function questionIdProblem(id: string): string | undefined {
  if (isPositionalId(id))
    return `"${id}" numbers the question by its position; name it by what it asks, such as "spot-the-fake-profile", so that its id stays the same when questions are reordered`;
  if (!QUESTION_ID_PATTERN.test(id))
    return 'must be 3 to 64 lowercase letters, digits and "-", starting with a letter, such as "spot-the-fake-profile"';
  return undefined;
}

const quoted = (ids: readonly string[]) => [...new Set(ids)].map((id) => `"${id}"`).join(', ');

/** Every id used a second time in one list of a question (`options`, `steps`, `sources`, `targets`). */
function duplicateIds(items: readonly { id: string }[], list: string, noun: string): QuestionIssue[] {
  const first = new Map<string, number>();
  const issues: QuestionIssue[] = [];
  items.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      issues.push({
        path: [list, index, 'id'],
        message: `${noun} id "${id}" is used twice in this question (${noun}s ${earlier + 1} and ${index + 1}); give each ${noun} its own letter or digit`,
      });
  });
  return issues;
}

function unknownOption(id: string, known: readonly string[]): string {
  return `names option "${id}", which this question does not have; its options are ${quoted(known)}`;
}

/** What is wrong with a question whose shape is right: its id, answers that do not exist, ids used twice. */
export function questionIssues(question: Question): QuestionIssue[] {
  const idProblem = questionIdProblem(question.id);
  return [...(idProblem ? [{ path: ['id'], message: idProblem }] : []), ...answerIssues(question)];
}

function answerIssues(question: Question): QuestionIssue[] {
  switch (question.type) {
    case 'single-choice': {
      const ids = question.options.map((o) => o.id);
      const issues = duplicateIds(question.options, 'options', 'option');
      if (!ids.includes(question.correct))
        issues.push({ path: ['correct'], message: unknownOption(question.correct, ids) });
      return issues;
    }
    case 'multiple-response': {
      const ids = question.options.map((o) => o.id);
      const issues = duplicateIds(question.options, 'options', 'option');
      if (question.correct.length === 0)
        issues.push({ path: ['correct'], message: 'is empty; list every right option, such as [a, c]' });
      const named = new Set<string>();
      for (const id of question.correct) {
        if (!ids.includes(id)) issues.push({ path: ['correct'], message: unknownOption(id, ids) });
        else if (named.has(id)) issues.push({ path: ['correct'], message: `names option "${id}" twice` });
        named.add(id);
      }
      return issues;
    }
    case 'true-false':
      return [];
    case 'sequencing':
      return duplicateIds(question.steps, 'steps', 'step');
    case 'matching': {
      const targets = question.targets.map((t) => t.id);
      const issues = [
        ...duplicateIds(question.sources, 'sources', 'item'),
        ...duplicateIds(question.targets, 'targets', 'target'),
      ];
      question.sources.forEach((source, index) => {
        if (!targets.includes(source.match))
          issues.push({
            path: ['sources', index, 'match'],
            message: `names target "${source.match}", which this question does not have; its targets are ${quoted(targets)}`,
          });
      });
      return issues;
    }
  }
}
