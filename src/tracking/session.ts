import type { ReadableAtom } from 'nanostores';
import type { CourseEvent } from '../course-state/events.ts';
import type { CourseState } from '../course-state/state.ts';
import { $course, $structure, onCourseEvent, restoreCourse } from '../course-state/store.ts';
import type { CourseStructure } from '../course-model/structure.ts';
import { answeredInteractions, courseReport, interactionFor } from './course-report.ts';
import { browserStorage, systemClock, type Clock, type HostWindow, type KeyValueStore } from './environment.ts';
import { findApi, readStandard, type Standard } from './find-api.ts';
import { connect12, connect2004, warn } from './lms-connection.ts';
import { lmsTracker } from './lms-tracker.ts';
import { localCopy, standaloneTracker } from './local-copy.ts';
import { $saveStatus, type SaveStatus } from './save-status.ts';
import { scorm12 } from './scorm12-data.ts';
import { scorm2004 } from './scorm2004-data.ts';
import { decodeState, encodeState, shortHash } from './suspend-data.ts';
import type { Opened, Report, Tracker, TrackerKind } from './tracker.ts';

/**
 * The launch's one tracking session: finds the LMS (or none), restores progress, then turns course events into
 * LMS data, commits on what matters, keeps a copy in the browser, and ends the launch when the page goes.
 * One Initialize and one Terminate per launch: Astro's client router keeps this module alive across lessons.
 */

export interface SessionOptions {
  /** The course's window (default: `window`). */
  window?: HostWindow;
  /** Where the local copy goes (default: `sessionStorage` with an LMS, `localStorage` without); null for none. */
  storage?: KeyValueStore | null;
  /** Share progress with other copies of the course open for this learner (default: true, where workers run). */
  peers?: boolean;
  clock?: Clock;
  /** Default: `<meta name="speakup-standard">`, else `auto`. */
  standard?: Standard;
}

export interface Session {
  readonly kind: TrackerKind;
  /** What the shell's notice shows (`SAVE_NOTICE` in save-status.ts gives its text key). */
  readonly status: ReadableAtom<SaveStatus>;
  /** Quick exit: saves and ends the launch synchronously, before the page leaves. True when the LMS accepted. */
  saveAndExit(): boolean;
  /** Stops listening (tests; a launch never needs it). */
  dispose(): void;
}

/** Waits before each retry of a failed commit: bounded, growing, never two at once. */
export const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
/** A local copy this recent belongs to this launch (a reload that the LMS would not initialise again). */
const SAME_LAUNCH_MS = 30 * 60_000;
/**
 * Events worth a commit (often a synchronous request to the LMS): a scenario ended and a quiz done, besides a lesson
 * completed; not choices, answers, visits or page changes, which the next commit (or the one on page hide) carries.
 */
const COMMIT_ON: ReadonlySet<CourseEvent['type']> = new Set(['quiz.submitted', 'scenario.endingReached']);

