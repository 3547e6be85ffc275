import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/scenario-engine/check-scenario.ts';
import { choiceEvent, compileScenario, snapshotAt } from '../../../src/scenario-engine/compile-scenario.ts';
import { parseScenario } from '../../../src/scenario-engine/parse-scenario.ts';
import { simplePaths } from '../../../src/scenario-engine/paths.ts';
import type { Scenario } from '../../../src/scenario-engine/schema.ts';
import { takeChoice, transcriptAt } from '../../../src/scenario-engine/transcript.ts';
import { transition } from 'xstate';

function load(file: string): Scenario {
  const parsed = parseScenario(file, readFileSync(file, 'utf8'));
  if (!parsed.ok || checkScenario(parsed.scenario, parsed.source).length > 0) throw new Error(`${file} is broken`);
  return parsed.scenario;
}

const files = [
  ...readdirSync('src/scenarios').map((id) => `src/scenarios/${id}/scenario.yaml`),
  'tests/fixtures/scenarios/minimal/scenario.yaml',
];

describe('the player follows the compiled machine', () => {
  it.each(files)('%s: every choice on every path leads where the XState machine goes', (file) => {
    const scenario = load(file);
    const machine = compileScenario(scenario);
    for (const path of simplePaths(scenario)) {
      for (let step = 0; step < path.choices.length; step++) {
        const before = path.choices.slice(0, step);
        const index = path.choices[step]!;
        const [after] = transition(machine, snapshotAt(machine, before)!, choiceEvent(index));
        const taken = takeChoice(scenario, before, index)!;
        expect(taken.path).toEqual(after.context.path);
        expect(taken.ending).toEqual(
          after.status === 'done' ? { id: after.output!.ending, outcome: after.output!.outcome } : undefined,
        );
        const transcript = transcriptAt(scenario, taken.path)!;
        expect(transcript.at.id).toBe(after.value);
      }
    }
  });
});

describe('transcriptAt', () => {
  const scenario = load('tests/fixtures/scenarios/minimal/scenario.yaml');

  it('shows the start node with its choices at the empty path', () => {
    const transcript = transcriptAt(scenario, [])!;
    expect(transcript.at).toMatchObject({ kind: 'node', id: 'hello' });
    expect(transcript.entries.map((e) => e.kind)).toEqual(['message']);
    expect(transcript.taken).toEqual([]);
    expect(transcript.newFrom).toBe(0);
  });

  it('redraws the messages, the choices taken and their feedback along a path', () => {
    const transcript = transcriptAt(scenario, [1])!;
    expect(transcript.entries[1]).toEqual({ kind: 'choice', key: '1.choice', text: 'Say yes and keep it secret' });
    expect(transcript.taken).toEqual([
      {
        node: 'hello',
        index: 1,
        text: 'Say yes and keep it secret',
        rating: 'unsafe',
        feedback: 'A stranger who asks for a secret is using a trick. You can still tell someone.',
      },
    ]);
    expect(transcript.newFrom).toBe(1);
  });

  it('refuses a path that does not fit the scenario, so the player starts afresh', () => {
    expect(transcriptAt(scenario, [7])).toBeUndefined();
    expect(takeChoice(scenario, [], 9)).toBeUndefined();
  });
});
