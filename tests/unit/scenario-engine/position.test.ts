import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileScenario, snapshotAt } from '../../../src/scenario-engine/compile-scenario.ts';
import { scenarioStructure } from '../../../src/scenario-engine/paths.ts';
import { normalizePath, replayPath } from '../../../src/scenario-engine/position.ts';
import type { Scenario } from '../../../src/scenario-engine/schema.ts';
import { fixture } from './helpers.ts';

const minimal = fixture('minimal');
const sample = fixture('sample-new-follower');

/** Every sequence of choice indexes 0-3 up to `length` long: valid and invalid paths alike. */
function allSequences(length: number): number[][] {
  const result: number[][] = [[]];
  for (let i = 0; i < result.length; i++) {
    const sequence = result[i] ?? [];
    if (sequence.length < length) for (const choice of [0, 1, 2, 3]) result.push([...sequence, choice]);
  }
  return result;
}

describe('replayPath', () => {
  it('follows a path to a node, with the steps taken', () => {
    expect(replayPath(sample, [1, 1])).toEqual({
      ok: true,
      at: { kind: 'node', id: 'asks-to-move-app' },
      steps: [
        { node: 'first-message', choice: 1, next: 'checks-profile' },
        { node: 'checks-profile', choice: 1, next: 'asks-to-move-app' },
      ],
    });
    expect(replayPath(sample, [])).toEqual({ ok: true, at: { kind: 'node', id: 'first-message' }, steps: [] });
  });

  it('follows a path to an ending', () => {
    const result = replayPath(sample, [0, 0, 2, 0]);
    expect(result.ok && result.at).toEqual({ kind: 'ending', id: 'paid' });
  });

  it('says which entry of a broken path cannot be followed', () => {
    expect(replayPath(sample, [1, 5])).toEqual({
      ok: false,
      step: 1,
      reason: 'not-a-choice',
      message: 'path[1] is 5, but node "checks-profile" has 2 choices (0 to 1)',
    });
    expect(replayPath(sample, [0, 0.5])).toMatchObject({ ok: false, step: 1, reason: 'not-a-choice' });
    expect(replayPath(sample, [-1])).toMatchObject({ ok: false, step: 0, reason: 'not-a-choice' });
    expect(replayPath(sample, [1, 0, 0])).toEqual({
      ok: false,
      step: 2,
      reason: 'past-ending',
      message: 'path[2] continues past ending "blocked", where the scenario is over',
    });
  });
});

describe('normalizePath', () => {
  it('cuts the part of a path between two visits of a node', () => {
    // first-message -> checks-profile -> asks-to-move-app -> checks-profile (again) -> blocked
    expect(normalizePath(sample, [1, 1, 2, 0])).toEqual([1, 0]);
    // secret -> hello (the start, again) -> secret: back where the first choice led
    expect(normalizePath(minimal, [1, 1, 1])).toEqual([1]);
    expect(normalizePath(minimal, [1, 1])).toEqual([]);
  });

  it('leaves a path without repeats as it is', () => {
    expect(normalizePath(sample, [0, 0, 2, 1])).toEqual([0, 0, 2, 1]);
  });

  it('keeps the valid part of a broken path', () => {
    expect(normalizePath(sample, [1, 9, 0])).toEqual([1]);
    expect(normalizePath(sample, [1, 0, 0])).toEqual([1, 0]);
  });

  for (const scenario of [minimal, sample] as Scenario[]) {
    it(`${scenario.id}: every path of up to 6 choices keeps its position, without repeats, within the longest path`, () => {
      const { longestPath } = scenarioStructure(scenario);
      let valid = 0;
      for (const path of allSequences(6)) {
        const replayed = replayPath(scenario, path);
        if (!replayed.ok) continue;
        valid++;
        const normal = normalizePath(scenario, path);
        const again = replayPath(scenario, normal);
        expect(again.ok && again.at).toEqual(replayed.at);
        const visited = [scenario.start, ...(again.ok ? again.steps.map((step) => step.next) : [])];
        expect(new Set(visited).size).toBe(visited.length);
        expect(normal.length).toBeLessThanOrEqual(longestPath);
        expect(normalizePath(scenario, normal)).toEqual(normal);
      }
      expect(valid).toBeGreaterThan(10); // the walk really covered paths, loops included
    });
  }
});

describe('saving and restoring a position', () => {
  it('restores exactly the node or ending a learner was at, after any path played on the machine', () => {
    const machine = compileScenario(sample);
    for (const path of allSequences(5)) {
      if (!replayPath(sample, path).ok) continue;
      // Play the path as the chat would, save what the machine holds, restore it in a fresh snapshot.
      const played = snapshotAt(machine, path);
      const saved = JSON.parse(JSON.stringify(played?.context.path)) as number[];
      const restored = replayPath(sample, saved);
      expect(restored.ok && restored.at.id).toBe(played?.value);
      expect(snapshotAt(machine, saved)?.value).toBe(played?.value);
    }
  });

  it('tells the caller to start afresh when a saved path no longer fits', () => {
    const machine = compileScenario(sample);
    expect(snapshotAt(machine, [1, 7])).toBeUndefined();
    expect(snapshotAt(machine, [1, 3])).toBeUndefined(); // a fourth choice, at a node with two
    expect(snapshotAt(machine, [1, 0, 0])).toBeUndefined();
    expect(snapshotAt(machine, [1.5])).toBeUndefined();
    // Passing the undefined on starts a fresh actor at the start node.
    expect(
      createActor(machine, { snapshot: snapshotAt(machine, [1, 7]) })
        .start()
        .getSnapshot().value,
    ).toBe('first-message');
  });
});