export function createSession(structure: CourseStructure, options: SessionOptions = {}): Session {
  const win = options.window ?? window;
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  $structure.set(structure);

  const found = findApi(win, options.standard ?? readStandard(win.document));
  const storage = options.storage === undefined ? browserStorage(win, !!found) : (options.storage ?? undefined);
  const copy = localCopy(storage, `speakup:${structure.id}${found ? ':lms' : ''}`);
  const scorm =
    found &&
    (found.version === '1.2'
      ? lmsTracker(connect12(found.api), scorm12)
      : lmsTracker(connect2004(found.api), scorm2004));
  const scormOpened = scorm?.open();
  // No LMS, or one that will not open this launch again (a reload after Terminate): the browser keeps it all.
  const refused = !!found && !scormOpened;
  const local = standaloneTracker(copy);
  const [tracker, opened]: [Tracker, Opened] = scorm && scormOpened ? [scorm, scormOpened] : [local, local.open()];
  const lms = tracker.kind !== 'standalone';
  const learner = shortHash(opened.learner);

  // The newest readable copy wins: the LMS's, or this browser's if the LMS lost a commit. On a new attempt
  // (entry ab-initio: a first launch, or a teacher's reset) only the LMS's own data counts, never an older copy.
  const candidates = [opened.suspendData];
  if (lms && opened.entry !== 'ab-initio') {
    const mine = copy.read();
    if (mine?.learner === learner) candidates.push(mine.data);
  }
  let best: { state: CourseState; savedAt: number; text: string } | undefined;
  for (const text of candidates) {
    const decoded = decodeState(text, structure);
    if (!decoded.ok) {
      if (text) warn(`saved progress not restored, the course starts fresh: ${decoded.reason}`);
    } else if (
      !(refused && clock.now() - decoded.savedAt > SAME_LAUNCH_MS) &&
      decoded.savedAt >= (best?.savedAt ?? 0)
    ) {
      best = { ...decoded, text };
    }
  }
  // Progress that cannot be read (corrupt, cut short, another format) starts afresh, but at the LMS's own location.
  if (best || opened.location) {
    const state = best?.state ?? $course.get();
    restoreCourse({ ...state, location: state.location || opened.location });
  }

  let previous = $course.get();
  let ended = false;
  let written = true;
  let retries = 0;
  let cancelRetry: (() => void) | undefined;
  const set = (status: SaveStatus) => $saveStatus.set(status);

  /** Writes the state to the LMS (once the launch is over, to the browser only). */
  function save(state: CourseState): Report {
    const report = courseReport(state, structure, encodeState(state, structure, clock.now()));
    if (lms) copy.write({ learner, data: report.suspendData });
    if (!ended) written = tracker.write(report);
    return report;
  }

  /** Commits now; on failure keeps the state and tries again later, one retry at a time, a bounded number of times. */
  function commit(): void {
    cancelRetry?.();
    cancelRetry = undefined;
    const ok = tracker.commit() && written;
    if (ok) retries = 0;
    set(ok ? (lms ? 'lms' : 'local-only') : lms ? 'unsaved' : 'not-kept');
    const delay = RETRY_DELAYS_MS[retries];
    if (ok || !lms || delay === undefined) return;
    retries++;
    cancelRetry = clock.schedule(() => {
      cancelRetry = undefined;
      tracker.rewrite(); // some LMSs drop what a failed commit carried: send it all again
      save($course.get());
      commit();
    }, delay);
  }

  function end(commitFirst: boolean): boolean {
    if (ended) return false;
    cancelRetry?.();
    cancelRetry = undefined;
    const report = save($course.get());
    if (!lms) return written;
    ended = true;
    const ok = tracker.close(report, clock.now() - started, commitFirst);
    // A finished course that the LMS took needs no copy here: on a shared computer it would only linger.
    if (ok && report.finished) copy.clear();
    set('ended');
    return ok;
  }

  // The course open twice for this learner (peers.ts): a worker, started once the page is idle, off the first screen.
  let tellPeers = (_state: CourseState) => {};
  const joinPeers = () => {
    try {
      const worker = new Worker(new URL('./peers-worker.ts', import.meta.url), { type: 'module' });
      let posted = 0;
      worker.postMessage({ channel: `speakup:${structure.id}:${learner}` });
      // Merged with an older state of this page's, it is ignored: the worker offers it again with the newest.
      worker.onmessage = ({ data }: MessageEvent<{ seq: number; state: CourseState }>) => {
        if (ended || data.seq !== posted) return;
        restoreCourse(data.state);
        previous = $course.get();
        // Their quiz answers become this copy's interactions too: its commits may be the ones the LMS keeps.
        tracker.backfill(answeredInteractions(previous, structure));
        save(previous);
        tellPeers(previous);
        if (!cancelRetry) commit();
      };
      tellPeers = (state) => {
        if (!ended) worker.postMessage({ seq: ++posted, state });
      };
      tellPeers($course.get());
    } catch {
      // No module workers here (or none allowed): each copy saves on its own.
    }
  };
  if (options.peers !== false && typeof Worker === 'function') {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(joinPeers, { timeout: 2000 });
    else setTimeout(joinPeers, 200);
  }

  const stopEvents = onCourseEvent((event, state) => {
    const before = previous;
    previous = state;
    save(state);
    tellPeers(state);
    if (ended) return;
    const interaction = interactionFor(event, before, structure);
    if (interaction) tracker.record(interaction);
    const completedLesson = structure.lessons.some(
      (l) => state.lessons[l.id]?.completed && !before.lessons[l.id]?.completed,
    );
    // While a retry waits, it will send everything: no second commit on top of it.
    if ((COMMIT_ON.has(event.type) || completedLesson) && !cancelRetry) commit();
  });

  // Back online: what failed to reach the LMS goes now, not at the next retry.
  const onOnline = () => {
    if (!ended && lms && $saveStatus.get() === 'unsaved') {
      tracker.rewrite();
      save($course.get());
      commit();
    }
  };
  const onVisibility = () => {
    if (win.document.visibilityState !== 'hidden' || ended) return;
    save($course.get());
    commit();
  };
  // Browsers no longer run unload reliably; pagehide is the last moment (exit, session time, commit, terminate).
  const onPageHide = () => end(true);
  // Back from the back-forward cache after the launch ended: the LMS is gone, the browser still keeps progress.
  const onPageShow = (event: { persisted?: boolean }) => {
    if (event.persisted && ended) set('local-only');
  };
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  win.addEventListener('online', onOnline);

  // Report what was restored at once when the LMS lacks it (this browser's copy was newer, or restoring completed a
  // lesson: a new lessons object): completion reached before the LMS heard of it is not lost. Otherwise the LMS has
  // it all already.
  save(previous);
  tracker.backfill(answeredInteractions(previous, structure));
  if (!lms || (best && (best.text !== opened.suspendData || previous.lessons !== best.state.lessons))) commit();
  else set('lms');

  return {
    kind: tracker.kind,
    status: $saveStatus,
    // Terminate alone: an LMS persists the data on Terminate (and on 1.2's LMSFinish), and one request fewer lets
    // a child who needs to leave do so at once.
    saveAndExit: () => end(false),
    dispose() {
      stopEvents();
      cancelRetry?.();
      win.document.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('pageshow', onPageShow);
      win.removeEventListener('online', onOnline);
    },
  };
}

let current: Session | undefined;

/** Starts the launch's session (once: later calls return the same session). The shell calls it on the first page. */
export function startSession(structure: CourseStructure, options?: SessionOptions): Session {
  current ??= createSession(structure, options);
  return current;
}

/** Quick exit without a handle on the session. */
export function saveAndExit(): boolean {
  return current?.saveAndExit() ?? false;
}
