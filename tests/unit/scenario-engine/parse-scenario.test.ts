import { describe, expect, it } from 'vitest';
import { describeScenarioPath } from '../../../src/scenario-engine/build/describe-path.ts';
import { parseScenario } from '../../../src/scenario-engine/build/parse-scenario.ts';
import { edit, MINIMAL, MINIMAL_FILE, problemsOf } from './helpers.ts';

const FILE = MINIMAL_FILE;

describe('parseScenario', () => {
  it('reads a valid scenario, with the defaults of optional fields filled in', () => {
    const result = parseScenario(FILE, MINIMAL);
    if (!result.ok) throw new Error('expected the minimal fixture to parse');
    expect(result.scenario.feedback).toBe('immediate');
    expect(result.scenario.endings['asked-dad']?.messages).toEqual([]);
    expect(result.scenario.nodes['secret']?.choices[1]).toEqual({
      text: 'Go back and think again',
      next: 'hello',
      rating: 'risky',
      practises: 'tell-trusted-adult',
      feedback: 'Thinking again is good. The safest step is still to tell a trusted adult.',
    });
    expect(result.source.lineOf(['nodes', 'secret', 'choices', 1, 'next'])).toBe(40);
  });

  it('refuses a misspelt field instead of ignoring it, as one problem that names the field meant', () => {
    expect(problemsOf(edit(MINIMAL, '        next: secret\n', '        nxt: secret\n'))).toEqual([
      `${FILE}:25: node "hello", choice 2: has an unknown field "nxt"; did you mean "next"?`,
    ]);
  });

  it('names the allowed values of a rating, an age band and a core message', () => {
    const text = edit(
      edit(edit(MINIMAL, 'rating: unsafe', 'rating: dangerous'), 'ageBands: [7-10]', 'ageBands: [7-11]'),
      'whatToDo: [tell-trusted-adult, report-it]',
      'whatToDo: [tell-an-adult]',
    );
    expect(problemsOf(text)).toEqual([
      `${FILE}:6: field "ageBands", item 1: must be one of "7-10", "11-13", "14-18", not "7-11"`,
      `${FILE}:26: node "hello", choice 2, field "rating": must be one of "safe", "risky", "unsafe", not "dangerous"`,
      `${FILE}:49: ending "asked-dad", field "whatToDo", item 1: must be one of "stop-dont-pay", "keep-evidence", "tell-trusted-adult", "report-it", "take-it-down", "not-your-fault", "help-a-friend", "warning-signs", not "tell-an-adult"`,
    ]);
  });

  it('explains the id rule when a node id breaks it', () => {
    expect(problemsOf(edit(MINIMAL, '  secret:\n', '  Secret_Node:\n'))).toEqual([
      `${FILE}:29: node "Secret_Node": must use lowercase letters, digits and "-", start with a letter, and be at most 64 characters`,
    ]);
  });

  it('names a key written twice, with both lines, instead of the bare YAML error', () => {
    expect(problemsOf(edit(MINIMAL, '  secret:\n', '  hello:\n'))).toEqual([
      `${FILE}:29: node "hello": is written twice in the same place (first on line 14); keys and ids must be unique, so rename or remove one of them`,
    ]);
    expect(problemsOf(edit(MINIMAL, '        next: secret\n', '        next: secret\n        next: hello\n'))).toEqual([
      `${FILE}:26: node "hello", choice 2, field "next": is written twice in the same place (first on line 25); keys and ids must be unique, so rename or remove one of them`,
    ]);
  });

  it('gives a YAML syntax error as one sentence at the line of the slip', () => {
    expect(problemsOf(edit(MINIMAL, 'ageBands: [7-10]', 'ageBands: [7-10'))).toEqual([
      `${FILE}:6: this list starts with [ but never ends; close it with ]`,
    ]);
  });

  it('says that an empty file is empty', () => {
    expect(problemsOf('')).toEqual([
      `${FILE}: is empty; a scenario file holds the fields of docs/authoring.md, starting with "id"`,
    ]);
  });

  it('refuses a message with neither text nor attachment, and blank text', () => {
    const text = edit(
      edit(MINIMAL, '        text: great. now send me a photo of you\n', ''),
      'text: Ask Dad what he thinks',
      "text: '  '",
    );
    expect(problemsOf(text)).toEqual([
      `${FILE}:19: node "hello", choice 1, field "text": must not be empty`,
      `${FILE}:31: node "secret", message 1: needs a "text" or an "attachment"`,
    ]);
  });

  it('reports a missing required field and a value of the wrong type', () => {
    expect(problemsOf(edit(MINIMAL, 'title: A short chat\n', ''))).toEqual([
      `${FILE}:1: field "title": is required but missing`,
    ]);
    expect(problemsOf(edit(MINIMAL, 'title: A short chat', 'title: [A, short, chat]'))).toEqual([
      `${FILE}:4: field "title": must be text, not a list`,
    ]);
    expect(
      problemsOf(
        edit(
          MINIMAL,
          "debrief: Ana's dad helped her block the stranger. Telling a trusted adult is always right.",
          'debrief: 5',
        ),
      ),
    ).toEqual([`${FILE}:48: ending "asked-dad", field "debrief": must be text or a list, not a number`]);
  });
});

describe('describeScenarioPath', () => {
  it('names the parts of a scenario as an author does, counting from 1', () => {
    expect(describeScenarioPath([])).toBe('the file');
    expect(describeScenarioPath(['start'])).toBe('field "start"');
    expect(describeScenarioPath(['nodes', 'asks-for-photo', 'choices', 1, 'next'])).toBe(
      'node "asks-for-photo", choice 2, field "next"',
    );
    expect(describeScenarioPath(['endings', 'told-mum', 'messages', 0, 'from'])).toBe(
      'ending "told-mum", message 1, field "from"',
    );
    expect(describeScenarioPath(['characters', 'sam', 'role'])).toBe('character "sam", field "role"');
    expect(describeScenarioPath(['objectives', 2])).toBe('field "objectives", item 3');
  });
});
