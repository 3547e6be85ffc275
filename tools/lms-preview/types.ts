/** Shapes shared by the preview server and its browser client (JSON over HTTP). */

export type LmsStandard = 'scorm12' | 'scorm2004';
export type PreviewStandard = LmsStandard | 'none';
export type LaunchMode = 'frame' | 'nested' | 'popup';

/** A nested CMI object as scorm-again renders it (`{ core: { lesson_location: 'p3' } }`). */
export type CmiTree = { [key: string]: string | CmiTree };

/** The last commit the LMS stored for one learner and standard. */
export interface StoredCommit {
  /** The `cmi` object of the commit. */
  cmi: CmiTree;
  /** ISO time the server received it. */
  receivedAt: string;
  /** Commits received since the attempt began. */
  count: number;
  /** The commit was sent by Terminate / LMSFinish. */
  terminate: boolean;
}

/** One commit request as the server saw it (stored or refused). */
export interface CommitLogEntry {
  /** The id the client sent with it. */
  id: string;
  standard: LmsStandard;
  time: string;
  status: number;
  terminate: boolean;
}

/** Faults the LMS server plays, per learner: switches of the preview page (and the tests' hooks). */
export interface ServerFaults {
  /** The next N commits are refused (HTTP 500, as an LMS whose database went away); -1: every one until cleared. */
  failCommits: number;
  /** Each commit is answered after this many milliseconds (a slow LMS; its synchronous request blocks the page). */
  commitDelayMs: number;
}

/** What the LMS's API does when the course calls it. */
export type ApiFault = 'none' | 'throws' | 'gone';
/** How the suspend_data handed to the next launch is spoiled. */
export type SuspendDataFault = 'none' | 'corrupt' | 'truncated' | 'old-version';

/** Faults the preview page plays in the browser: the API object, the network, the next launch's data. */
export interface ClientFaults {
  /** `throws`: every call throws (a broken cross-frame bridge); `gone`: the API leaves the window, and the object
   * the course holds throws on every call (the LMS's window closed). */
  api: ApiFault;
  /** Commits cannot reach the LMS (as when the browser is offline): the request fails with no answer. */
  networkDown: boolean;
  /** Applied once, at the next launch. */
  suspendData: SuspendDataFault;
}

export type Faults = ServerFaults & ClientFaults;

export interface LearnerState {
  learner: string;
  faults: ServerFaults;
  stored: Partial<Record<LmsStandard, StoredCommit>>;
  /** The latest commit requests, oldest first (at most 200). */
  commitLog: CommitLogEntry[];
}

/** What the server tells the client about the course it serves. */
export interface PreviewConfig {
  /** Where the course's files are: `/pluginfile.php/17/mod_scorm/content/3/`. */
  contentBase: string;
  /** Launch page, relative to contentBase (`11-13/index.html` when the folder holds a course per band). */
  launch: string;
  /** The courses the folder holds (one per band from `npm run build`), and the one launched; one for a package. */
  courses: { id: string; title: string }[];
  course: string;
  /** `dist/` or the zip's file name. */
  source: string;
  /** The standard the served pages were built for (`auto` for a plain build). */
  builtFor: PreviewStandard | 'auto' | 'unknown';
  title: string;
  /** Pass mark from the package's manifest (0-100), when it has one. */
  masteryScore?: number | undefined;
}
