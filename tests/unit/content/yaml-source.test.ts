import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { parseYaml } from '../../../src/content-source/yaml-source.ts';
import { edit, MINIMAL, MINIMAL_FILE as FILE } from '../scenario-engine/helpers.ts';

/** Every problem of a YAML text, as an author sees them. */
const problemsOf = (text: string) => {
  const parsed = parseYaml(FILE, text);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
};

// Each slip, made in a copy of the minimal scenario, and the one sentence it gives, at the line of the slip. One
// problem each: the yaml library reports several errors for most of them, and elsewhere than the slip.
const SLIPS: [string, string, string, string][] = [
  [
    'a double quote that never ends',
    'text: Ask Dad what he thinks',
    'text: "Ask Dad what he thinks',
    `${FILE}:19: this text starts a quote that never ends; close it with "`,
  ],
  [
    'a single quote that never ends',
    'summary: Ana gets a message',
    "summary: 'Ana gets a message",
    `${FILE}:5: this text starts a quote that never ends; close it with '`,
  ],
  [
    'an apostrophe inside single quotes',
    'title: Ana asked her dad',
    "title: 'Ana's dad'",
    `${FILE}:47: this text in single quotes has an apostrophe, which ends the quote; write the apostrophe twice ('') or put the text in double quotes`,
  ],
  [
    'text after the closing quote',
    'title: A short chat',
    'title: "A short" chat',
    `${FILE}:4: this text goes on after its closing quote; put all of it inside the quotes`,
  ],
  [
    'a tab used for indentation',
    '        rating: unsafe',
    '\trating: unsafe',
    `${FILE}:26: this line is indented with a tab; YAML needs spaces, so replace the tab with spaces`,
  ],
  [
    'a missing ]',
    'ageBands: [7-10]',
    'ageBands: [7-10',
    `${FILE}:6: this list starts with [ but never ends; close it with ]`,
  ],
  [
    'a missing }',
    'ana: { name: Ana, role: learner }',
    'ana: { name: Ana, role: learner',
    `${FILE}:10: these fields start with { but never end; close them with }`,
  ],
  [
    'no space after ":"',
    '        rating: unsafe',
    '        rating:unsafe',
    `${FILE}:26: put a space after the ":": write "rating: unsafe"`,
  ],
  [
    'a line indented more than its siblings',
    '        next: secret\n',
    '         next: secret\n',
    `${FILE}:25: this line is indented more than the line above it; line it up with the line above`,
  ],
  [
    'a line indented less than its siblings',
    '        next: secret\n',
    '       next: secret\n',
    `${FILE}:25: this line is indented less than the line above it; line it up with the fields it belongs with`,
  ],
  [
    'a list item without its "-"',
    '      - text: Say yes and keep it secret',
    '      text: Say yes and keep it secret',
    `${FILE}:24: this line lines up with the "-" of the list item above it; start it with "- " for a new item, or indent it to line up with the fields of that item`,
  ],
  [
    'a "-" without its space',
    '      - text: Say yes and keep it secret',
    '      -text: Say yes and keep it secret',
    `${FILE}:24: put a space after the "-" that starts this list item`,
  ],
  [
    'a text starting with @',
    'summary: Ana gets',
    'summary: @ana gets',
    `${FILE}:5: this text starts with @, which YAML reserves; put the whole text in quotes`,
  ],
  [
    'a text starting with a backtick',
    'summary: Ana gets',
    'summary: `Ana` gets',
    `${FILE}:5: this text starts with \`, which YAML reserves; put the whole text in quotes`,
  ],
  [
    'a text starting with %',
    'summary: Ana gets',
    'summary: %50 of children get',
    `${FILE}:5: this text starts with %, which YAML reserves; put the whole text in quotes`,
  ],
  [
    'a text starting with * (which made the parser throw)',
    'summary: Ana gets',
    'summary: *Ana* gets',
    `${FILE}:5: this text starts with *, which YAML reserves; put the whole text in quotes`,
  ],
  [
    'a line that is not a field',
    '        rating: unsafe',
    '        rating: unsafe\n        this is risky',
    `${FILE}:27: this line has no "name:" before its text; join it to the line above, or write it as "name: text"`,
  ],
  ['a ] that closes nothing', 'ageBands: [7-10]', 'ageBands: [7-10]]', `${FILE}:6: this ] closes nothing; remove it`],
  [
    'an unquoted ": " inside a text',
    'title: A short chat',
    'title: Note: a short chat',
    `${FILE}:4: this text has ": " in it, which YAML reads as a new field; put the whole text in quotes`,
  ],
];

describe('parseYaml, the one front end of every content and options file', () => {
  it.each(SLIPS)('explains %s in one sentence at its line', (_, from, to, expected) => {
    expect(problemsOf(edit(MINIMAL, from, to))).toEqual([expected]);
  });

  it('names a key written twice with both lines, each time it happens', () => {
    expect(problemsOf(edit(MINIMAL, 'start: hello', 'start: hello\ntitle: Again'))).toEqual([
      `${FILE}:13: field "title": is written twice in the same place (first on line 4); keys and ids must be unique, so rename or remove one of them`,
    ]);
  });

  it('reads JSON, the options file’s format, and keeps every line for the checks after it', () => {
    const parsed = parseYaml('speakup.config.json', '{\n  "country": "IE",\n  "lessons": ["what-to-do"]\n}\n');
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    expect(parsed.source.data).toEqual({ country: 'IE', lessons: ['what-to-do'] });
    expect(parsed.source.lineOf(['lessons', 0])).toBe(3);
  });
});
