import type { DataPath } from '../../content-source/data-path.ts';
import type { Ending, Scenario, ScenarioMessage } from './schema.ts';

/** Gives the text at a data path its new value (a translation, or the same text when only listing paths). */
export type MapText = (path: DataPath, text: string) => string;

/**
 * The one definition of what in a scenario is text a translator translates: a copy of the scenario with every such
 * text passed through `map`, visited in file order. Ids, ratings, outcomes and the like are never texts.
 * Translations (`parseTranslation`) use it both to list the keys a translation must hold and to put the translated
 * texts in place.
 */
export function mapTexts(scenario: Scenario, map: MapText): Scenario {
  const messages = (path: DataPath, list: readonly ScenarioMessage[]): ScenarioMessage[] =>
    list.map((message, index) => ({
      ...message,
      ...(message.text === undefined ? {} : { text: map([...path, index, 'text'], message.text) }),
      ...(message.attachment === undefined
        ? {}
        : { attachment: map([...path, index, 'attachment'], message.attachment) }),
    }));
  const byId = <T, U>(record: Record<string, T>, each: (id: string, value: T) => U): Record<string, U> =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [id, each(id, value)]));

  return {
    ...scenario,
    title: map(['title'], scenario.title),
    summary: map(['summary'], scenario.summary),
    objectives: scenario.objectives.map((objective, index) => map(['objectives', index], objective)),
    characters: byId(scenario.characters, (id, character) => ({
      ...character,
      name: map(['characters', id, 'name'], character.name),
    })),
    nodes: byId(scenario.nodes, (id, node) => ({
      ...node,
      messages: messages(['nodes', id, 'messages'], node.messages),
      choices: node.choices.map((choice, index) => {
        const path = ['nodes', id, 'choices', index];
        return {
          ...choice,
          text: map([...path, 'text'], choice.text),
          ...(choice.feedback === undefined ? {} : { feedback: map([...path, 'feedback'], choice.feedback) }),
        };
      }),
    })),
    endings: byId(scenario.endings, (id, ending) => ({
      ...ending,
      title: map(['endings', id, 'title'], ending.title),
      messages: messages(['endings', id, 'messages'], ending.messages),
      ...(ending.debrief === undefined ? {} : { debrief: mapDebrief(['endings', id, 'debrief'], ending.debrief, map) }),
    })),
  };
}

function mapDebrief(path: DataPath, debrief: NonNullable<Ending['debrief']>, map: MapText): Ending['debrief'] {
  if (typeof debrief === 'string') return map(path, debrief);
  return debrief.map((line, index) =>
    typeof line === 'string'
      ? map([...path, index], line)
      : { ...line, text: map([...path, index, 'text'], line.text) },
  );
}

/** The data paths of every text of a scenario, in file order. */
export function textPaths(scenario: Scenario): DataPath[] {
  const paths: DataPath[] = [];
  mapTexts(scenario, (path, text) => {
    paths.push(path);
    return text;
  });
  return paths;
}
