import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './problems.ts';
import { describeField, type DataPath, type DescribePath } from './data-path.ts';
import { duplicateKeys, firstYamlMistake } from './yaml-mistakes.ts';

/** A parsed YAML file that can say on which line any value of it stands. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: DataPath): number | undefined;
}

export type YamlResult = { ok: true; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/**
 * The one way every content and options file is read (lessons, quizzes, scenarios, translations, helplines, the
 * teacher site's data, speakup.config.json, which JSON makes YAML too). A syntax slip gives one problem, in plain
 * words at the line of the slip (yaml-mistakes.ts): an author fixes it and runs again. Keys written twice are each
 * named with both lines, in the author's words (`describe`). Positions are kept, so that later checks can name the
 * line of any field.
 */
export function parseYaml(file: string, text: string, describe: DescribePath = describeField): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const mistake = firstYamlMistake(text, doc);
  if (mistake) return { ok: false, problems: [{ file, line: lineAt(mistake.offset), message: mistake.message }] };
  const duplicates = duplicateKeys(doc);
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map(({ path, offset, firstOffset }) => ({
        file,
        line: lineAt(offset),
        where: describe(path),
        message: `is written twice in the same place (first on line ${lineAt(firstOffset)}); keys and ids must be unique, so rename or remove one of them`,
      })),
    };
  }
  return {
    ok: true,
    source: {
      file,
      data: doc.toJS(),
      lineOf(path) {
        let node: unknown = doc.contents;
        const start = (node as Node | null)?.range?.[0];
        let line = start === undefined ? undefined : lineAt(start);
        for (const key of path) {
          if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
            if (!pair) break;
            const keyStart = (pair.key as Node).range?.[0];
            if (keyStart !== undefined) line = lineAt(keyStart);
            node = pair.value;
          } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
            node = node.items[key];
            const itemStart = (node as Node).range?.[0];
            if (itemStart !== undefined) line = lineAt(itemStart);
          } else {
            break;
          }
        }
        return line;
      },
    },
  };
}
