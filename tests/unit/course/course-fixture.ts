import { readFileSync } from 'node:fs';
import { assembleCourse } from '../../../src/course/assemble-course.ts';
import type { ContentFile } from '../../../src/course/content-files.ts';
import { buildOptionsSchema, type BuildOptionsInput } from '../../../src/course/options.ts';
import { formatProblem } from '../../../src/content-source/problems.ts';

// A small valid course for the tests of the course loader (courseFiles): tests edit copies of its files.

const scenarioText = readFileSync('tests/fixtures/scenarios/minimal/scenario.yaml', 'utf8');
export const quizText = readFileSync('tests/fixtures/quizzes/valid.yaml', 'utf8').replace(
  'id: what-is-online-blackmail-check',
  'id: first-check',
);

const teacherNotes = `teacherNotes:
  timing:
    - { minutes: 30, part: The whole lesson }
  preparation: Tell the DSL.
  groundRules: No personal stories.
  starter: Ask the class.
  activity: Play the scenario.
  discussion:
    - { question: Why?, goodAnswers: Because. }
  plenary: Sum up.
  differentiation: Read it aloud.
  followUp: Check in.
  atRisk: Tell the DSL at once.
  disclosure: Listen, and tell the DSL.
`;

export const lessonYaml = (id: string, order: number, extra = '') => `id: ${id}
order: ${order}
title: Lesson ${id}
summary: A lesson for the tests.
ageBands: [7-10]
minutes: 15
objectives:
  - Learn something
required: true
completion:
  - reach-end
${extra}${teacherNotes}`;

const helplines = ['GB', 'international'].map((name) => ({
  path: `src/help/helplines/${name}.yaml`,
  text: readFileSync(`tests/fixtures/helplines/${name}.yaml`, 'utf8'),
}));

/** A small valid course: lesson "first" (scenario + quiz) and lesson "second" (text only), and helplines. */
export function courseFiles(): ContentFile[] {
  return [
    ...helplines,
    { path: 'src/scenarios/minimal/scenario.yaml', text: scenarioText },
    {
      path: 'src/modules/first/lesson.yaml',
      text: lessonYaml('first', 1, '  - scenario: minimal\n  - quiz: first-check\n'),
    },
    { path: 'src/modules/first/content.mdx', text: '## Start\n\n<Scenario id="minimal" />\n\n<Quiz />\n' },
    { path: 'src/modules/first/quiz.yaml', text: quizText },
    { path: 'src/modules/second/lesson.yaml', text: lessonYaml('second', 2) },
    { path: 'src/modules/second/content.mdx', text: '## Only text\n' },
  ];
}

// The fixture course is for ages 7-10.
export const options = (input: BuildOptionsInput = {}) => buildOptionsSchema.parse({ band: '7-10', ...input });

export function problemsWith(change: (files: ContentFile[]) => void, input: BuildOptionsInput = {}): string[] {
  const files = courseFiles();
  change(files);
  return assembleCourse(files, options(input), ['en']).problems.map(formatProblem);
}

/** A fixture file's text (`tests/fixtures/<path>`). */
export const fixtureText = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');

/** Puts `text` at `path` among the course's files, in place of the file there if there is one. */
export function putFile(files: ContentFile[], path: string, text: string): void {
  const index = files.findIndex((f) => f.path === path);
  // A new object: the fixture's files are shared between tests.
  if (index === -1) files.push({ path, text });
  else files[index] = { path, text };
}

export const replaceIn = (files: ContentFile[], path: string, from: string, to: string) => {
  const file = files.find((f) => f.path === path);
  if (!file || !file.text.includes(from)) throw new Error(`"${from}" is not in ${path}`);
  putFile(files, path, file.text.replace(from, to));
};
