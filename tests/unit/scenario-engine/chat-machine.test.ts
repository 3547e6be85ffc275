import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  choiceEvent,
  compileScenario,
  endingAt,
  snapshotAt,
  type ChatMachine,
} from '../../../src/scenario-engine/browser/chat-machine.ts';
import { fixture } from './helpers.ts';

const sample = fixture('sample-new-follower');

/** The machine with its reports recorded, as the island supplies them (`.provide`). */
function recording(machine: ChatMachine = compileScenario(sample)) {
  const reports: string[] = [];
  const provided = machine.provide({
    actions: {
      'report.started': () => reports.push('started'),
      'report.choiceMade': ({ context }, params) =>
        reports.push(`choice ${params.node}.${params.choice} ${params.rating} [${context.path.join(',')}]`),
      'report.wentBack': ({ context }) => reports.push(`back [${context.path.join(',')}]`),
      'report.endingReached': ({ context }, params) =>
        reports.push(`ending ${params.ending} ${params.outcome} [${context.path.join(',')}]`),
    },
  });
  return { machine: provided, reports };
}

describe('compileScenario', () => {
  it('makes nodes and endings states, tags the endings and gives them their outcome', () => {
    const machine = compileScenario(sample);
    expect(machine.id).toBe('sample-new-follower');
    expect(Object.keys(machine.states)).toEqual([...Object.keys(sample.nodes), ...Object.keys(sample.endings)]);
    expect([...(machine.states['paid']?.tags ?? [])]).toEqual(['ending']);
    expect(machine.states['paid']?.meta).toEqual({ ending: 'paid', outcome: 'unsafe' });
    expect(Object.keys(machine.states['asks-for-photo']?.on ?? {})).toEqual(
      expect.arrayContaining(['choose.0', 'choose.1', 'choose.2', 'back', 'restart']),
    );
  });

  it('keeps delays and invoked actors out of the machine', () => {
    const machine = compileScenario(sample);
    for (const state of Object.values(machine.states)) {
      expect(state.after).toEqual([]);
      expect(state.invoke).toEqual([]);
    }
  });

  it('plays to an ending, reporting the new attempt, each choice and the ending with the path', () => {
    const { machine, reports } = recording();
    const actor = createActor(machine, { input: {} }).start();
    expect(actor.getSnapshot().value).toBe('first-message');
    for (const index of [0, 0]) actor.send(choiceEvent(index));
    expect(actor.getSnapshot().value).toBe('asks-for-photo');
    expect(actor.getSnapshot().can(choiceEvent(2))).toBe(true);
    expect(actor.getSnapshot().can(choiceEvent(3))).toBe(false);
    for (const index of [2, 0]) actor.send(choiceEvent(index));
    expect(endingAt(actor.getSnapshot())).toEqual({ ending: 'paid', outcome: 'unsafe' });
    expect(actor.getSnapshot().context.path).toEqual([0, 0, 2, 0]);
    expect(reports).toEqual([
      'started',
      'choice first-message.0 risky [0]',
      'choice asks-to-move-app.0 unsafe [0,0]',
      'choice asks-for-photo.2 unsafe [0,0,2]',
      'choice threat.0 unsafe [0,0,2,0]',
      'ending paid unsafe [0,0,2,0]',
    ]);
  });

  it('reports no new attempt when one is under way', () => {
    const { machine, reports } = recording();
    const actor = createActor(machine, { input: { begun: true } }).start();
    actor.send(choiceEvent(1));
    expect(reports).toEqual(['choice first-message.1 safe [1]']);
  });

  it('ignores a choice the node does not offer', () => {
    const { machine, reports } = recording();
    const actor = createActor(machine, { input: {} }).start();
    actor.send(choiceEvent(1));
    actor.send(choiceEvent(3));
    expect(actor.getSnapshot().value).toBe('checks-profile');
    expect(actor.getSnapshot().context.path).toEqual([1]);
    expect(reports).toHaveLength(2);
  });

  it('keeps the path free of loops, and the nodes it passed beside it', () => {
    const actor = createActor(compileScenario(sample), { input: {} }).start();
    for (const choice of [1, 1, 2]) actor.send(choiceEvent(choice)); // ... -> asks-to-move-app -> checks-profile again
    expect(actor.getSnapshot().context).toMatchObject({ path: [1], trail: ['first-message'] });
    actor.send(choiceEvent(0));
    expect(endingAt(actor.getSnapshot())).toEqual({ ending: 'blocked', outcome: 'safe' });
    expect(actor.getSnapshot().context.path).toEqual([1, 0]);
  });

  it('goes back one choice at every depth, from an ending too, and reports where it is', () => {
    const { machine, reports } = recording();
    const actor = createActor(machine, { input: {} }).start();
    const way = [0, 0, 2, 1];
    for (const index of way) actor.send(choiceEvent(index));
    expect(endingAt(actor.getSnapshot())?.ending).toBe('told-mum');
    const visited = ['first-message', 'asks-to-move-app', 'asks-for-photo', 'threat'];
    for (let depth = way.length - 1; depth >= 0; depth--) {
      actor.send({ type: 'back' });
      expect(actor.getSnapshot().value).toBe(visited[depth]);
      expect(actor.getSnapshot().context.path).toEqual(way.slice(0, depth));
      expect(reports.at(-1)).toBe(`back [${way.slice(0, depth).join(',')}]`);
    }
    expect(actor.getSnapshot().can({ type: 'back' })).toBe(false);
  });

  it('starts again from the beginning as a new attempt', () => {
    const { machine, reports } = recording();
    const actor = createActor(machine, { input: {} }).start();
    for (const index of [0, 1]) actor.send(choiceEvent(index));
    actor.send({ type: 'restart' });
    expect(actor.getSnapshot().value).toBe('first-message');
    expect(actor.getSnapshot().context.path).toEqual([]);
    actor.send(choiceEvent(0));
    expect(reports.filter((line) => line === 'started')).toHaveLength(2);
  });

  it('restores an actor at an ending from the path alone, reporting nothing for the steps replayed', () => {
    const { machine, reports } = recording();
    const snapshot = snapshotAt(machine, [0, 1], { begun: true });
    expect(snapshot && endingAt(snapshot)).toEqual({ ending: 'told-mum', outcome: 'safe' });
    const actor = createActor(machine, { snapshot, input: {} }).start();
    expect(actor.getSnapshot().value).toBe('told-mum');
    expect(reports).toEqual([]);
  });

  it('restores an actor in the middle of a scenario that then plays on', () => {
    const machine = compileScenario(sample);
    const actor = createActor(machine, { snapshot: snapshotAt(machine, [0, 0, 2]), input: {} }).start();
    expect(actor.getSnapshot().value).toBe('threat');
    actor.send(choiceEvent(1));
    expect(endingAt(actor.getSnapshot())?.ending).toBe('told-mum');
    expect(actor.getSnapshot().context.path).toEqual([0, 0, 2, 1]);
  });

  it('refuses a saved path that no longer fits, so that the chat starts afresh', () => {
    const machine = compileScenario(sample);
    expect(snapshotAt(machine, [0, 3])).toBeUndefined();
    expect(snapshotAt(machine, [0, 1, 0])).toBeUndefined(); // past an ending
    expect(snapshotAt(machine, [1.5])).toBeUndefined();
  });

  it('refuses an event for a choice index no node can have', () => {
    expect(choiceEvent(3)).toEqual({ type: 'choose.3' });
    expect(() => choiceEvent(4)).toThrow('a choice index is 0 to 3, not 4');
    expect(() => choiceEvent(-1)).toThrow(RangeError);
  });
});
