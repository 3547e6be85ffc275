/**
 * A problem found in course content (a scenario, a lesson, a quiz, the build options).
 * Every checker returns these instead of throwing, so that an author sees every problem at once,
 * each with the file, the line and the field that needs fixing.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project root (for example `src/scenarios/new-follower/scenario.yaml`). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Where in the file, in the author's words: `node "n-hello", choice 2, field "next"`. */
  where?: string | undefined;
  /** What is wrong and how to fix it, as one sentence. */
  message: string;
}

/** `src/x.yaml:12: node "n-hello", choice 2, field "next": ...` (the format editors and terminals link). */
export function formatProblem(problem: ContentProblem): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const where = problem.where ? ` ${problem.where}:` : '';
  return `${location}:${where} ${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`${problems.length} ${noun} in the course content:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join(
    '\n',
  );
}

/** Thrown where content must be valid to go on (the build); carries every problem found. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
