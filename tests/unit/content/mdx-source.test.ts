import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/content-source/mdx-source.ts';
import { formatProblem } from '../../../src/content-source/problems.ts';

const FILE = 'src/modules/first/content.mdx';

const problemsOf = (text: string) => {
  const parsed = parseMdx(FILE, text);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
};

// Each slip in a lesson, and the one sentence it gives at the line of the slip (micromark stops later: at the end of
// the file, or at the next heading, and says so in a parser's words).
const SLIPS: [string, string, string][] = [
  [
    'a tag that is never closed',
    '## Start\n\n<Scenario id="minimal"\n\nSome text.\n',
    `${FILE}:3: this <Scenario> tag is never closed; end it with />`,
  ],
  [
    'a tag that is never closed, before the next heading',
    '## Start\n\n<Scenario id="minimal"\n\n## Next\n',
    `${FILE}:3: this <Scenario> tag is never closed; end it with />`,
  ],
  [
    'a component never closed',
    '## Start\n\n<Callout title="Remember">\nTell an adult.\n',
    `${FILE}:3: this <Callout> is never closed; close it with </Callout>, or end it with /> when it holds nothing`,
  ],
  [
    'a closing tag for another tag',
    '<Callout>\nTell an adult.\n</KeyTerm>\n',
    `${FILE}:3: this </KeyTerm> does not close the <Callout> on line 1; close <Callout> first with </Callout>`,
  ],
  ['a stray <', '## Start\n\nFor ages <13 only.\n', `${FILE}:3: a < starts a tag in MDX; write \\< to show the sign`],
  ['a stray {', '## Start\n\nWrite {the name} here.\n', `${FILE}:3: a { starts code in MDX; write \\{ to show a brace`],
  ['a { that never closes', '## Start\n\nA { here.\n', `${FILE}:3: a { starts code in MDX; write \\{ to show a brace`],
  [
    'an HTML comment',
    '## Start\n\n<!-- a note -->\n',
    `${FILE}:3: MDX has no <!-- --> comments; write a note as {/* note */}`,
  ],
  [
    'an attribute without quotes',
    '## Start\n\n<Scenario id=minimal />\n',
    `${FILE}:3: the value of an attribute goes in quotes: write name="value"`,
  ],
];

describe('parseMdx', () => {
  it.each(SLIPS)('explains %s in one sentence at its line', (_, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });
});
