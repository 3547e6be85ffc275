import { defaultErrorMap, type z, type ZodIssue, type ZodTypeAny } from 'zod';
import type { ContentProblem } from './problems.ts';
import { knownFields } from './schema-fields.ts';
import { closestId, didYouMean } from './suggest.ts';
import { describeField, valueAt, type DataPath, type DescribePath } from './data-path.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * The one error map of the course: a schema's complaint in the course's own words, for every file a schema checks
 * (lessons, quizzes, scenarios, helplines, the teacher site's data, the build options). A message a schema gives
 * itself (`.min(1, 'needs at least one question')`) is the author's hint and is kept; only zod's own words are
 * replaced.
 */

/** A schema problem before it is placed: the part it is about, the path of its line, what is wrong. */
export interface FieldProblem {
  path: DataPath;
  /** Where to show it: an unknown field where it is written, anything else where its part is. */
  at: DataPath;
  message: string;
}

export type SchemaResult<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

/** Checks a parsed file against its schema: the data, or every problem with its line and field. */
export function checkSchema<S extends ZodTypeAny>(
  source: YamlSource,
  schema: S,
  describe: DescribePath = describeField,
): SchemaResult<z.output<S>> {
  const result = schema.safeParse(source.data);
  if (result.success) return { ok: true, data: result.data as z.output<S> };
  return {
    ok: false,
    problems: fieldProblems(schema, source.data, result.error.issues).map((problem) => ({
      file: source.file,
      line: source.lineOf(problem.at),
      where: describe(problem.path),
      message: problem.message,
    })),
  };
}

/**
 * Schema issues in the course's words. One mistake gives one problem: a misspelt field is named with the field it
 * was meant to be, and that field is not reported missing as well; a union reports the member the data comes closest
 * to, not every member's complaint.
 */
export function fieldProblems(schema: ZodTypeAny, data: unknown, issues: readonly ZodIssue[]): FieldProblem[] {
  const flat = issues.flatMap((issue) => closestMember(schema, data, issue));
  const meant = new Set<string>();
  const fields = new Map<ZodIssue, Fields>();
  for (const issue of flat) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownFields(schema, data, issue.path);
    const closest = issue.keys.map((key) => (isText(key) ? undefined : closestId(key, known)));
    fields.set(issue, { known, closest });
    for (const field of closest) if (field !== undefined) meant.add(JSON.stringify([...issue.path, field]));
  }
  return flat.flatMap((issue): FieldProblem[] => {
    const known = fields.get(issue);
    if (issue.code === 'unrecognized_keys' && known) return unknownFieldProblems(issue, known);
    if (isMissing(issue) && meant.has(JSON.stringify(issue.path))) return [];
    return [{ path: issue.path, at: issue.path, message: issueMessage(issue, valueAt(data, issue.path)) }];
  });
}

/**
 * `{ id: a, feedback: Yes, it helps }` reads as a field named "it helps": inside { } YAML ends a text at a comma.
 * Such "field names" (with a space or a full stop in them) get a message of their own.
 */
const isText = (key: string) => /[^A-Za-z0-9_-]/.test(key);

/** The fields an object may have, and the one each unknown field most likely meant. */
interface Fields {
  known: string[];
  closest: (string | undefined)[];
}

function unknownFieldProblems(
  issue: Extract<ZodIssue, { code: 'unrecognized_keys' }>,
  { known, closest }: Fields,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const misread = issue.keys.filter(isText);
  if (misread.length > 0) {
    const texts = misread.map((key) => `"${key}"`).join(', ');
    problems.push({
      path: issue.path,
      at: issue.path,
      message: `reads ${texts} as a field name: inside { } a comma ends a text, so put a text that has a comma in quotes ('Yes, it helps.') or write each field on a line of its own`,
    });
  }
  issue.keys.forEach((key, index) => {
    if (isText(key)) return;
    const suggestion = closest[index];
    const message =
      suggestion !== undefined
        ? `has an unknown field "${key}"${didYouMean(key, [suggestion])}`
        : known.length > 0
          ? `has an unknown field "${key}"; the fields it can have are ${known.map((k) => `"${k}"`).join(', ')}`
          : `has an unknown field "${key}"; remove it`;
    problems.push({ path: issue.path, at: [...issue.path, key], message });
  });
  return problems;
}

