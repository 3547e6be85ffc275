import { readFileSync } from 'node:fs';
import { endingPaths, parseScenario, type Choice, type Scenario } from '../../src/scenario-engine/index.ts';

/** A scenario of the real course, read from its file as the build reads it. */
export function loadScenario(id: string): Scenario {
  const file = `src/scenarios/${id}/scenario.yaml`;
  const parsed = parseScenario(file, readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.scenario;
}

export interface WayToEnding {
  ending: string;
  /** The texts of the choices to take, in order. */
  choices: string[];
  /** Their indexes in the file, and the nodes they are made at. */
  path: number[];
  trail: string[];
}

/** The shortest way (fewest choices) to each ending, in the order of the scenario's endings. */
export function shortestWayToEachEnding(scenario: Scenario): WayToEnding[] {
  const ways = new Map<string, WayToEnding>();
  for (const way of endingPaths(scenario)) {
    const known = ways.get(way.to);
    if (known && known.path.length <= way.choices.length) continue;
    ways.set(way.to, {
      ending: way.to,
      choices: way.choices.map((index, step) => scenario.nodes[way.trail[step]!]!.choices[index]!.text),
      path: way.choices,
      trail: way.trail,
    });
  }
  return Object.keys(scenario.endings).flatMap((ending) => ways.get(ending) ?? []);
}

/** What the chat shows when the learner's character makes a choice: their message, the app's note, or the choice. */
export const shownAs = (choice: Choice) => choice.says ?? choice.does ?? `You chose: ${choice.text}`;
