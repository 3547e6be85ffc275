import type { Messages } from './index.ts';

/**
 * Looks up an island's interface text in the messages its page handed it. A missing text throws while the page is
 * built (so the build fails); in a learner's browser it shows its key rather than break what the learner is doing.
 */
export function messageLookup(messages: Messages): (key: string) => string {
  return (key) => {
    const text = messages[key];
    if (text !== undefined) return text;
    if (typeof window === 'undefined') throw new Error(`Missing interface text "${key}"`);
    return key;
  };
}
