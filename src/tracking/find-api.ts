import type { FrameLike } from './environment.ts';
import type { Scorm12Api, Scorm2004Api } from './lms-connection.ts';

/** What the package builder writes in `<meta name="speakup-standard">`. */
export type Standard = 'auto' | 'scorm12' | 'scorm2004' | 'none';

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How far up a frame chain to look: ADL's sample walks 7 levels; some LMSs nest the content deeper. */
const MAX_DEPTH = 10;

export function readStandard(doc: {
  querySelector(selectors: string): { getAttribute(name: string): string | null } | null;
}): Standard {
  const value = doc.querySelector('meta[name="speakup-standard"]')?.getAttribute('content');
  return value === 'scorm12' || value === 'scorm2004' || value === 'none' ? value : 'auto';
}

/** Reading a property of a window from another origin throws: that window is skipped, the search goes on. */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * The windows to search, nearest first, as ADL's API discovery algorithm does: this window and its parents up to
 * the top, then the top window's opener (a course launched in a pop-up) and its parents.
 */
export function candidateWindows(start: FrameLike): FrameLike[] {
  const seen: FrameLike[] = [];
  const climb = (from: FrameLike | null | undefined) => {
    let w = from;
    for (let depth = 0; w && depth <= MAX_DEPTH && !seen.includes(w); depth++) {
      seen.push(w);
      const parent: FrameLike | null | undefined = read(() => w?.parent);
      w = parent === w ? undefined : parent;
    }
  };
  climb(start);
  climb(read(() => start.top?.opener) ?? read(() => start.opener));
  return seen;
}

function hasMethod<T>(value: unknown, method: string): value is T {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function'
  );
}

/** The LMS's API for `standard` (`auto`: SCORM 2004 anywhere in the chain first, then 1.2), or none. */
export function findApi(start: FrameLike, standard: Standard): FoundApi | undefined {
  if (standard === 'none') return undefined;
  const windows = candidateWindows(start);
  if (standard !== 'scorm12') {
    for (const w of windows) {
      const api = read(() => w.API_1484_11);
      if (hasMethod<Scorm2004Api>(api, 'Initialize')) return { version: '2004', api };
    }
  }
  if (standard !== 'scorm2004') {
    for (const w of windows) {
      const api = read(() => w.API);
      if (hasMethod<Scorm12Api>(api, 'LMSInitialize')) return { version: '1.2', api };
    }
  }
  return undefined;
}
