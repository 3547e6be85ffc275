import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from '../../content-source/problems.ts';
import type { DescribePath } from '../../content-source/schema-problems.ts';
import { parseYaml, type DataPath, type YamlResult } from '../../content-source/yaml-source.ts';

/**
 * `parseYaml`, with clearer problems when the YAML itself is broken: each error gets its line, and a key written twice
 * (two nodes with one id, say) is named with both lines. The shared parser only says "Map keys must be unique", which
 * leaves an author searching the whole file.
 */
export function parseScenarioYaml(file: string, text: string, describe: DescribePath): YamlResult {
  const parsed = parseYaml(file, text);
  if (parsed.ok) return parsed;

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const problems: ContentProblem[] = doc.errors
    .filter((error) => error.code !== 'DUPLICATE_KEY')
    .map((error) => ({
      file,
      line: error.linePos?.[0]?.line,
      message: `this is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));

  // The document is still built when keys repeat, so walk it to name each repeated key and where it first appears.
  const walk = (node: unknown, path: DataPath) => {
    if (isMap(node)) {
      const firstLines = new Map<string, number | undefined>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const line = lineAt(pair.key.range?.[0]);
        if (firstLines.has(key)) {
          const first = firstLines.get(key);
          problems.push({
            file,
            line,
            where: describe([...path, key]),
            message: `is written twice in the same place (first on line ${first ?? '?'}); keys and ids must be unique, so rename or remove one of them`,
          });
        } else {
          firstLines.set(key, line);
          walk(pair.value, [...path, key]);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    }
  };
  walk(doc.contents, []);

  // Never hide a failure: if nothing above named it, the shared parser's own words stand.
  if (problems.length === 0) return parsed;
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems };
}
