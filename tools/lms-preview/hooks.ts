/** Types of the preview page's test hooks; import them in end-to-end tests with `import type`. */
import type { ApiCall, RuntimeLogEntry } from './lms-session.ts';
import type { CommitRecord } from './sync-commit-service.ts';
import type { Faults, LaunchMode, LearnerState, PreviewConfig, PreviewStandard } from './types.ts';

export type { ApiCall, CommitRecord, RuntimeLogEntry };

/** Something the preview itself noticed: an API call that failed, a failed commit, a session left open. */
export interface PreviewError {
  launch: number;
  time: string;
  source: 'api' | 'commit' | 'session';
  /** The API function, for `api` errors. */
  method?: string;
  args?: string[];
  /** SCORM error code ("0" for session problems, which have none). */
  errorCode: string;
  message: string;
  /**
   * The error is the standard's normal answer, not a fault: SCORM 2004 GetValue of an element never set
   * (403, e.g. cmi.suspend_data on a first launch). Tests usually want `errors().filter((e) => !e.expected)`.
   */
  expected: boolean;
}

export interface LaunchOptions {
  standard?: PreviewStandard;
  mode?: LaunchMode;
}

export interface SessionInfo {
  standard: PreviewStandard;
  mode: LaunchMode;
  /** Launches since the page loaded (1 for the first). */
  launch: number;
  /** `cmi.core.entry` / `cmi.entry` this launch was given. */
  entry: string;
  open: boolean;
  initialized: boolean;
  terminated: boolean;
}

/**
 * `window.lmsPreview` on the preview page (`/`), for end-to-end tests. Wait for
 * `document.documentElement.dataset.lmsPreview === 'ready'` (or `await window.lmsPreview.ready`) before use.
 * The page also reads `?standard=scorm12|scorm2004|none`, `?mode=frame|nested|popup`, `?launch=0` (do not launch
 * at once), `?learner=<id>` (server-side attempt key; default: a random id kept in a cookie) and `?debug=1`.
 */
export interface LmsPreviewHooks {
  /** Resolves once the page has loaded its configuration and made its first launch (if any). */
  ready: Promise<void>;
  config(): PreviewConfig | undefined;
  learner(): string;
  session(): SessionInfo;
  /** The LMS-side data model of the current (or last) launch: `{ 'cmi.core.lesson_status': 'incomplete', ... }`. */
  dataModel(): Record<string, string>;
  /** Every API call since the page loaded, each with its result and error code. */
  calls(): ApiCall[];
  /** API calls that set an error, failed commits, and sessions the course left without terminating. */
  errors(): PreviewError[];
  commits(): (CommitRecord & { launch: number })[];
  /** scorm-again's own log messages (WARN and ERROR; DEBUG too with ?debug=1). */
  runtimeLog(): RuntimeLogEntry[];
  /** What the LMS server stored for this learner (the last commit per standard). */
  stored(): Promise<LearnerState>;
  launch(options?: LaunchOptions): Promise<void>;
  close(): Promise<void>;
  closeAndRelaunch(): Promise<void>;
  reset(options?: { clearBrowserStorage?: boolean }): Promise<void>;
  /**
   * Turns fault switches on or off (the others stay as they are): `{ failCommits: 2 }` refuses the next two commits,
   * `{ api: 'throws' }`, `{ commitDelayMs: 2000 }`, `{ networkDown: true }`, `{ suspendData: 'truncated' }` (once, at
   * the next launch). Resolves with every switch's state.
   */
  setFaults(change: Partial<Faults>): Promise<Faults>;
  /** Every switch's state, as the LMS server counts it now (commits still to fail, say). */
  faults(): Promise<Faults>;
  /** Reloads the course's page (as F5 in the course's frame would), and waits until the new page is parsed. */
  reloadCourse(): Promise<void>;
  /** The course's window (the frame's, or the pop-up's), for tests that drive the course. */
  contentWindow(): Window | null;
  /** Empties the call, error, commit and runtime logs. */
  clearLogs(): void;
}

declare global {
  interface Window {
    lmsPreview?: LmsPreviewHooks;
  }
}
