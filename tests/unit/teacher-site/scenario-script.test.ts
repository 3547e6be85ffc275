import { describe, expect, it } from 'vitest';
import { loadBands } from '../../../src/course/load-bands.ts';
import { buildOptionsSchema } from '../../../src/course/options.ts';
import { describeCondition, scriptOrder } from '../../../src/teacher-site/scenario-script.ts';

const scenarios = loadBands(process.cwd(), buildOptionsSchema.parse({})).bands.flatMap(({ course }) =>
  Object.values(course.scenarios),
);

describe('a chat’s script', () => {
  it('has every node and every ending once, starting where the chat starts', () => {
    expect(scenarios.length).toBe(15);
    for (const scenario of scenarios) {
      const { nodes, endings } = scriptOrder(scenario);
      expect(nodes[0], scenario.id).toBe(scenario.start);
      expect([...nodes].sort(), scenario.id).toEqual(Object.keys(scenario.nodes).sort());
      expect([...endings].sort(), scenario.id).toEqual(Object.keys(scenario.endings).sort());
    }
  });

  it('says when a debrief line shows, in a teacher’s words', () => {
    const scenario = scenarios.find((s) => s.id === 'countdown')!;
    const [first, second] = scriptOrder(scenario).nodes;
    const label = (id: string) => `step ${scriptOrder(scenario).nodes.indexOf(id) + 1}`;
    const choice = scenario.nodes[first!]!.choices[1]!;
    expect(describeCondition(scenario, { visited: [second!], chose: { node: first!, choice: 2 } }, label)).toBe(
      `the class passed step 2, and the class chose “${choice.text}” at step 1`,
    );
  });
});
