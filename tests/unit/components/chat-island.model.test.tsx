// @vitest-environment happy-dom
/**
 * A model-based test of the real chat island: xstate/graph walks a model of each scenario built here, from the raw
 * scenario file (a plain YAML read, a machine of its own), and the island is driven through every one of those ways
 * in a DOM, step by step, its page compared at each step with what the file says should be there. Nothing of the
 * player's or the compiler's code computes an expectation: the saved path's loop rule is written again below, so
 * that a divergence between the two shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { parse } from 'yaml';
import { $course } from '../../../src/course-state/store.ts';
import { loadScenario } from '../../../src/scenario-engine/build/load-scenario.ts';
import type { Scenario } from '../../../src/scenario-engine/build/schema.ts';
import { choiceButtons, logText, mountChat, prepareChatDom, press, unmountChat } from './chat-dom.tsx';

interface RawChoice {
  text: string;
  next: string;
  feedback: string;
  says?: string;
  does?: string;
}
interface RawMessage {
  from?: string;
  text?: string;
  attachment?: string;
  note?: string;
}
interface RawScenario {
  id: string;
  start: string;
  feedback?: string;
  nodes: Record<string, { messages?: RawMessage[]; choices: RawChoice[] }>;
  endings: Record<string, { title: string; messages?: RawMessage[] }>;
}

const files = [
  ...readdirSync('src/scenarios').map((id) => `src/scenarios/${id}/scenario.yaml`),
  // The fixtures have loops ("go back and think again"), which the course's own scenarios may not.
  'tests/fixtures/scenarios/minimal/scenario.yaml',
  'tests/fixtures/scenarios/sample-new-follower/scenario.yaml',
];

/** The scenario as the island gets it (parsed and checked by the build), and as the file says it. */
function both(file: string): { scenario: Scenario; raw: RawScenario } {
  const text = readFileSync(file, 'utf8');
  // The fixtures live outside src/scenarios/, so they are loaded under the path the folder-name rule expects.
  const loaded = loadScenario(file.replace(/^tests\/fixtures\//, 'src/'), text);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { scenario: loaded.scenario, raw: parse(text) as RawScenario };
}

/** A way through the model: the choices (indexes as written) and the nodes it passes, start first. */
interface Way {
  choices: number[];
  nodes: string[];
}

/**
 * Ways through a model machine made here from the raw file, found by xstate/graph: the shortest way to each node,
 * then each of its choices, so that every choice of every node is taken at least once; and, for every choice that can
 * lead back to a node already passed (a loop), the shortest way on which it does.
 */
function waysThrough(raw: RawScenario): Way[] {
  const model = createMachine({
    initial: raw.start,
    states: {
      ...Object.fromEntries(
        Object.entries(raw.nodes).map(([id, node]) => [
          id,
          { on: Object.fromEntries(node.choices.map((choice, index) => [`choose.${index}`, choice.next])) },
        ]),
      ),
      ...Object.fromEntries(Object.keys(raw.endings).map((id) => [id, { type: 'final' as const }])),
    },
  });
  const options = { serializeState: (snapshot: { value: unknown }) => String(snapshot.value) };
  const asWay = (path: { steps: { event: { type: string } }[] }): Way => {
    const choices = path.steps.flatMap((step) => {
      const index = /^choose\.(\d)$/.exec(step.event.type)?.[1];
      return index === undefined ? [] : [Number(index)];
    });
    const nodes = [raw.start];
    for (const index of choices) nodes.push(raw.nodes[nodes.at(-1)!]!.choices[index]!.next);
    return { choices, nodes };
  };
  const ways: Way[] = [];
  for (const path of getShortestPaths(model, options)) {
    const way = asWay(path);
    const node = raw.nodes[way.nodes.at(-1)!];
    node?.choices.forEach((choice, index) => {
      ways.push({ choices: [...way.choices, index], nodes: [...way.nodes, choice.next] });
    });
  }
  const simple = getSimplePaths(model, options)
    .map(asWay)
    .sort((a, b) => a.choices.length - b.choices.length);
  for (const [id, node] of Object.entries(raw.nodes)) {
    node.choices.forEach((choice, index) => {
      const before = simple.find((way) => way.nodes.at(-1) === id && way.nodes.includes(choice.next));
      if (before) ways.push({ choices: [...before.choices, index], nodes: [...before.nodes, choice.next] });
    });
  }
  return ways;
}

/** The saved path for a way, by the rule the course documents: coming back to a node cuts out the round trip. */
function savedPath(way: Way): number[] {
  const kept: number[] = [];
  const passed = [way.nodes[0]!];
  way.choices.forEach((choice, step) => {
    const next = way.nodes[step + 1]!;
    const earlier = passed.indexOf(next);
    if (earlier >= 0) {
      kept.length = earlier;
      passed.length = earlier + 1;
    } else {
      kept.push(choice);
      passed.push(next);
    }
  });
  return kept;
}

/** What the chat shows for a choice the learner's character makes. */
const shownAs = (choice: RawChoice) => choice.says ?? choice.does ?? choice.text;
const wordsOf = (message: RawMessage) => message.note ?? message.text ?? message.attachment ?? '';

beforeAll(prepareChatDom);
afterEach(unmountChat);

/**
 * Drives the island along a way, comparing each step with the raw file; returns what differed (nothing, when the
 * island follows the file).
 */
function drive(scenario: Scenario, raw: RawScenario, way: Way): string[] {
  const page = mountChat(scenario);
  const wrong: string[] = [];
  const at = (step: number) => `${raw.id} [${way.choices.slice(0, step + 1).map((c) => c + 1)}]`;
  way.choices.forEach((index, step) => {
    const node = raw.nodes[way.nodes[step]!]!;
    const choice = node.choices[index]!;
    const offered = choiceButtons(page).map((button) => button.textContent);
    if (
      [...offered].sort().join('|') !==
      node.choices
        .map((c) => c.text)
        .sort()
        .join('|')
    ) {
      wrong.push(`${at(step)}: offers ${JSON.stringify(offered)} at ${way.nodes[step]}`);
      return;
    }
    press(choiceButtons(page).find((button) => button.textContent === choice.text));
    const next = way.nodes[step + 1]!;
    const log = logText(page);
    const arrived = raw.nodes[next]?.messages ?? raw.endings[next]?.messages ?? [];
    for (const words of [shownAs(choice), ...arrived.map(wordsOf)]) {
      if (words && !log.includes(words)) wrong.push(`${at(step)}: the chat lacks "${words}"`);
    }
    if (raw.feedback !== 'debrief' && !page.querySelector('.scenario-feedback')?.textContent?.includes(choice.feedback))
      wrong.push(`${at(step)}: no feedback "${choice.feedback.slice(0, 40)}..."`);
    if (raw.endings[next]) {
      const heading = page.querySelector('.scenario-ending-title')?.textContent ?? '';
      if (!heading.includes(raw.endings[next]!.title)) wrong.push(`${at(step)}: not at the ending "${next}"`);
    }
  });
  const saved = $course.get().scenarios[raw.id]?.path ?? [];
  if (saved.join() !== savedPath(way).join()) {
    wrong.push(`${at(way.choices.length - 1)}: saved [${saved}], but the file's rule says [${savedPath(way)}]`);
  }
  return wrong;
}

for (const file of files) {
  describe(file, () => {
    const { scenario, raw } = both(file);
    const ways = waysThrough(raw);

    it('the island follows the file on ways that take every choice, loops included', () => {
      const choices = Object.values(raw.nodes).reduce((sum, node) => sum + node.choices.length, 0);
      expect(ways.length).toBeGreaterThanOrEqual(choices);
      if (file.startsWith('tests/')) expect(ways.some((way) => savedPath(way).length < way.choices.length)).toBe(true);
      const wrong = ways.flatMap((way) => drive(scenario, raw, way));
      expect(wrong).toEqual([]);
    });
  });
}

describe('the model-based test', () => {
  it('fails when one choice is sent elsewhere than the file says', () => {
    const { scenario, raw } = both('src/scenarios/new-follower/scenario.yaml');
    // The island gets a scenario whose first node's second choice leads to another node; the file is unchanged.
    const start = scenario.nodes[scenario.start]!;
    const other = Object.keys(scenario.nodes).find((id) => id !== start.choices[1]!.next && id !== scenario.start)!;
    const changed: Scenario = {
      ...scenario,
      nodes: {
        ...scenario.nodes,
        [scenario.start]: {
          ...start,
          choices: start.choices.map((choice, index) => (index === 1 ? { ...choice, next: other } : choice)),
        },
      },
    };
    const wrong = waysThrough(raw).flatMap((way) => drive(changed, raw, way));
    expect(wrong.length).toBeGreaterThan(0);
  });
});
