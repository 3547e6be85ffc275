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

export interface LearnerState {
  learner: string;
  failCommits: boolean;
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
