import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { debriefFor, followsThreat, traceOf } from '../../../src/scenario-engine/browser/debrief.ts';
import { loadScenario } from '../../../src/scenario-engine/build/load-scenario.ts';
import { endingPaths } from '../../../src/scenario-engine/build/paths.ts';
import type { Scenario } from '../../../src/scenario-engine/build/schema.ts';
import { edit, MINIMAL, problemsOf, scenarioOf } from './helpers.ts';

function real(id: string): Scenario {
  const file = `src/scenarios/${id}/scenario.yaml`;
  const loaded = loadScenario(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${id} has problems`);
  return loaded.scenario;
}

/**
 * What a reviewer knows of each scenario: the words a debrief uses for a moment, and the nodes where that moment
 * happens. A debrief line that uses the words on a path that passed none of those nodes tells of something the
 * learner never saw.
 */
const MOMENTS: Record<string, { words: RegExp; nodes: string[] }[]> = {
  'new-follower': [
    { words: /profile didn't add up|new account/i, nodes: ['checks-profile'] },
    { words: /compliments|keep him a secret/i, nodes: ['lots-of-compliments'] },
    { words: /private app/i, nodes: ['switch-app'] },
    { words: /feel guilty/i, nodes: ['says-no'] },
    { words: /private photo/i, nodes: ['private-app'] },
    { words: /pressure/i, nodes: ['pressure'] },
    { words: /countdown|did what Leo said/i, nodes: ['threat'] },
    { words: /sent more at first|did what Leo said/i, nodes: ['more-demands'] },
    { words: /Maya's screenshots/i, nodes: ['keeps-evidence'] },
    { words: /Priya/, nodes: ['asks-priya', 'on-her-own'] },
  ],
  countdown: [
    { words: /paid at first|had paid|kept paying/i, nodes: ['paid'] },
    { words: /blocked/i, nodes: ['evidence-saved'] },
  ],
  'friend-in-trouble': [
    { words: /already paid|paid again/i, nodes: ['josh-paid'] },
    { words: /told a teacher|tell a teacher herself/i, nodes: ['next-day'] },
  ],
};

/** Every debrief line, on every path to every ending, that names a moment the path did not pass. */
function misclaims(scenario: Scenario, moments: readonly { words: RegExp; nodes: string[] }[]): string[] {
  const wrong: string[] = [];
  for (const path of endingPaths(scenario)) {
    const trace = traceOf(path.trail, path.choices, path.to);
    const { visited } = trace;
    for (const line of debriefFor(scenario.endings[path.to]!, trace)) {
      for (const moment of moments) {
        if (moment.words.test(line) && !moment.nodes.some((node) => visited.has(node))) {
          wrong.push(`${path.to} via [${path.choices.map((c) => c + 1).join(', ')}]: "${line}"`);
        }
      }
    }
  }
  return wrong;
}

describe('debriefs tell only what happened on the path taken', () => {
  for (const [id, moments] of Object.entries(MOMENTS)) {
    const scenario = real(id);
    it(`${id}: no debrief line on any path to any ending names a moment the path did not visit`, () => {
      const paths = endingPaths(scenario);
      expect(paths.length).toBeGreaterThan(10);
      for (const path of paths) {
        const trace = traceOf(path.trail, path.choices, path.to);
        expect(debriefFor(scenario.endings[path.to]!, trace).length, `${path.to} [${path.choices}]`).toBeGreaterThan(0);
      }
      expect(misclaims(scenario, moments)).toEqual([]);
    });
  }

  it('catches a line that claims a moment on every path, as the old debrief of new-follower did', () => {
    const scenario = real('new-follower');
    const ending = scenario.endings['trusted-her-instincts']!;
    const claiming: Scenario = {
      ...scenario,
      endings: {
        ...scenario.endings,
        'trusted-her-instincts': {
          ...ending,
          debrief: 'Leo sent lots of compliments, very fast, and pushed her to a private app.',
        },
      },
    };
    expect(misclaims(claiming, MOMENTS['new-follower']!).length).toBeGreaterThan(0);
  });
});

describe('conditional debrief lines', () => {
  const withLines = edit(
    MINIMAL,
    "debrief: Ana's dad helped her block the stranger. Telling a trusted adult is always right.",
    `debrief:
      - Ana's dad helped her block the stranger.
      - text: She said yes to the secret at first, then stopped.
        if: { visited: secret }`,
  );

  it('shows a line only on paths that meet its condition', () => {
    const scenario = scenarioOf(withLines);
    const ending = scenario.endings['asked-dad']!;
    expect(debriefFor(ending, traceOf(['hello'], [0], 'asked-dad'))).toEqual([
      "Ana's dad helped her block the stranger.",
    ]);
    expect(debriefFor(ending, traceOf(['hello', 'secret'], [1, 0], 'asked-dad'))).toEqual([
      "Ana's dad helped her block the stranger.",
      'She said yes to the secret at first, then stopped.',
    ]);
  });

  it('refuses a condition that names no node, or a choice the node does not have', () => {
    expect(problemsOf(withLines.replace('visited: secret', 'visited: secrt'))).toEqual([
      'src/scenarios/minimal/scenario.yaml:51: ending "asked-dad", debrief line 2, field "if.visited": names "secrt", but there is no node with that id; did you mean "secret"?',
    ]);
    expect(problemsOf(withLines.replace('visited: secret', 'chose: { node: hello, choice: 3 }'))).toEqual([
      'src/scenarios/minimal/scenario.yaml:51: ending "asked-dad", debrief line 2, field "if.chose.choice": is 3, but node "hello" has 2 choices (counted from 1)',
    ]);
  });

  it('refuses a line no path shows, and a debrief that shows nothing on some path', () => {
    expect(problemsOf(withLines.replace('visited: secret', 'notVisited: hello'))).toEqual([
      'src/scenarios/minimal/scenario.yaml:51: ending "asked-dad", debrief line 2, field "if": is true on no way to this ending, so the line would never be shown; check the node ids and the choice number',
    ]);
    const onlyConditional = withLines.replace("      - Ana's dad helped her block the stranger.\n", '');
    expect(problemsOf(onlyConditional)).toEqual([
      'src/scenarios/minimal/scenario.yaml:48: ending "asked-dad", field "debrief": shows no line at all to a learner who takes choices 1; give it a line without a condition, or one for that way',
    ]);
  });
});

describe('endings after a threat', () => {
  it('point to the crisis route on every path that passed the threat, and only then', () => {
    const scenario = real('new-follower');
    const paths = endingPaths(scenario);
    const trace = (path: (typeof paths)[number]) => traceOf(path.trail, path.choices, path.to);
    const after = paths.filter((path) => followsThreat(scenario, trace(path)));
    const before = paths.filter((path) => !followsThreat(scenario, trace(path)));
    expect(after.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    for (const path of after) expect(path.trail).toContain('threat');
    for (const path of before) expect(path.trail).not.toContain('threat');
  });

  it('every real scenario marks where the threat is', () => {
    for (const id of ['new-follower', 'countdown', 'friend-in-trouble']) {
      expect(
        Object.values(real(id).nodes).some((node) => node.threat),
        id,
      ).toBe(true);
    }
  });
});

it('scenarioOf accepts the minimal fixture', () => {
  expect(scenarioOf(MINIMAL).id).toBe('minimal');
});
