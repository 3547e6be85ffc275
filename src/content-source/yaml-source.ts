import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** A key path into parsed YAML data: `['nodes', 'n-hello', 'choices', 1, 'next']`. */
export type DataPath = readonly (string | number)[];

/** A parsed YAML file that can say on which line any value of it stands. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: DataPath): number | undefined;
}

export type YamlResult = { ok: true; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/** Parses YAML text, keeping positions so that later checks can name the line of any field. */
export function parseYaml(file: string, text: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        // Some errors (an unclosed bracket) carry only an offset, not a line.
        line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line,
        message: `this is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  return {
    ok: true,
    source: {
      file,
      data: doc.toJS(),
      lineOf(path) {
        let node: unknown = doc.contents;
        let line = lineAt((node as Node | null)?.range?.[0]);
        for (const key of path) {
          if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
            if (!pair) break;
            line = lineAt((pair.key as Node).range?.[0]) ?? line;
            node = pair.value;
          } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
            node = node.items[key];
            line = lineAt((node as Node).range?.[0]) ?? line;
          } else {
            break;
          }
        }
        return line;
      },
    },
  };
}
