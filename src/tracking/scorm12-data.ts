import { decimal } from './course-report.ts';
import { clockTime12, timespan12 } from './time-format.ts';
import type { DataModel, InteractionKind, Pair } from './tracker.ts';

/** What SCORM 1.2 receives: element names and value formats (SCORM 1.2 RTE 3.4). Pure. */

const TYPES: Record<InteractionKind, string> = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  sequencing: 'sequencing',
  matching: 'matching',
  // An ending id is longer than the single character a 1.2 choice allows; fill-in takes it as it is (CMIString255).
  ending: 'fill-in',
};

/**
 * A response (or correct-response pattern) in 1.2 form, RTE 3.4.2.7.5: true-false `t`/`f`; choice and sequencing
 * single characters joined by commas (`a,c`); matching source.target pairs joined by commas (`a.1,b.2`).
 */
export function response12(kind: InteractionKind, items: readonly string[]): string {
  if (kind === 'true-false') return items[0] === 'true' ? 't' : 'f';
  return items.join(',');
}

export const scorm12: DataModel = {
  kind: 'scorm12',
  entry: 'cmi.core.entry',
  learner: 'cmi.core.student_id',
  suspendData: 'cmi.suspend_data',
  location: 'cmi.core.lesson_location',
  statuses: ['cmi.core.lesson_status'],
  suspendLimit: 4096,
  // Interactions are write-only in 1.2 (RTE 3.4.2.7): an id's record cannot be found again in a later launch.
  readsInteractions: false,
  report: (r) => [
    ['cmi.suspend_data', r.suspendData],
    ...(r.location ? [['cmi.core.lesson_location', r.location] as const] : []),
    // Score before status: some LMSs judge lesson_status against the mastery score when it is set.
    ...(r.score === undefined
      ? []
      : ([
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', decimal(r.score)],
        ] as const)),
    // One status for both completion and success (RTE 3.4.2.1.7): passed/failed once the scored quiz is submitted.
    [
      'cmi.core.lesson_status',
      r.passed === undefined ? (r.completed ? 'completed' : 'incomplete') : r.passed ? 'passed' : 'failed',
    ],
  ],
  interaction(n, i, isNew) {
    const at = `cmi.interactions.${n}.`;
    const pairs: Pair[] = [];
    if (isNew) {
      pairs.push([`${at}id`, i.id], [`${at}type`, TYPES[i.kind]]);
      if (i.correct) pairs.push([`${at}correct_responses.0.pattern`, response12(i.kind, i.correct)]);
    }
    // 1.2 calls a wrong answer `wrong` (RTE 3.4.2.7.6).
    pairs.push([`${at}student_response`, response12(i.kind, i.response)], [`${at}result`, i.result]);
    if (i.latencyMs !== undefined) pairs.push([`${at}latency`, timespan12(i.latencyMs)]);
    if (i.shownAt !== undefined) pairs.push([`${at}time`, clockTime12(i.shownAt)]);
    return pairs;
  },
  // RTE 3.4.2.1.4: "suspend" brings the learner back with entry "resume"; "" ends the attempt normally.
  exit: (finished, ms) => [
    ['cmi.core.exit', finished ? '' : 'suspend'],
    ['cmi.core.session_time', timespan12(ms)],
  ],
};
