/**
 * Interface text. Each language is a folder of JSON files, one per part of the product
 * (`src/i18n/en/quiz.json` holds the `quiz.*` keys). Keys are flat and dotted; `{name}` marks a parameter.
 * English is the reference: every other language must have exactly its keys (tests/unit/i18n.test.ts).
 * `band-<band>.json` (`band-7-10.json`) holds full keys (`core.stop-dont-pay.text`) whose words differ for that age
 * band: the course for that band reads them instead.
 */
import type { AgeBand } from '../course-model/core-messages.ts';
import { format } from './format.ts';

const files = import.meta.glob<Record<string, string>>('./*/*.json', { eager: true, import: 'default' });

export type Messages = Readonly<Record<string, string>>;

function load() {
  const byLanguage = new Map<string, Record<string, string>>();
  const byBand = new Map<string, Record<string, string>>();
  for (const [path, entries] of Object.entries(files)) {
    const [, language, part] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    if (!language || !part) continue;
    const band = /^band-(.+)$/.exec(part)?.[1];
    if (band) {
      byBand.set(`${language} ${band}`, { ...entries });
      continue;
    }
    const messages = byLanguage.get(language) ?? {};
    for (const [key, text] of Object.entries(entries)) messages[`${part}.${key}`] = text;
    byLanguage.set(language, messages);
  }
  return { byLanguage, byBand };
}

const { byLanguage: catalog, byBand } = load();

export const LANGUAGES: readonly string[] = [...catalog.keys()].sort();

/** The interface text of a language; with a band, that band's own words where it has them. */
export function messagesFor(language: string, band?: AgeBand): Messages {
  const messages = catalog.get(language);
  if (!messages) throw new Error(`No interface text for language "${language}": add src/i18n/${language}/`);
  const own = band ? byBand.get(`${language} ${band}`) : undefined;
  return own ? { ...messages, ...own } : messages;
}

/** Each band's own words, by band, for the checks (every key must be one the language has). */
export function bandMessages(language: string): Partial<Record<AgeBand, Messages>> {
  return Object.fromEntries(
    [...byBand].flatMap(([key, messages]) => {
      const [lang, band] = key.split(' ');
      return lang === language ? [[band, messages]] : [];
    }),
  );
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
