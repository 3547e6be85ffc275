import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceOrder } from '../../../src/scenario-engine/browser/chat-view.ts';
import { loadScenario } from '../../../src/scenario-engine/build/load-scenario.ts';
import type { Scenario } from '../../../src/scenario-engine/build/schema.ts';

const scenarios: Scenario[] = readdirSync('src/scenarios').map((id) => {
  const file = `src/scenarios/${id}/scenario.yaml`;
  const loaded = loadScenario(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
});

/** Where the first safe choice stands among the choices shown, at every node that has one (1 = first). */
function safePlaces(scenario: Scenario, order: (node: string) => number[]): number[] {
  return Object.entries(scenario.nodes).flatMap(([id, node]) => {
    const place = order(id).findIndex((index) => node.choices[index]?.rating === 'safe');
    return place < 0 ? [] : [place + 1];
  });
}

const asWritten = (scenario: Scenario) => (node: string) => scenario.nodes[node]!.choices.map((_, index) => index);

describe('the order in which a node shows its choices', () => {
  it('never puts the safe choice in the same place at every node of a scenario', () => {
    for (const scenario of scenarios) {
      const places = new Set(safePlaces(scenario, (node) => choiceOrder(scenario, node)));
      expect(places.size, `${scenario.id}: the safe choice is always number ${[...places]}`).toBeGreaterThan(1);
    }
  });

  it('would catch a chat that showed the choices as written, with the safe one written first everywhere', () => {
    const scenario = scenarios[0]!;
    const safeFirst: Scenario = {
      ...scenario,
      nodes: Object.fromEntries(
        Object.entries(scenario.nodes).map(([id, node]) => [
          id,
          {
            ...node,
            choices: [...node.choices].sort((a, b) => Number(b.rating === 'safe') - Number(a.rating === 'safe')),
          },
        ]),
      ),
    };
    expect(new Set(safePlaces(safeFirst, asWritten(safeFirst)))).toEqual(new Set([1]));
  });

  it('is the same every time, holds every choice once, and keeps the indexes as written', () => {
    for (const scenario of scenarios) {
      for (const [id, node] of Object.entries(scenario.nodes)) {
        const order = choiceOrder(scenario, id);
        expect(order).toEqual(choiceOrder(scenario, id));
        expect([...order].sort()).toEqual(node.choices.map((_, index) => index));
      }
    }
  });
});
