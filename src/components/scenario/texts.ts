import { format } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/index.ts';
import { messageLookup } from '../../i18n/lookup.ts';
import type englishScenarioTexts from '../../i18n/en/scenario.json';

export type ScenarioTextKey = keyof typeof englishScenarioTexts;
export type ScenarioText = (key: ScenarioTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** The player's words (`scenario.*`) and the core messages (`core.*`) from the messages the page hands the island. */
export function scenarioTexts(messages: Messages) {
  const lookup = messageLookup(messages);
  const t: ScenarioText = (key, params = {}) => format(lookup(`scenario.${key}`), params);
  return { t, core: (id: string, part: 'title' | 'text') => lookup(`core.${id}.${part}`) };
}
