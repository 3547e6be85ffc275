import { describe, expect, it } from 'vitest';
import { PATH_LIMIT } from '../../../src/scenario-engine/browser/limits.ts';
import { edit, fixtureText, MINIMAL, MINIMAL_FILE, problemsOf } from './helpers.ts';

const FILE = MINIMAL_FILE;

/** Two nodes that only lead to each other, reached from "secret": a loop with no way out. */
const TRAP = `  round-a:
    choices:
      - { text: Wait, next: round-b, rating: risky, practises: warning-signs, feedback: Waiting does not make it stop. }
      - { text: Wait longer, next: round-b, rating: risky, practises: warning-signs, feedback: Waiting does not make it stop. }
  round-b:
    choices:
      - { text: Read it again, next: round-a, rating: risky, practises: warning-signs, feedback: Reading it again does not help. }
      - { text: Scroll, next: round-a, rating: risky, practises: warning-signs, feedback: Scrolling does not help. }
endings:
`;

describe('checkScenario', () => {
  it('finds nothing wrong with the valid fixtures', () => {
    expect(problemsOf(MINIMAL)).toEqual([]);
    expect(problemsOf(fixtureText('sample-new-follower'), 'src/scenarios/sample-new-follower/scenario.yaml')).toEqual(
      [],
    );
  });

  it('reports a "next" that names nothing, suggesting the id meant', () => {
    expect(problemsOf(edit(MINIMAL, 'next: secret', 'next: secrt'))).toEqual([
      `${FILE}:25: node "hello", choice 2, field "next": names "secrt", but there is no node or ending with that id; did you mean "secret"?`,
      `${FILE}:29: node "secret": cannot be reached: no path of choices from the start node "hello" leads here`,
    ]);
    expect(problemsOf(edit(MINIMAL, 'next: secret', 'next: somewhere-else'))[0]).toBe(
      `${FILE}:25: node "hello", choice 2, field "next": names "somewhere-else", but there is no node or ending with that id`,
    );
  });

  it('reports a start that is not a node', () => {
    expect(problemsOf(edit(MINIMAL, 'start: hello', 'start: helo'))).toEqual([
      `${FILE}:12: field "start": names "helo", but there is no node with that id; did you mean "hello"?`,
    ]);
    expect(problemsOf(edit(MINIMAL, 'start: hello', 'start: asked-dad'))).toEqual([
      `${FILE}:12: field "start": names the ending "asked-dad"; the chat must start at a node`,
    ]);
  });

  it('reports a message from a character that does not exist', () => {
    const text = edit(
      MINIMAL,
      '      - from: stranger\n        text: great',
      '      - from: strange\n        text: great',
    );
    expect(problemsOf(text)).toEqual([
      `${FILE}:31: node "secret", message 1, field "from": names "strange", but there is no character with that id; the characters are "ana", "stranger"`,
    ]);
  });

  it('reports nodes and endings that cannot be reached', () => {
    expect(problemsOf(edit(MINIMAL, 'next: secret', 'next: asked-dad'))).toEqual([
      `${FILE}:29: node "secret": cannot be reached: no path of choices from the start node "hello" leads here`,
    ]);
    const extraEnding = `  never-seen:
    outcome: unsafe
    title: Nobody gets here
    debrief: A debrief.
    whatToDo: [report-it]
`;
    expect(problemsOf(`${MINIMAL}${extraEnding}`)).toEqual([
      `${FILE}:50: ending "never-seen": cannot be reached: no path of choices from the start node "hello" leads here`,
    ]);
  });

  it('reports a node with no way out that is not an ending', () => {
    const deadEnd = '  dead-end:\n    messages:\n      - from: stranger\n        text: bye\nendings:\n';
    const text = edit(edit(MINIMAL, 'endings:\n', deadEnd), 'next: hello', 'next: dead-end');
    expect(problemsOf(text)).toEqual([
      `${FILE}:44: node "dead-end": has no choices, so the chat would stop here without an ending: give it 2 to 4 choices, or make it an ending`,
    ]);
  });

  it('reports a loop from which no ending can be reached, on each of its nodes', () => {
    const text = edit(edit(MINIMAL, 'endings:\n', TRAP), 'next: hello', 'next: round-a');
    expect(problemsOf(text)).toEqual([
      `${FILE}:44: node "round-a": only leads round in a loop: no ending can be reached from here, so let a choice on the loop lead towards an ending`,
      `${FILE}:48: node "round-b": only leads round in a loop: no ending can be reached from here, so let a choice on the loop lead towards an ending`,
    ]);
  });

  it('reports a scenario without a safe ending', () => {
    expect(problemsOf(edit(MINIMAL, 'outcome: safe', 'outcome: partly-safe'))).toEqual([
      `${FILE}:44: field "endings": has no ending with outcome "safe"; every scenario needs at least one`,
    ]);
  });

  it('reports a missing or empty debrief', () => {
    const debrief = "debrief: Ana's dad helped her block the stranger. Telling a trusted adult is always right.";
    expect(problemsOf(edit(MINIMAL, `    ${debrief}\n`, ''))).toEqual([
      `${FILE}:45: ending "asked-dad", field "debrief": is missing; every ending needs a debrief that says what happened and why it matters`,
    ]);
    expect(problemsOf(edit(MINIMAL, debrief, "debrief: ''"))).toEqual([
      `${FILE}:48: ending "asked-dad", field "debrief": is empty; every ending needs a debrief that says what happened and why it matters`,
    ]);
  });

  it('reports a missing or empty choice feedback', () => {
    const feedback = 'feedback: Thinking again is good. The safest step is still to tell a trusted adult.';
    expect(problemsOf(edit(MINIMAL, `        ${feedback}\n`, ''))).toEqual([
      `${FILE}:39: node "secret", choice 2, field "feedback": is missing; every choice needs calm, specific feedback`,
    ]);
    expect(problemsOf(edit(MINIMAL, feedback, 'feedback: "  "'))).toEqual([
      `${FILE}:43: node "secret", choice 2, field "feedback": is empty; every choice needs calm, specific feedback`,
    ]);
  });

  it('reports an ending with the id of a node', () => {
    const text = edit(MINIMAL, '  asked-dad:\n', '  secret:\n').replace(/next: asked-dad/g, 'next: secret');
    expect(problemsOf(text)).toEqual([
      `${FILE}:45: ending "secret": has the same id as node "secret"; a choice's "next" could not tell them apart, so rename one`,
    ]);
  });

  it('reports a message or an attachment description over 280 characters', () => {
    expect(problemsOf(edit(MINIMAL, 'text: great. now send me a photo of you', `text: ${'x'.repeat(280)}`))).toEqual(
      [],
    );
    expect(problemsOf(edit(MINIMAL, 'text: great. now send me a photo of you', `text: ${'x'.repeat(281)}`))).toEqual([
      `${FILE}:32: node "secret", message 1, field "text": is 281 characters long; a message is at most 280, so shorten it or split it into two messages`,
    ]);
    const attachment = `attachment: ${'a picture '.repeat(29)}of a cat`;
    expect(problemsOf(edit(MINIMAL, 'text: great. now send me a photo of you', attachment))).toEqual([
      `${FILE}:32: node "secret", message 1, field "attachment": is 298 characters long; a message is at most 280, so shorten it or split it into two messages`,
    ]);
  });

  it('wants exactly one learner', () => {
    expect(problemsOf(edit(MINIMAL, 'role: learner', 'role: friend'))).toEqual([
      `${FILE}:9: field "characters": has no character with role "learner"; exactly one character is the one the learner plays or advises`,
    ]);
    expect(problemsOf(edit(MINIMAL, 'role: contact', 'role: learner'))).toEqual([
      `${FILE}:9: field "characters": has 2 characters with role "learner" ("ana", "stranger"); exactly one character is the one the learner plays or advises`,
    ]);
  });

  it('wants 2 to 4 choices per node', () => {
    const secondChoice = / {6}- text: Go back and think again\n[\s\S]*?trusted adult\.\n/;
    expect(problemsOf(MINIMAL.replace(secondChoice, ''))).toEqual([
      `${FILE}:29: node "secret": has 1 choice; a node offers 2 to 4 choices`,
    ]);
    const more =
      '      - { text: Wait, next: hello, rating: risky, practises: warning-signs, feedback: Waiting does not help. }\n';
    const five = edit(
      MINIMAL,
      '      - text: Go back and think again',
      `${more.repeat(3)}      - text: Go back and think again`,
    );
    expect(problemsOf(five)).toEqual([`${FILE}:29: node "secret": has 5 choices; a node offers 2 to 4 choices`]);
    const four = edit(
      MINIMAL,
      '      - text: Go back and think again',
      `${more.repeat(2)}      - text: Go back and think again`,
    );
    expect(problemsOf(four)).toEqual([]);
  });

  it('wants the id to be the folder name', () => {
    expect(problemsOf(MINIMAL, 'src/scenarios/other-name/scenario.yaml')).toEqual([
      'src/scenarios/other-name/scenario.yaml:2: field "id": is "minimal" but the folder is "other-name"; the id must be the folder\'s name',
    ]);
  });

  it('refuses a tangle with too many paths to test, quickly', () => {
    // Twelve nodes whose four choices lead to the next four nodes (round the circle): loops everywhere.
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const nodes = ids.map((id, i) => {
      const choices = [1, 2, 3, 4].map((step) => {
        const next = step === 4 && i % 3 === 0 ? 'out' : ids[(i + step) % ids.length];
        return `      - { text: go, next: ${next}, rating: risky, practises: warning-signs, feedback: Think again. }`;
      });
      return `  ${id}:\n    choices:\n${choices.join('\n')}`;
    });
    const text = MINIMAL.replace(
      /start: hello[\s\S]*endings:\n/,
      `start: n0\nnodes:\n${nodes.join('\n')}\nendings:\n`,
    ).replace('  asked-dad:', '  out:');
    const started = performance.now();
    expect(problemsOf(text)).toEqual([
      `${FILE}:13: field "nodes": allow ${PATH_LIMIT} or more ways through the scenario (paths without repeats from the start); that is too many to test one by one, so let fewer choices lead back`,
    ]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
