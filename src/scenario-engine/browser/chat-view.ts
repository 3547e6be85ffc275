import { stableShuffle } from '../../course-model/stable-order.ts';
import type { Choice, Ending, EndingOutcome, Scenario, ScenarioMessage } from '../build/schema.ts';
import { choiceEvent, endingAt, type ChatSnapshot } from './chat-machine.ts';
import { traceOf, type PathTrace } from './debrief.ts';

/**
 * What the chat shows for a snapshot of the chat machine: the messages so far, each choice taken with what it said
 * and what came back, and then the choices the machine offers now, or the ending it is at. Read from the snapshot
 * (its state, and the path and nodes in its context) and the scenario's words; nothing here decides where a choice
 * leads. Pure, so the island renders it and tests check it without a DOM.
 */

export type ChatEntry =
  /** A message; `mine` when the learner's character sent it. */
  | {
      kind: 'message';
      key: string;
      from: string;
      mine: boolean;
      text?: string | undefined;
      attachment?: string | undefined;
    }
  /** A small note from the app ("Maya blocked leo.draws"). */
  | { kind: 'note'; key: string; text: string }
  /** A choice that has no words of its own in the chat: what the learner picked, shown quietly. */
  | { kind: 'picked'; key: string; text: string };

/** One choice taken: where, which, how the chat showed it, and the messages that followed. */
export interface ChatStep {
  node: string;
  /** The choice's index as written (what the machine's event and the saved path use). */
  index: number;
  choice: Choice;
  shown: ChatEntry;
  replies: ChatEntry[];
}

export type ChatPlace =
  | { kind: 'node'; id: string; choices: { index: number; choice: Choice }[] }
  | { kind: 'ending'; id: string; ending: Ending; outcome: EndingOutcome };

export interface ChatView {
  /** The messages of the first node. */
  opening: ChatEntry[];
  steps: ChatStep[];
  at: ChatPlace;
  /** The nodes and choices of the way so far (for the debrief). */
  trace: PathTrace;
}

/** The learner's character (the one the learner plays or advises). */
export const learnerOf = (scenario: Scenario) =>
  Object.entries(scenario.characters).find(([, character]) => character.role === 'learner')?.[0] ?? '';

function entries(scenario: Scenario, messages: readonly ScenarioMessage[], prefix: string): ChatEntry[] {
  const learner = learnerOf(scenario);
  return messages.map((message, index) =>
    message.from === undefined
      ? { kind: 'note', key: `${prefix}.${index}`, text: message.note ?? '' }
      : {
          kind: 'message',
          key: `${prefix}.${index}`,
          from: message.from,
          mine: message.from === learner,
          text: message.text,
          attachment: message.attachment,
        },
  );
}

function shownChoice(scenario: Scenario, choice: Choice, key: string): ChatEntry {
  if (choice.says !== undefined) {
    return { kind: 'message', key, from: learnerOf(scenario), mine: true, text: choice.says };
  }
  if (choice.does !== undefined) return { kind: 'note', key, text: choice.does };
  return { kind: 'picked', key, text: choice.text };
}

/**
 * The order in which a node's choices are shown, as indexes into its list: an order of the node's own, the same for
 * everyone and after a reload, so that the safe choice is not always where the author wrote it.
 */
export function choiceOrder(scenario: Scenario, node: string): number[] {
  const count = scenario.nodes[node]?.choices.length ?? 0;
  return stableShuffle(
    Array.from({ length: count }, (_, index) => index),
    `${scenario.id}/${node}`,
  );
}

export function chatView(scenario: Scenario, snapshot: ChatSnapshot): ChatView {
  const { path, trail } = snapshot.context;
  const at = String(snapshot.value);
  const steps = trail.map((node, step): ChatStep => {
    const index = path[step] ?? 0;
    const choice = scenario.nodes[node]?.choices[index] as Choice;
    const reached = trail[step + 1] ?? at;
    const messages = scenario.nodes[reached]?.messages ?? scenario.endings[reached]?.messages ?? [];
    return {
      node,
      index,
      choice,
      shown: shownChoice(scenario, choice, `${step + 1}.choice`),
      replies: entries(scenario, messages, `${step + 1}`),
    };
  });
  // A choice that led back round a loop is not on the path any more; the chat shows it once, after the rest.
  const { looped } = snapshot.context;
  const loopChoice = looped && scenario.nodes[looped.node]?.choices[looped.choice];
  if (looped && loopChoice) {
    steps.push({
      node: looped.node,
      index: looped.choice,
      choice: loopChoice,
      shown: shownChoice(scenario, loopChoice, `loop.${steps.length}.choice`),
      replies: entries(scenario, scenario.nodes[at]?.messages ?? [], `loop.${steps.length}`),
    });
  }
  const ending = endingAt(snapshot);
  const place: ChatPlace = ending
    ? { kind: 'ending', id: at, ending: scenario.endings[at] as Ending, outcome: ending.outcome }
    : {
        kind: 'node',
        id: at,
        choices: choiceOrder(scenario, at)
          .filter((index) => snapshot.can(choiceEvent(index)))
          .map((index) => ({ index, choice: scenario.nodes[at]?.choices[index] as Choice })),
      };
  return {
    opening: entries(scenario, scenario.nodes[scenario.start]?.messages ?? [], '0'),
    steps,
    at: place,
    trace: traceOf(trail, path, at),
  };
}
