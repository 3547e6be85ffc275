import type { ContentProblem } from '../../content-source/problems.ts';
import { valueAt, type DataPath } from '../../content-source/data-path.ts';
import { parseYaml } from '../../content-source/yaml-source.ts';
import { MAX_MESSAGE_LENGTH } from '../browser/limits.ts';
import { mapTexts, textPaths } from './scenario-texts.ts';
import type { Scenario } from './schema.ts';

export type ParseTranslationResult = { ok: true; scenario: Scenario } | { ok: false; problems: ContentProblem[] };

/**
 * A translation key as a translator reads it: dotted, with list items numbered from 1 like the `where` of every other
 * problem (`nodes.first-message.choices.2.feedback` is the second choice's feedback).
 */
export function translationKey(path: DataPath): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : part)).join('.');
}

const describeKey = (path: DataPath) => (path.length === 0 ? 'the file' : `key "${translationKey(path)}"`);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a translation (`src/scenarios/<id>/<language>.yaml`) of a checked scenario: it must hold every text of the
 * original, under the same keys, and nothing else. Returns the scenario in the translation's language.
 */
export function parseTranslation(file: string, text: string, original: Scenario): ParseTranslationResult {
  const yaml = parseYaml(file, text, describeKey);
  if (!yaml.ok) return yaml;
  const { data } = yaml.source;
  const problems: ContentProblem[] = [];
  const report = (path: DataPath, message: string) =>
    problems.push({ file, line: yaml.source.lineOf(path), where: describeKey(path), message });

  const language = /(?:^|[/\\])([a-z]{2}(?:-[A-Z]{2})?)\.ya?ml$/.exec(file)?.[1];
  if (language === undefined) {
    report([], 'has no language in its name; a translation is named after its language, such as de.yaml or pt-BR.yaml');
  }
  if (!isRecord(data)) {
    report([], 'must hold the texts of scenario.yaml under the same keys (title, summary, objectives, ...)');
    return { ok: false, problems };
  }

  const expected = textPaths(original);
  for (const path of expected) {
    const value = valueAt(data, path);
    if (value === undefined || value === null) {
      report(path, 'is missing; every text of scenario.yaml needs its translation');
    } else if (typeof value !== 'string') {
      report(path, 'must be text, as in scenario.yaml');
    } else if (value.trim() === '') {
      report(path, 'is empty; every text of scenario.yaml needs its translation');
    } else if (path.at(-3) === 'messages' && value.length > MAX_MESSAGE_LENGTH) {
      report(path, `is ${value.length} characters long; a message is at most ${MAX_MESSAGE_LENGTH}, so shorten it`);
    }
  }

  // Every key on the way to a text is allowed; anything else is added. An added key is reported where it starts,
  // not once for each thing under it.
  const allowed = new Set(expected.flatMap((path) => path.map((_, i) => JSON.stringify(path.slice(0, i + 1)))));
  const leaves = new Set(expected.map((path) => JSON.stringify(path)));
  const findAdded = (value: unknown, path: DataPath) => {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : isRecord(value)
        ? Object.entries(value)
        : [];
    for (const [key, item] of entries) {
      const itemPath = [...path, key];
      const serialized = JSON.stringify(itemPath);
      if (!allowed.has(serialized)) {
        report(
          itemPath,
          'is not a text of scenario.yaml; a translation holds only those texts, under the same keys, so remove it',
        );
      } else if (!leaves.has(serialized)) {
        // Inside a text there is nothing more to look at: a value there that is not text was reported above.
        findAdded(item, itemPath);
      }
    }
  };
  findAdded(data, []);

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  const translated = mapTexts(original, (path) => String(valueAt(data, path)));
  return { ok: true, scenario: { ...translated, language: language ?? original.language } };
}
