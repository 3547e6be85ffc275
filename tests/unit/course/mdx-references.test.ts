import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/content-source/mdx-source.ts';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { findMdxReferences } from '../../../src/course/mdx-references.ts';
import { problemsWith, replaceIn } from './course-fixture.ts';

const FILE = 'src/modules/first/content.mdx';

function referencesOf(text: string) {
  const parsed = parseMdx(FILE, text);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const { refs, problems } = findMdxReferences(FILE, parsed.root);
  return { ...refs, problems: problems.map(formatProblem) };
}

describe('findMdxReferences, from the syntax tree', () => {
  it('finds a <Scenario> however it is written, with its line and section', () => {
    const refs = referencesOf(
      [
        '## A **new** follower', // 1
        '',
        '<Scenario', // 3
        '  id="new-follower"',
        '/>',
        '',
        "<Scenario class='x' id='first-reaction'></Scenario>", // 7
        '',
        '## Check what you know', // 9
        '',
        'Try it: <Scenario id="countdown" /> and then <Quiz />', // 11
        '',
      ].join('\n'),
    );
    expect(refs.headings).toEqual([
      { text: 'A new follower', line: 1, slug: 'a-new-follower' },
      { text: 'Check what you know', line: 9, slug: 'check-what-you-know' },
    ]);
    expect(refs.scenarios).toEqual([
      { id: 'new-follower', line: 3, section: 'a-new-follower' },
      { id: 'first-reaction', line: 7, section: 'a-new-follower' },
      { id: 'countdown', line: 11, section: 'check-what-you-know' },
    ]);
    expect(refs.quizzes).toEqual([{ line: 11, section: 'check-what-you-know' }]);
    expect(refs.problems).toEqual([]);
  });

  it('refuses a <Scenario> without an id, or with an id that is code, at its line', () => {
    expect(referencesOf('## Start\n\n<Scenario />\n\n<Scenario\n  id={scenarioId}\n/>\n').problems).toEqual([
      `${FILE}:3: <Scenario>: needs the id of the scenario it shows, such as <Scenario id="new-follower" />`,
      `${FILE}:6: <Scenario>: the id of a scenario is written in quotes, such as <Scenario id="new-follower" />`,
    ]);
  });

  it('lets a lesson show a scenario written over several lines (it was reported as not shown, with no line)', () => {
    expect(
      problemsWith((files) => replaceIn(files, FILE, '<Scenario id="minimal" />', '<Scenario\n  id="minimal"\n/>')),
    ).toEqual([]);
  });
});
