import type { ZodError, ZodIssue } from 'zod';
import type { ContentProblem } from './problems.ts';
import type { DataPath, YamlSource } from './yaml-source.ts';

/** Turns a data path into the author's words; each content type can name its parts (node, choice...). */
export type DescribePath = (path: DataPath) => string;

export const describeField: DescribePath = (path) =>
  path.length === 0 ? 'the file' : `field "${path.map(String).join('.')}"`;

function issueMessage(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is required but missing';
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_enum_value')
    return `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, not "${String(issue.received)}"`;
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Schema errors as content problems, each with its line and field. */
export function schemaProblems(
  source: YamlSource,
  error: ZodError,
  describe: DescribePath = describeField,
): ContentProblem[] {
  return error.issues.map((issue) => ({
    file: source.file,
    // An unknown field is best shown where it is written, not where its object starts.
    line: source.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path),
    where: describe(issue.path),
    message: issueMessage(issue),
  }));
}
