import type { KeyValueStore } from './environment.ts';
import type { Opened, Report, Tracker } from './tracker.ts';

/**
 * Progress kept in this browser (localStorage): the whole story when there is no LMS, and a mirror when there is
 * one, for a reload that the LMS will not initialise again and for commits the LMS lost.
 */

export interface Saved {
  /** suspend_data text (suspend-data.ts). */
  data: string;
  /** Hash of the LMS learner id, so that a shared computer never gives one child another's progress. */
  learner: string;
}

export interface LocalCopy {
  read(): Saved | undefined;
  write(saved: Saved): boolean;
  clear(): void;
}

/** Stored as `<learner> <data>`: neither holds a space. */
export function localCopy(storage: KeyValueStore | undefined, key: string): LocalCopy {
  return {
    read() {
      try {
        const raw = storage?.getItem(key);
        const space = raw?.indexOf(' ') ?? -1;
        return raw && space >= 0 ? { learner: raw.slice(0, space), data: raw.slice(space + 1) } : undefined;
      } catch {
        return undefined;
      }
    },
    write(saved) {
      if (!storage) return false;
      try {
        storage.setItem(key, `${saved.learner} ${saved.data}`);
        return true;
      } catch {
        // Quota exceeded, or storage refused (private browsing in some browsers).
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: the copy stays.
      }
    },
  };
}

/** A back-end that always opens. */
export interface LocalTracker extends Tracker {
  open(): Opened;
}

/** The back-end without an LMS: everything goes to the local copy at once, so commit has nothing left to do. */
export function standaloneTracker(copy: LocalCopy): LocalTracker {
  let learner = '';
  let ok = true;
  const write = (report: Report) => (ok = copy.write({ learner, data: report.suspendData }));
  return {
    kind: 'standalone',
    open() {
      const saved = copy.read();
      learner = saved?.learner ?? '';
      return { entry: saved ? 'resume' : 'ab-initio', learner: '', suspendData: saved?.data ?? '', location: '' };
    },
    write,
    record: () => true,
    backfill: () => {},
    commit: () => ok,
    close: (report) => write(report),
    rewrite: () => {},
  };
}
