import type { ChoiceRating, EndingOutcome } from '../course-state/events.ts';
import { endingOf, nodeOf } from './graph.ts';
import { normalizePath, replayPath } from './position.ts';
import type { Choice, Ending, Scenario, ScenarioMessage } from './schema.ts';

/**
 * The learner's side of a scenario: what the chat shows for a position, and where a choice leads. The player runs on
 * these pure functions rather than on the compiled machine: they give the same positions (tests/unit/scenario-engine
 * walks every path of every scenario through both), and leaving XState out of the browser keeps a lesson page with a
 * chat and a quiz within its 100 KB of JavaScript.
 *
 * What the chat shows for a position: the messages so far with the learner's choices between them, and then either
 * the choices of the current node or the ending. Derived from the path alone, so that a reload, "Go back to the last
 * choice" and "Try again" all redraw the chat the same way. Pure: the player renders this and decides nothing.
 */

export type TranscriptEntry =
  | { kind: 'message'; key: string; from: string; text?: string | undefined; attachment?: string | undefined }
  | { kind: 'note'; key: string; text: string }
  | { kind: 'choice'; key: string; text: string };

/** A choice taken, with its feedback (shown at once, or in the debrief, as the scenario says). */
export interface ChoiceTaken {
  node: string;
  index: number;
  text: string;
  rating: ChoiceRating;
  feedback: string;
}

export interface Transcript {
  entries: TranscriptEntry[];
  /** The choices taken, in order. */
  taken: ChoiceTaken[];
  /** Where the learner is: choosing at a node, or at an ending. */
  at: { kind: 'node'; id: string; choices: Choice[] } | { kind: 'ending'; id: string; ending: Ending };
  /** Index in `entries` of the first entry that the last choice added (0 at the start). */
  newFrom: number;
}

function messageEntries(messages: readonly ScenarioMessage[], prefix: string): TranscriptEntry[] {
  return messages.map((message, index) =>
    message.from === undefined
      ? { kind: 'note', key: `${prefix}.${index}`, text: message.note ?? '' }
      : {
          kind: 'message',
          key: `${prefix}.${index}`,
          from: message.from,
          text: message.text,
          attachment: message.attachment,
        },
  );
}

/** The transcript at `path`; undefined when the path no longer fits the scenario (start afresh then). */
export function transcriptAt(scenario: Scenario, path: readonly number[]): Transcript | undefined {
  const replay = replayPath(scenario, path);
  if (!replay.ok) return undefined;
  const entries: TranscriptEntry[] = messageEntries(nodeOf(scenario, scenario.start)?.messages ?? [], '0');
  const taken: ChoiceTaken[] = [];
  let newFrom = 0;
  replay.steps.forEach((step, index) => {
    const choice = nodeOf(scenario, step.node)?.choices[step.choice];
    if (!choice) return;
    newFrom = entries.length;
    entries.push({ kind: 'choice', key: `${index + 1}.choice`, text: choice.text });
    taken.push({
      node: step.node,
      index: step.choice,
      text: choice.text,
      rating: choice.rating,
      feedback: choice.feedback ?? '',
    });
    const next = nodeOf(scenario, step.next) ?? endingOf(scenario, step.next);
    entries.push(...messageEntries(next?.messages ?? [], `${index + 1}`));
  });
  const node = replay.at.kind === 'node' ? nodeOf(scenario, replay.at.id) : undefined;
  const ending = replay.at.kind === 'ending' ? endingOf(scenario, replay.at.id) : undefined;
  const at = node
    ? { kind: 'node' as const, id: replay.at.id, choices: node.choices }
    : { kind: 'ending' as const, id: replay.at.id, ending: ending as Ending };
  return { entries, taken, at, newFrom };
}

/** Where choice `index` at the end of `path` leads: the new loop-free path, and the ending if it is one. */
export function takeChoice(
  scenario: Scenario,
  path: readonly number[],
  index: number,
): { path: number[]; ending?: { id: string; outcome: EndingOutcome } | undefined } | undefined {
  const replay = replayPath(scenario, [...path, index]);
  if (!replay.ok) return undefined;
  const ending = replay.at.kind === 'ending' ? endingOf(scenario, replay.at.id) : undefined;
  return {
    path: normalizePath(scenario, [...path, index]),
    ending: ending ? { id: replay.at.id, outcome: ending.outcome } : undefined,
  };
}
