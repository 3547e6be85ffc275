import { CORE_MESSAGES, type AgeBand, type CoreMessageId } from '../course-model/core-messages.ts';
import type { Scenario } from '../scenario-engine/index.ts';
import type { CourseLesson } from './load-lessons.ts';

/** Where the coverage table is kept, from the project root. */
export const COVERAGE_FILE = 'docs/coverage.md';

/** The core messages each band must practise (../shared/content-guide.md; issue 11): the youngest, the first four. */
export const BAND_CORE_MESSAGES: Readonly<Record<AgeBand, readonly CoreMessageId[]>> = {
  '7-10': ['tell-trusted-adult', 'not-your-fault', 'stop-dont-pay', 'keep-evidence'],
  '11-13': CORE_MESSAGES,
  '14-18': CORE_MESSAGES,
};

/** How often one part of a lesson (a chat's choices, or a quiz's questions) practises each core message. */
export interface CoveragePart {
  lesson: CourseLesson;
  kind: 'scenario' | 'quiz';
  id: string;
  title: string;
  /** The id of the lesson section the part is in, to link to. */
  section?: string | undefined;
  counts: Partial<Record<CoreMessageId, number>>;
}

const countOf = (messages: readonly CoreMessageId[]) => {
  const counts: Partial<Record<CoreMessageId, number>> = {};
  for (const message of messages) counts[message] = (counts[message] ?? 0) + 1;
  return counts;
};

/** Every chat and quiz of the lessons, in course order, with the core messages its choices and questions practise. */
export function coverageParts(
  lessons: readonly CourseLesson[],
  scenarios: Readonly<Record<string, Scenario>>,
): CoveragePart[] {
  return lessons.flatMap((lesson) => {
    const chats = lesson.meta.completion.flatMap((rule) => {
      if (typeof rule !== 'object' || !('scenario' in rule)) return [];
      const scenario = scenarios[rule.scenario];
      if (!scenario) return [];
      const practised = Object.values(scenario.nodes).flatMap((node) => node.choices.map((c) => c.practises));
      return [
        {
          lesson,
          kind: 'scenario' as const,
          id: scenario.id,
          title: scenario.title,
          section: lesson.sections.scenarios[scenario.id],
          counts: countOf(practised),
        },
      ];
    });
    const quiz = lesson.quiz
      ? [
          {
            lesson,
            kind: 'quiz' as const,
            id: lesson.quiz.id,
            title: lesson.quiz.title,
            section: lesson.sections.quiz,
            counts: countOf(lesson.quiz.questions.map((q) => q.checks)),
          },
        ]
      : [];
    return [...chats, ...quiz];
  });
}

/** The core messages of a band that no chat practises, and those no quiz question checks. */
export function uncovered(
  band: AgeBand,
  parts: readonly CoveragePart[],
): { scenario: CoreMessageId[]; quiz: CoreMessageId[] } {
  const missing = (kind: CoveragePart['kind']) =>
    BAND_CORE_MESSAGES[band].filter((message) => !parts.some((p) => p.kind === kind && (p.counts[message] ?? 0) > 0));
  return { scenario: missing('scenario'), quiz: missing('quiz') };
}

/**
 * The coverage table (docs/coverage.md): per band, each chat and quiz against the core messages, with how many
 * choices or questions practise each; a dash where none does, and the band's total. Generated from the content.
 */
export function coverageTable(bands: readonly { band: AgeBand; parts: readonly CoveragePart[] }[]): string {
  const lines = [
    '# Core messages by lesson, scenario and quiz',
    '',
    'Generated from the content by `npm run coverage`; `npm test` fails when it is out of date. Each cell counts the',
    'scenario choices (`practises`) or quiz questions (`checks`) that practise the message; * marks a message the band',
    'must practise (src/course/coverage.ts).',
  ];
  for (const { band, parts } of bands) {
    const required = BAND_CORE_MESSAGES[band];
    const total = (kind: CoveragePart['kind']) =>
      CORE_MESSAGES.map((m) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + (p.counts[m] ?? 0), 0) || '-');
    const rows = [
      ...parts.map((part) => [
        part.lesson.meta.id,
        `${part.kind} \`${part.id}\``,
        ...CORE_MESSAGES.map((m) => part.counts[m] ?? '-'),
      ]),
      ['**all**', '**scenarios**', ...total('scenario')],
      ['**all**', '**quizzes**', ...total('quiz')],
    ].map((row) => row.map(String));
    const head = ['lesson', 'part', ...CORE_MESSAGES.map((m) => (required.includes(m) ? `${m} *` : m))];
    lines.push('', `## Ages ${band}`, '', ...markdownTable(head, rows, 2));
  }
  return `${lines.join('\n')}\n`;
}

/** A Markdown table laid out as Prettier lays it out (so the file stays as generated): the first columns left. */
function markdownTable(head: readonly string[], rows: readonly string[][], leftColumns: number): string[] {
  const widths = head.map((cell, i) => Math.max(3, cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = widths.map((w, i) => (i < leftColumns ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`));
  return [line(head.map((cell, i) => cell.padEnd(widths[i]!))), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}