const isMissing = (issue: ZodIssue) => issue.code === 'invalid_type' && issue.received === 'undefined';

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((part, index) => part === b[index]);

// Issues that say a value is not of a member's kind at all (text where the member wants fields).
const OTHER_KIND = new Set(['invalid_type', 'invalid_literal', 'invalid_enum_value']);

/**
 * A value that fits no member of a union: the issues of the member it fits best (the one that leaves the fewest
 * problems), when it fits one's kind at all; else the union issue itself, which says what kinds it may be.
 */
function closestMember(schema: ZodTypeAny, data: unknown, issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const fitting = issue.unionErrors
    .map((error) => error.issues.flatMap((inner) => closestMember(schema, data, inner)))
    .filter((inner) => inner.some((i) => !samePath(i.path, issue.path) || !OTHER_KIND.has(i.code)));
  let best: { issues: ZodIssue[]; count: number } | undefined;
  for (const inner of fitting) {
    const count = fieldProblems(schema, data, inner).length;
    if (!best || count < best.count) best = { issues: inner, count };
  }
  return best?.issues ?? [issue];
}

/** What a value should be, in an author's words. */
const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};
const kind = (type: string) => KINDS[type] ?? type;

// What to write in a field left empty (`title:` with nothing after it).
const FILL: Readonly<Record<string, string>> = {
  string: 'the text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'its fields',
};

/** Zod's own message for an issue: when an issue carries it, the schema gave no words of its own. */
const zodWords = (issue: ZodIssue) => defaultErrorMap(issue, { data: undefined, defaultError: '' }).message;

const plural = (count: number | bigint, noun: string) =>
  `${count === 1 ? 'one' : String(count)} ${noun}${count === 1 ? '' : 's'}`;

/** One issue in the course's words; `value` is what the file holds there. */
export function issueMessage(issue: ZodIssue, value: unknown): string {
  if (issue.message !== zodWords(issue)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return 'is required but missing';
      if (issue.received === 'null') return `is empty; write ${FILL[issue.expected] ?? kind(issue.expected)}`;
      if (issue.expected === 'integer') return 'must be a whole number';
      if (issue.expected === 'string' && issue.received === 'object') {
        return 'must be text, not a group of fields; if the text has ": " in it, put the whole text in quotes';
      }
      return `must be ${kind(issue.expected)}, not ${kind(issue.received)}`;
    case 'too_small':
      if (issue.type === 'string') {
        return issue.minimum === 1
          ? 'is empty; write the text'
          : `must have at least ${plural(issue.minimum, 'character')}`;
      }
      if (issue.type === 'array') return `must have at least ${plural(issue.minimum, 'item')}`;
      if (issue.type === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
      break;
    case 'too_big':
      if (issue.type === 'string') {
        const length = typeof value === 'string' ? `is ${value.length} characters long; ` : '';
        return `${length}the most is ${plural(issue.maximum, 'character')}, so shorten it`;
      }
      if (issue.type === 'array') {
        const count = Array.isArray(value) ? `has ${plural(value.length, 'item')}; ` : '';
        return `${count}the most is ${plural(issue.maximum, 'item')}`;
      }
      if (issue.type === 'number') return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
      break;
    case 'invalid_enum_value':
      return `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, not "${String(issue.received)}"`;
    case 'invalid_union':
      return unionMessage(issue);
    default:
      break;
  }
  return 'is not written the way this field needs; see docs/authoring.md';
}

/** A value of none of a union's kinds: `must be text or a list, not a number`. */
function unionMessage(issue: Extract<ZodIssue, { code: 'invalid_union' }>): string {
  const own = issue.unionErrors.flatMap((error) => error.issues.filter((i) => samePath(i.path, issue.path)));
  if (own.length > 0 && own.every(isMissing)) return 'is required but missing';
  const kinds = new Set<string>();
  let received: string | undefined;
  for (const inner of own) {
    if (inner.code !== 'invalid_type') continue;
    kinds.add(kind(inner.expected));
    received = kind(inner.received);
  }
  if (kinds.size === 0) return 'is not written the way this field needs; see docs/authoring.md';
  return `must be ${[...kinds].join(' or ')}${received ? `, not ${received}` : ''}`;
}
