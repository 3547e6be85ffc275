import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import type { ChoiceRating, EndingOutcome, Scenario } from '../build/schema.ts';
import { MAX_CHOICES } from './limits.ts';

/**
 * A scenario as the XState machine that runs the chat in the learner's browser: each node is a state, each choice
 * an event, each ending a state tagged `ending`. Where a choice leads, how a saved position is restored, going back
 * one choice and trying again are all decided here, and nowhere else. What happens is reported through named actions
 * (`report.*`) that the chat island supplies with `.provide()`, and tests with their own.
 *
 * No delays and no invoked actors: the chat's typing pauses belong to the UI, and a machine without them can be
 * walked path by path (xstate/graph) and restored from a path in one go (`snapshotAt`).
 */

/** A choice index a node can offer (0-based, as written in the file; a node offers 2 to 4 choices). */
export type ChoiceIndex = 0 | 1 | 2 | 3;

/**
 * "The learner takes choice i of the current node". One event type per index, so that xstate/graph finds every
 * transition, and `snapshot.can(choiceEvent(2))` says whether there is a third choice. An event for a choice the
 * current node lacks is ignored.
 */
export type ChoiceEvent = { type: `choose.${ChoiceIndex}` };
/** Go back one choice (`back`), or start the scenario again from the beginning (`restart`). */
export type ChatEvent = ChoiceEvent | { type: 'back' } | { type: 'restart' };

export interface ChatContext {
  /**
   * The choices of the way so far (indexes as written), without loops: coming back to a node cuts out the round
   * trip, so the path is never longer than the scenario's longest simple path. This is the position saved.
   */
  path: number[];
  /** The node at which each choice of `path` was taken (same length). */
  trail: string[];
  /** An attempt is under way; the first choice of one that is not reports a new attempt. */
  begun: boolean;
  /**
   * The choice just taken, when it led back to a node already passed (a loop, such as "go back and think again"):
   * the path no longer holds it, but the chat still shows it, with its feedback, once.
   */
  looped?: { node: string; choice: number } | undefined;
}

export interface ChatInput {
  /** Whether the learner's saved progress has an attempt under way (started, and no ending reached yet). */
  begun?: boolean | undefined;
}

/** What the machine says of an ending state (its `meta`). */
export interface EndingMeta {
  ending: string;
  outcome: EndingOutcome;
}

/** The event for choice `index` (0-based) of the current node. */
export function choiceEvent(index: number): ChoiceEvent {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_CHOICES) {
    throw new RangeError(`a choice index is 0 to ${MAX_CHOICES - 1}, not ${index}`);
  }
  return { type: `choose.${index as ChoiceIndex}` };
}

/** Every choice event, for walking the machine choice by choice (xstate/graph). */
export const CHOICE_EVENTS: readonly ChoiceEvent[] = Array.from({ length: MAX_CHOICES }, (_, i) => choiceEvent(i));

