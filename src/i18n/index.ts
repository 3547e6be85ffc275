/**
 * Interface text. Each language is a folder of JSON files, one per part of the product
 * (`src/i18n/en/quiz.json` holds the `quiz.*` keys). Keys are flat and dotted; `{name}` marks a parameter.
 * English is the reference: every other language must have exactly its keys (tests/unit/i18n.test.ts).
 */
import { format } from './format.ts';

const files = import.meta.glob<Record<string, string>>('./*/*.json', { eager: true, import: 'default' });

export type Messages = Readonly<Record<string, string>>;

function load(): Map<string, Record<string, string>> {
  const byLanguage = new Map<string, Record<string, string>>();
  for (const [path, entries] of Object.entries(files)) {
    const [, language, part] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (!language || !part) continue;
    const messages = byLanguage.get(language) ?? {};
    for (const [key, text] of Object.entries(entries)) messages[`${part}.${key}`] = text;
    byLanguage.set(language, messages);
  }
  return byLanguage;
}

const catalog = load();

export const LANGUAGES: readonly string[] = [...catalog.keys()].sort();

export function messagesFor(language: string): Messages {
  const messages = catalog.get(language);
  if (!messages) throw new Error(`No interface text for language "${language}": add src/i18n/${language}/`);
  return messages;
}

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** `t('help.open')`. A missing key is a programming error, so it throws at build time. */
export function translator(messages: Messages): Translate {
  return (key, params) => {
    const template = messages[key];
    if (template === undefined) throw new Error(`Missing interface text "${key}"`);
    return format(template, params);
  };
}

/** The messages under some prefixes, for a React island (islands get only the text they show). */
export function pickMessages(messages: Messages, ...prefixes: string[]): Messages {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}
