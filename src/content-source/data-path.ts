/** A key path into data read from a content file: `['nodes', 'n-hello', 'choices', 1, 'next']`. */
export type DataPath = readonly (string | number)[];

/** Turns a data path into the author's words; each content type can name its parts (node, choice...). */
export type DescribePath = (path: DataPath) => string;

export const describeField: DescribePath = (path) =>
  path.length === 0 ? 'the file' : `field "${path.map(String).join('.')}"`;

/** The value at `path` in parsed data, or undefined when the data has nothing there. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const part of path) {
    const fits = typeof part === 'number' ? Array.isArray(value) : isRecord(value);
    if (!fits || !Object.hasOwn(value as object, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
