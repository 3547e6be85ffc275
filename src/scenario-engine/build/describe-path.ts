import type { DataPath } from '../../content-source/data-path.ts';

/** What an author calls the parts of a scenario that hold other parts, by their key in the file. */
const PART_NAMES: Record<string, string> = { nodes: 'node', endings: 'ending', characters: 'character' };
const ITEM_NAMES: Record<string, string> = { choices: 'choice', messages: 'message', debrief: 'debrief line' };

/**
 * A data path in the author's words, with list items numbered from 1 as an author counts them:
 * `['nodes', 'asks-for-photo', 'choices', 1, 'next']` -> `node "asks-for-photo", choice 2, field "next"`;
 * `['ageBands', 1]` -> `field "ageBands", item 2`.
 */
export function describeScenarioPath(path: DataPath): string {
  const parts: string[] = [];
  const field: string[] = [];
  const flushField = () => {
    if (field.length > 0) parts.push(`field "${field.splice(0).join('.')}"`);
  };
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    const part = typeof key === 'string' ? PART_NAMES[key] : undefined;
    const item = typeof key === 'string' ? ITEM_NAMES[key] : undefined;
    if (parts.length === 0 && field.length === 0 && part && next !== undefined) {
      parts.push(`${part} "${String(next)}"`);
      i++;
    } else if (item && typeof next === 'number') {
      flushField();
      parts.push(`${item} ${next + 1}`);
      i++;
    } else if (typeof key === 'number') {
      flushField();
      parts.push(`item ${key + 1}`);
    } else if (key !== undefined) {
      field.push(key);
    }
  }
  flushField();
  return parts.length === 0 ? 'the file' : parts.join(', ');
}
