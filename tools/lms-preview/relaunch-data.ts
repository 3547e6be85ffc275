import type { CmiTree, LmsStandard, StoredCommit } from './types.ts';

/**
 * What an LMS hands a SCO at launch, from what it stored at the last commit. This is where the preview behaves
 * like an LMS between sessions, so each rule follows the SCORM run-time books:
 * - the first launch of an attempt has `entry = ab-initio`;
 * - after `exit = suspend` the next launch has `entry = resume` and gets location and suspend_data back;
 * - SCORM 1.2, any other exit: the data stays (1.2 has no attempts of its own), `entry = ""`;
 * - SCORM 2004, any other exit ("normal", "", "logout", "time-out") ends the attempt: the next launch starts a
 *   new attempt with fresh data and `entry = ab-initio`.
 * Write-only and session-only elements (exit, session_time) are never carried over.
 */
export interface LaunchData {
  cmi: CmiTree;
  entry: 'ab-initio' | 'resume' | '';
  /** One sentence on what the LMS did and why, for the preview's log. */
  note: string;
}

export interface Learner {
  id: string;
  name: string;
}

/** Elements an LMS keeps between sessions, per standard (paths in the nested `cmi` object). */
const PERSISTED: Readonly<Record<LmsStandard, readonly string[]>> = {
  scorm12: [
    'core.lesson_location',
    'core.lesson_status',
    'core.score',
    'core.total_time',
    'suspend_data',
    'comments',
    'objectives',
    'student_preference',
    'interactions',
  ],
  scorm2004: [
    'location',
    'suspend_data',
    'completion_status',
    'success_status',
    'score',
    'progress_measure',
    'total_time',
    'objectives',
    'interactions',
    'comments_from_learner',
    'learner_preference',
  ],
};

function getPath(tree: CmiTree, path: string): string | CmiTree | undefined {
  let node: string | CmiTree | undefined = tree;
  for (const key of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[key];
  }
  return node;
}

function setPath(tree: CmiTree, path: string, value: string | CmiTree): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined || typeof next === 'string') {
      const created: CmiTree = {};
      node[key] = created;
      node = created;
    } else {
      node = next;
    }
  }
  const last = keys[keys.length - 1];
  if (last !== undefined) node[last] = value;
}

/** `cmi.core.exit` / `cmi.exit` of the stored commit. */
export function lastExit(standard: LmsStandard, stored: StoredCommit | undefined): string {
  if (!stored) return '';
  const exit = getPath(stored.cmi, standard === 'scorm12' ? 'core.exit' : 'exit');
  return typeof exit === 'string' ? exit : '';
}

export function launchData(
  standard: LmsStandard,
  stored: StoredCommit | undefined,
  learner: Learner,
  masteryScore: number | undefined,
): LaunchData {
  const cmi: CmiTree = {};
  // What the LMS always sets, whatever was stored.
  if (standard === 'scorm12') {
    setPath(cmi, 'core.student_id', learner.id);
    setPath(cmi, 'core.student_name', learner.name);
    setPath(cmi, 'core.credit', 'credit');
    setPath(cmi, 'core.lesson_mode', 'normal');
    if (masteryScore !== undefined) setPath(cmi, 'student_data.mastery_score', String(masteryScore));
  } else {
    setPath(cmi, 'learner_id', learner.id);
    setPath(cmi, 'learner_name', learner.name);
    setPath(cmi, 'credit', 'credit');
    setPath(cmi, 'mode', 'normal');
    if (masteryScore !== undefined) setPath(cmi, 'scaled_passing_score', String(masteryScore / 100));
  }

  const exit = lastExit(standard, stored);
  const entryPath = standard === 'scorm12' ? 'core.entry' : 'entry';
  let entry: LaunchData['entry'];
  let note: string;
  let carry = false;
  if (!stored) {
    entry = 'ab-initio';
    note = 'First launch of this attempt: entry = "ab-initio".';
  } else if (exit === 'suspend') {
    entry = 'resume';
    carry = true;
    note = 'The last session exited with "suspend": entry = "resume", location and suspend_data restored.';
  } else if (standard === 'scorm12') {
    entry = '';
    carry = true;
    note = `The last session exited with "${exit}" (not "suspend"): SCORM 1.2 keeps the data, entry = "".`;
  } else {
    entry = 'ab-initio';
    note = `The last session exited with "${exit}" (not "suspend"): the SCORM 2004 attempt ended, a new attempt starts with fresh data (entry = "ab-initio").`;
  }
  if (carry && stored) {
    for (const path of PERSISTED[standard]) {
      const value = getPath(stored.cmi, path);
      if (value !== undefined) setPath(cmi, path, structuredClone(value));
    }
  }
  setPath(cmi, entryPath, entry);
  return { cmi, entry, note };
}
