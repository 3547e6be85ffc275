import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { choiceEvent, compileScenario, snapshotAt } from '../../../src/scenario-engine/compile-scenario.ts';
import { fixture } from './helpers.ts';

const sample = fixture('sample-new-follower');

describe('compileScenario', () => {
  it('makes nodes states, endings final states and choices events', () => {
    const machine = compileScenario(sample);
    expect(machine.id).toBe('sample-new-follower');
    expect(Object.keys(machine.states)).toEqual([...Object.keys(sample.nodes), ...Object.keys(sample.endings)]);
    expect(machine.states['paid']?.type).toBe('final');
    expect(machine.states['threat']?.type).toBe('atomic');
    expect(Object.keys(machine.states['asks-for-photo']?.on ?? {})).toEqual(['choose.0', 'choose.1', 'choose.2']);
  });

  it('keeps delays and invoked actors out of the machine', () => {
    const machine = compileScenario(sample);
    for (const state of Object.values(machine.states)) {
      expect(state.after).toEqual([]);
      expect(state.invoke).toEqual([]);
    }
  });

  it('plays a scenario to an ending and outputs the ending, its outcome and the path', () => {
    const actor = createActor(compileScenario(sample)).start();
    expect(actor.getSnapshot().value).toBe('first-message');
    actor.send(choiceEvent(0));
    actor.send(choiceEvent(0));
    expect(actor.getSnapshot().value).toBe('asks-for-photo');
    expect(actor.getSnapshot().can(choiceEvent(2))).toBe(true);
    expect(actor.getSnapshot().can(choiceEvent(3))).toBe(false);
    actor.send(choiceEvent(2));
    actor.send(choiceEvent(0));
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ ending: 'paid', outcome: 'unsafe', path: [0, 0, 2, 0] });
  });

  it('ignores a choice the node does not offer', () => {
    const actor = createActor(compileScenario(sample)).start();
    actor.send(choiceEvent(1));
    actor.send(choiceEvent(3));
    expect(actor.getSnapshot().value).toBe('checks-profile');
    expect(actor.getSnapshot().context.path).toEqual([1]);
  });

  it('keeps the path in the context free of loops', () => {
    const actor = createActor(compileScenario(sample)).start();
    for (const choice of [1, 1, 2]) actor.send(choiceEvent(choice)); // ... -> asks-to-move-app -> checks-profile again
    expect(actor.getSnapshot().context.path).toEqual([1]);
    actor.send(choiceEvent(0));
    expect(actor.getSnapshot().output).toEqual({ ending: 'blocked', outcome: 'safe', path: [1, 0] });
  });

  it('restores an actor at an ending with its output, from the path alone', () => {
    const machine = compileScenario(sample);
    const snapshot = snapshotAt(machine, [0, 1]);
    expect(snapshot?.status).toBe('done');
    expect(snapshot?.output).toEqual({ ending: 'told-mum', outcome: 'safe', path: [0, 1] });
    const actor = createActor(machine, { snapshot }).start();
    expect(actor.getSnapshot().output).toEqual({ ending: 'told-mum', outcome: 'safe', path: [0, 1] });
  });

  it('restores an actor in the middle of a scenario that then plays on', () => {
    const machine = compileScenario(sample);
    const actor = createActor(machine, { snapshot: snapshotAt(machine, [0, 0, 2]) }).start();
    expect(actor.getSnapshot().value).toBe('threat');
    actor.send(choiceEvent(1));
    expect(actor.getSnapshot().output).toEqual({ ending: 'told-mum', outcome: 'safe', path: [0, 0, 2, 1] });
  });

  it('refuses an event for a choice index no node can have', () => {
    expect(choiceEvent(3)).toEqual({ type: 'choose.3' });
    expect(() => choiceEvent(4)).toThrow('a choice index is 0 to 3, not 4');
    expect(() => choiceEvent(-1)).toThrow(RangeError);
  });
});
