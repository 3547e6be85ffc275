/**
 * The few browser features the tracker touches, as small interfaces, so that tests swap in their own clock,
 * storage and window (spoor's lesson: side effects behind interfaces).
 */

export interface Clock {
  now(): number;
  /** Runs `run` after `ms`; returns a function that cancels it. */
  schedule(run: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  schedule: (run, ms) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

/** The part of `localStorage` used. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A window as the API finder sees it. Any property of a cross-origin window may throw. */
export interface FrameLike {
  readonly parent?: FrameLike | null | undefined;
  readonly top?: FrameLike | null | undefined;
  readonly opener?: FrameLike | null | undefined;
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
}

export interface HostDocument {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
  querySelector(selectors: string): { getAttribute(name: string): string | null } | null;
}

/** The course's own window. */
export interface HostWindow extends FrameLike {
  readonly document: HostDocument;
  readonly localStorage?: KeyValueStore | undefined;
  readonly sessionStorage?: KeyValueStore | undefined;
  addEventListener(type: 'pagehide' | 'pageshow' | 'online', listener: (event: { persisted?: boolean }) => void): void;
  removeEventListener(
    type: 'pagehide' | 'pageshow' | 'online',
    listener: (event: { persisted?: boolean }) => void,
  ): void;
}

/**
 * Where the browser keeps the learner's progress. With no LMS, `localStorage`: it is the only record, and must
 * outlast the tab. With an LMS, the tab's `sessionStorage`: the LMS keeps the record, and the copy here only
 * bridges a reload or a commit the LMS lost; it goes when the tab closes, so on a shared computer nothing of a
 * child's is left behind. Nothing where the browser refuses storage (a sandboxed frame: reading it throws).
 */
export function browserStorage(win: HostWindow, withLms: boolean): KeyValueStore | undefined {
  try {
    return (withLms ? win.sessionStorage : win.localStorage) ?? undefined;
  } catch {
    return undefined;
  }
}
