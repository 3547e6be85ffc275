// @vitest-environment happy-dom
/** The chat island in a DOM: what it reports, its debrief mode, going back at every depth, and resuming. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/course-state/state.ts';
import { $course } from '../../../src/course-state/store.ts';
import { loadScenario } from '../../../src/scenario-engine/build/load-scenario.ts';
import { endingPaths, type ScenarioPath } from '../../../src/scenario-engine/build/paths.ts';
import type { Scenario } from '../../../src/scenario-engine/build/schema.ts';
import { messagesFor } from '../../../src/i18n/index.ts';
import { button, choiceButtons, logText, mountChat, prepareChatDom, press, unmountChat } from './chat-dom.tsx';

beforeAll(prepareChatDom);
afterEach(unmountChat);

function scenarioFrom(file: string, change: (text: string) => string = (text) => text): Scenario {
  const loaded = loadScenario(file.replace(/^tests\/fixtures\//, 'src/'), change(readFileSync(file, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.scenario;
}

const sample = scenarioFrom('tests/fixtures/scenarios/sample-new-follower/scenario.yaml');
const progressOf = (scenario: Scenario) => $course.get().scenarios[scenario.id];

/** Takes the way's choices by their text, as a learner does. */
function play(page: HTMLElement, scenario: Scenario, way: ScenarioPath): void {
  way.choices.forEach((index, step) => {
    const text = scenario.nodes[way.trail[step]!]!.choices[index]!.text;
    press(choiceButtons(page).find((b) => b.textContent === text));
  });
}

const shortestTo = (scenario: Scenario, ending: string) =>
  endingPaths(scenario)
    .filter((way) => way.to === ending)
    .sort((a, b) => a.choices.length - b.choices.length)[0]!;

describe('what the chat reports', () => {
  it('counts attempts, and the endings found out of all of them', () => {
    const page = mountChat(sample);
    const endings = Object.keys(sample.endings);
    play(page, sample, shortestTo(sample, 'blocked'));
    expect(page.textContent).toContain(`You have found 1 of ${endings.length} endings.`);
    expect(progressOf(sample)).toMatchObject({ attempts: 1, ending: 'blocked', endingsReached: ['blocked'] });
    press(button(page, 'Try again from the start'));
    expect(progressOf(sample)).toMatchObject({ attempts: 2, path: [], ending: undefined });
    play(page, sample, shortestTo(sample, 'paid'));
    expect(page.textContent).toContain(`You have found 2 of ${endings.length} endings.`);
    expect(progressOf(sample)).toMatchObject({ attempts: 2, endingsReached: ['blocked', 'paid'] });
    // Reaching an ending already found does not count it twice.
    press(button(page, 'Try again from the start'));
    play(page, sample, shortestTo(sample, 'blocked'));
    expect(page.textContent).toContain(`You have found 2 of ${endings.length} endings.`);
    expect(progressOf(sample)?.attempts).toBe(3);
  });

  it('counts no new attempt for a chat resumed in the middle', () => {
    const way = endingPaths(sample).find((path) => path.choices.length >= 4)!;
    const state = emptyState();
    state.scenarios[sample.id] = { path: way.choices.slice(0, 2), endingsReached: [], attempts: 1 };
    const page = mountChat(sample, state);
    const node = sample.nodes[way.trail[2]!]!;
    expect(
      choiceButtons(page)
        .map((b) => b.textContent)
        .sort(),
    ).toEqual(node.choices.map((c) => c.text).sort());
    press(choiceButtons(page).find((b) => b.textContent === node.choices[way.choices[2]!]!.text));
    expect(progressOf(sample)?.attempts).toBe(1);
  });

  it('starts afresh when the saved place no longer fits the scenario', () => {
    const state = emptyState();
    state.scenarios[sample.id] = { path: [3, 3], endingsReached: [], attempts: 1 };
    const page = mountChat(sample);
    $course.set(state);
    const fresh = mountChat(sample, state);
    const start = sample.nodes[sample.start]!;
    expect(
      choiceButtons(fresh)
        .map((b) => b.textContent)
        .sort(),
    ).toEqual(start.choices.map((c) => c.text).sort());
    expect(page.isConnected).toBe(false);
  });
});

describe('going back', () => {
  it('goes back one choice at every depth, from the ending to the start', () => {
    const way = endingPaths(sample).sort((a, b) => b.choices.length - a.choices.length)[0]!;
    const page = mountChat(sample);
    play(page, sample, way);
    press(button(page, 'Go back to the last choice'));
    for (let depth = way.choices.length - 1; depth >= 0; depth--) {
      if (depth < way.choices.length - 1) press(button(page, 'Go back one choice'));
      const node = sample.nodes[way.trail[depth]!]!;
      const undone = node.choices[way.choices[depth]!]!;
      expect(
        choiceButtons(page)
          .map((b) => b.textContent)
          .sort(),
        `depth ${depth}`,
      ).toEqual(node.choices.map((c) => c.text).sort());
      expect(logText(page)).not.toContain(undone.says ?? undone.text);
      expect(progressOf(sample)?.path).toEqual(way.choices.slice(0, depth));
    }
    expect(button(page, 'Go back one choice')).toBeUndefined();
  });
});

describe('what the chat shows', () => {
  const core = messagesFor('en');

  it('names who the chat is with and the step, and at the ending what to take away and the choices made', () => {
    const page = mountChat(sample);
    const header = () => page.querySelector('.chat-header')!.textContent!;
    expect(header()).toContain('jay_skates');
    expect(header()).toContain('Step 1');
    const way = shortestTo(sample, 'told-mum');
    play(page, sample, { ...way, choices: way.choices.slice(0, 1) });
    expect(header()).toContain('Step 2');
    press(button(page, 'Try again from the start'));
    play(page, sample, way);
    expect(header()).toContain('The end');
    const takeAways = [...page.querySelectorAll('.scenario-take-aways li')].map((li) => li.textContent);
    expect(takeAways).toEqual(
      sample.endings['told-mum']!.whatToDo.map((id) => `${core[`core.${id}.title`]} ${core[`core.${id}.text`]}`),
    );
    const made = page.querySelector('.scenario-taken')!;
    expect(made.querySelector('summary')!.textContent).toBe(`The choices you made (${way.choices.length})`);
    expect([...made.querySelectorAll('.scenario-taken-choice')].map((p) => p.textContent)).toEqual(
      way.choices.map((index, step) => sample.nodes[way.trail[step]!]!.choices[index]!.text),
    );
  });
});

describe('feedback: debrief', () => {
  const debriefed = scenarioFrom('tests/fixtures/scenarios/sample-new-follower/scenario.yaml', (text) =>
    text.replace('feedback: immediate', 'feedback: debrief'),
  );

  it('gives no feedback after each choice, and all of it at the ending', () => {
    expect(debriefed.feedback).toBe('debrief');
    const way = shortestTo(debriefed, 'told-mum');
    const page = mountChat(debriefed);
    way.choices.forEach((index, step) => {
      const choice = debriefed.nodes[way.trail[step]!]!.choices[index]!;
      press(choiceButtons(page).find((b) => b.textContent === choice.text));
      if (step < way.choices.length - 1) expect(page.querySelector('.scenario-feedback')).toBeNull();
    });
    const ending = page.querySelector('.scenario-ending')!;
    way.choices.forEach((index, step) => {
      expect(ending.textContent).toContain(debriefed.nodes[way.trail[step]!]!.choices[index]!.feedback);
    });
  });
});