/** Builds the machine of a scenario that passed `checkScenario` (an unknown `next` would make XState throw). */
export function compileScenario(scenario: Scenario) {
  const ids = [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)];
  // Back leads to the node where the last choice was taken: one guarded transition per node that can lead here.
  const comingFrom = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const [id, node] of Object.entries(scenario.nodes)) {
    for (const choice of node.choices) comingFrom.get(choice.next)?.add(id);
  }
  const back = (id: string) =>
    [...(comingFrom.get(id) ?? [])].map((from) => ({
      target: from,
      guard: { type: 'cameFrom' as const, params: { node: from } },
      actions: ['dropChoice' as const, 'report.wentBack' as const],
    }));
  const common = (id: string) => ({
    back: back(id),
    restart: { target: scenario.start, actions: ['startAgain' as const, 'report.started' as const] },
  });

  const nodeStates = Object.entries(scenario.nodes).map(([id, node]) => [
    id,
    {
      on: {
        ...common(id),
        ...Object.fromEntries(
          node.choices.map((choice, index) => {
            const take = { type: 'takeChoice' as const, params: { node: id, choice: index, next: choice.next } };
            const made = {
              type: 'report.choiceMade' as const,
              params: { node: id, choice: index, rating: choice.rating },
            };
            return [
              `choose.${index}`,
              [
                {
                  guard: 'isNewAttempt' as const,
                  target: choice.next,
                  actions: ['report.started' as const, take, made],
                },
                { target: choice.next, actions: [take, made] },
              ],
            ];
          }),
        ),
      },
    },
  ]);
  const endingStates = Object.entries(scenario.endings).map(([id, ending]) => {
    const meta: EndingMeta = { ending: id, outcome: ending.outcome };
    return [
      id,
      {
        tags: ['ending'],
        meta,
        entry: { type: 'report.endingReached' as const, params: meta },
        on: common(id),
      },
    ];
  });

  return setup({
    types: {
      context: {} as ChatContext,
      events: {} as ChatEvent,
      input: {} as ChatInput,
    },
    guards: {
      isNewAttempt: ({ context }) => !context.begun,
      cameFrom: ({ context }, params: { node: string }) => context.trail.at(-1) === params.node,
    },
    actions: {
      // Loop-free at every step: coming back to a node on the way cuts out the round trip.
      takeChoice: assign(({ context }, params: { node: string; choice: number; next: string }) => {
        // The nodes passed so far: visited[j] is where the first j choices lead.
        const earlier = [...context.trail, params.node].indexOf(params.next);
        return earlier >= 0
          ? {
              path: context.path.slice(0, earlier),
              trail: context.trail.slice(0, earlier),
              begun: true,
              looped: { node: params.node, choice: params.choice },
            }
          : {
              path: [...context.path, params.choice],
              trail: [...context.trail, params.node],
              begun: true,
              looped: undefined,
            };
      }),
      dropChoice: assign(({ context }) => ({
        path: context.path.slice(0, -1),
        trail: context.trail.slice(0, -1),
        looped: undefined,
      })),
      startAgain: assign({ path: [], trail: [], begun: true, looped: undefined }),
      // Reports, supplied by whoever runs the machine; they do nothing unless provided.
      'report.started': () => {},
      'report.choiceMade': (_, _params: { node: string; choice: number; rating: ChoiceRating }) => {},
      'report.wentBack': () => {},
      'report.endingReached': (_, _params: EndingMeta) => {},
    },
  }).createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => ({ path: [], trail: [], begun: input?.begun === true }),
    states: Object.fromEntries([...nodeStates, ...endingStates]),
  });
}

export type ChatMachine = ReturnType<typeof compileScenario>;
export type ChatSnapshot = SnapshotFrom<ChatMachine>;

/**
 * The snapshot the machine is in after following `path` from the start, computed without running an actor
 * (`createActor(machine, { snapshot })` resumes there, and no report is made for the steps replayed). Undefined when
 * the path takes a choice the machine does not offer: the saved position no longer fits, so start afresh.
 */
export function snapshotAt(
  machine: ChatMachine,
  path: readonly number[],
  input: ChatInput = {},
): ChatSnapshot | undefined {
  let [snapshot] = initialTransition(machine, input);
  for (const index of path) {
    if (!Number.isInteger(index) || index < 0 || index >= MAX_CHOICES) return undefined;
    const event = choiceEvent(index);
    if (!snapshot.can(event)) return undefined;
    [snapshot] = transition(machine, snapshot, event);
  }
  return snapshot;
}

/** The ending the snapshot is at, from the machine's own meta; undefined while the learner is still choosing. */
export function endingAt(snapshot: ChatSnapshot): EndingMeta | undefined {
  if (!snapshot.hasTag('ending')) return undefined;
  // The meta of the states the snapshot is in, by state id; typed loosely here, since every ending's is an EndingMeta.
  const meta = (snapshot as unknown as { getMeta(): Record<string, unknown> }).getMeta();
  return Object.values(meta).find((value): value is EndingMeta => !!(value as EndingMeta | undefined)?.ending);
}
