import { decimal } from './course-report.ts';
import { duration2004, timestamp2004 } from './time-format.ts';
import type { DataModel, InteractionKind, Pair } from './tracker.ts';

/** What SCORM 2004 4th Edition receives: element names and value formats (RTE 4.2). Pure. */

const TYPES: Record<InteractionKind, string> = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  'true-false': 'true-false',
  sequencing: 'sequencing',
  matching: 'matching',
  // An ending id is a short_identifier_type, so a 2004 choice takes it: the LMS can group learners by ending.
  ending: 'choice',
};

/**
 * A response (or correct-response pattern) in 2004 form, RTE 4.2.9.2: true-false `true`/`false`; choice and
 * sequencing identifiers joined by `[,]`; matching `a[.]1[,]b[.]2`.
 */
export function response2004(kind: InteractionKind, items: readonly string[]): string {
  if (kind === 'true-false') return items[0] === 'true' ? 'true' : 'false';
  return items.map((item) => (kind === 'matching' ? item.replace('.', '[.]') : item)).join('[,]');
}

/**
 * localized_string_type (SPM 250): one line, at most 250 characters. A leading `{` would be read as a
 * `{lang=..}` delimiter, so it is dropped.
 */
export function description2004(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/^\{+/, '');
  return line.length <= 250 ? line : `${line.slice(0, 249)}…`;
}

export const scorm2004: DataModel = {
  kind: 'scorm2004',
  entry: 'cmi.entry',
  learner: 'cmi.learner_id',
  suspendData: 'cmi.suspend_data',
  location: 'cmi.location',
  // The LMS keeps 64,000; the course's encoding is built to fit 1.2's 4,096 anyway.
  statuses: ['cmi.completion_status', 'cmi.success_status'],
  suspendLimit: 64000,
  readsInteractions: true,
  report: (r) => [
    ['cmi.suspend_data', r.suspendData],
    // Only a real location: an empty value is refused by strict runtimes (scorm-again: 406).
    ...(r.location ? [['cmi.location', r.location] as const] : []),
    ['cmi.progress_measure', decimal(r.progress, 3)],
    ['cmi.completion_status', r.completed ? 'completed' : 'incomplete'],
    // success_status stays "unknown" until the scored quiz is submitted; scaled is what gradebooks read.
    ...(r.score === undefined
      ? []
      : ([
          ['cmi.score.scaled', decimal(r.score / 100, 4)],
          ['cmi.score.min', '0'],
          ['cmi.score.max', '100'],
          ['cmi.score.raw', decimal(r.score)],
          ['cmi.success_status', r.passed ? 'passed' : 'failed'],
        ] as const)),
  ],
  interaction(n, i, isNew) {
    const at = `cmi.interactions.${n}.`;
    const pairs: Pair[] = [];
    // The id first, then the type before any response: otherwise 408 (dependency not established).
    // On a record that exists only the answer changes: rewriting a choice's correct pattern is refused by some
    // runtimes as a duplicate (scorm-again: 351), and true-false allows one pattern only.
    if (isNew) {
      pairs.push([`${at}id`, i.id], [`${at}type`, TYPES[i.kind]]);
      if (i.description) pairs.push([`${at}description`, description2004(i.description)]);
      if (i.correct) pairs.push([`${at}correct_responses.0.pattern`, response2004(i.kind, i.correct)]);
    }
    if (i.shownAt !== undefined) pairs.push([`${at}timestamp`, timestamp2004(i.shownAt)]);
    pairs.push(
      [`${at}learner_response`, response2004(i.kind, i.response)],
      [`${at}result`, i.result === 'wrong' ? 'incorrect' : i.result],
    );
    if (i.latencyMs !== undefined) pairs.push([`${at}latency`, duration2004(i.latencyMs)]);
    return pairs;
  },
  // "suspend" brings the learner back with entry "resume"; "normal" ends the attempt.
  exit: (finished, ms) => [
    ['cmi.exit', finished ? 'normal' : 'suspend'],
    ['cmi.session_time', duration2004(ms)],
  ],
};
