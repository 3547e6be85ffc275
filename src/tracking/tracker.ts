import type { QuestionType } from '../course-model/structure.ts';

/**
 * What the session asks of a back-end (SCORM 1.2, SCORM 2004 4th Edition, or this browser only), and the
 * version-neutral records it hands over. Types only: the back-ends are in lms-tracker.ts and local-copy.ts.
 */
export type TrackerKind = 'scorm12' | 'scorm2004' | 'standalone';

/** What a back-end finds when the launch opens. */
export interface Opened {
  /** `ab-initio`, `resume` or `` (SCORM `entry`); standalone says `resume` when it holds something. */
  entry: string;
  /** The LMS's learner id (never stored: only its hash keys the local copy). */
  learner: string;
  suspendData: string;
  location: string;
}

/** The course-level values a back-end writes, already decided (course-report.ts). */
export interface Report {
  suspendData: string;
  location: string;
  /** Share of required lessons completed, 0-1; below 1 until the course is completed. */
  progress: number;
  completed: boolean;
  /** 0-100, once the scored quiz is submitted. */
  score?: number | undefined;
  /** Against `structure.masteryScore`, once the scored quiz is submitted. */
  passed?: boolean | undefined;
  /** Nothing is left to do: exit `normal` rather than `suspend`. */
  finished: boolean;
}

export type InteractionKind = QuestionType | 'ending';

/** One interaction record in the course's own terms; each version's data file formats it. */
export interface Interaction {
  id: string;
  kind: InteractionKind;
  /** In the course's response form (`QuizResponse`); an ending is `[endingId]`. */
  response: readonly string[];
  /** The correct response, in the same form; none for a scenario ending. */
  correct?: readonly string[] | undefined;
  result: 'correct' | 'wrong' | 'neutral';
  /** Epoch milliseconds when the learner was first shown the question. */
  shownAt?: number | undefined;
  latencyMs?: number | undefined;
  /** SCORM 2004 only. */
  description?: string | undefined;
  /** A new record every time (journaling); otherwise one record per id, updated (status). */
  journal?: boolean | undefined;
}

export interface Tracker {
  readonly kind: TrackerKind;
  /** Opens the launch (SCORM Initialize); undefined when it cannot be opened. */
  open(): Opened | undefined;
  /** Writes the course-level values that changed; false when the saved state itself was refused. */
  write(report: Report): boolean;
  record(interaction: Interaction): boolean;
  /** Writes interactions the LMS does not have yet (answers given while it was unreachable). */
  backfill(interactions: readonly Interaction[]): void;
  commit(): boolean;
  /** Writes the report, exit and session time, optionally commits, then ends the launch (SCORM Terminate). */
  close(report: Report, sessionMs: number, commitFirst: boolean): boolean;
  /** Forgets what was written, so that the next write sends everything again (before retrying a commit). */
  rewrite(): void;
}

export type Pair = readonly [element: string, value: string];

/** One SCORM version's element names and value formats (scorm12-data.ts, scorm2004-data.ts). Pure. */
export interface DataModel {
  readonly kind: 'scorm12' | 'scorm2004';
  /** Elements read when the launch opens. */
  readonly entry: string;
  readonly learner: string;
  readonly suspendData: string;
  readonly location: string;
  /** What an LMS must keep of suspend_data. */
  readonly suspendLimit: number;
  /** The status elements the LMS reports on, which a launch may raise but never lower. */
  readonly statuses: readonly string[];
  /** Interactions can be read back (2004), so an id's record is found and updated rather than added again. */
  readonly readsInteractions: boolean;
  report(report: Report): Pair[];
  /** Record `n`; id, type, description and correct response only when it is new. */
  interaction(n: number, interaction: Interaction, isNew: boolean): Pair[];
  /** Exit (first) and session time. The launch opens with its exit "suspend", so that a launch that ends without
   * Terminate (its window closed, the API gone, the browser crashed) still resumes next time. */
  exit(finished: boolean, sessionMs: number): Pair[];
}
