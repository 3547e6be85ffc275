/**
 * suspend_data: the learner's progress (CourseState) as a compact, versioned text that fits SCORM 1.2's
 * `cmi.suspend_data`, of which an LMS must keep only 4,096 characters (SCORM 2004 keeps 64,000).
 *
 * Everything is addressed by its position in the CourseStructure lists, so the text holds no ids and no key names;
 * the structure's fingerprint tells when those lists changed. Only letters, digits and `-_.~,;` appear: LMSs that
 * build JSON, XML or SQL by hand have lost state on quotes, backslashes, angle brackets and non-ASCII.
 *
 * Format version 1: seven sections joined by `~`
 *
 *     SU1 ~ fingerprint ~ savedAt ~ lessons ~ scenarios ~ quizzes ~ location
 *
 * - `SU1`: the magic `SU` and the format version `1`. Anything else is not ours, or another version.
 * - fingerprint: `structure.fingerprint` when it is 1-16 of `[A-Za-z0-9_-]`, else its FNV-1a hash in base 36.
 * - savedAt: seconds since 1970, base 36, when the session wrote it (the newest of the LMS's copy and the local
 *   copy is the one restored).
 * - lessons: a bit set of 3 bits per lesson in structure order (visited, reachedEnd, completed), 6 bits per
 *   character of D, lowest bit first: ceil(3 x lessons / 6) characters.
 * - scenarios: one item per structure scenario, joined by `;`; empty = never started. An item is fields joined
 *   by `,` (trailing empty fields left out): attempts (count), the current ending (one index character; empty
 *   while the scenario is being played), the endings reached in the order first reached (index characters),
 *   the current path (one index character per choice).
 * - quizzes: one item per structure quiz, joined by `;`; empty = never answered. An item is fields joined by `,`
 *   (trailing empty fields left out): flags (one character of D: bit 0 submitted, bit 1 the pass is known,
 *   bit 2 passed) followed by attempts (count); the score in hundredths (count; empty = none); then one field
 *   per question in structure order: empty = not answered, `-` = answered with nothing chosen, otherwise one
 *   index character per item of the response, in its order (indexes into the question's options; true-false's
 *   options are `true`,`false`), or two per pair for matching (source in options, target in targets).
 * - location: empty; one index character = the page of that lesson; or `_` and a page name of at most 64 of
 *   `[A-Za-z0-9._-]` (`_index.html`).
 *
 * D is `0-9 a-z A-Z - _` (64 characters). An index character is D[i] with i < 62, so `-` and `_` stay free as
 * markers. A count is base 36, clamped to 3 characters (0-46,655), so every field has a known maximum.
 *
 * Size: about 20 + lessons / 2 + per scenario (6 + endings + longest path) + per quiz (8 + per question
 * (1 + its longest response)) + 65. `largestState()` builds the largest state a structure can produce; the tests
 * fail when its encoding would pass 4,096 characters (the fixture course of 3 lessons, 13 questions in 2 quizzes
 * and 3 scenarios of 4 endings and 11-12 choices takes 239; the real course of 4 lessons took 266). Items the
 * structure does not know are left out.
 *
 * Decoding never throws: an empty, foreign, old or corrupt text gives `{ ok: false, reason }`, and the course
 * starts fresh. The encoding is canonical, so a decoded state is accepted only if it encodes back to the very same
 * text: that one check catches any index, count, length or character out of place.
 */
import type { QuizResponse } from '../course-state/events.ts';
import { emptyState, type CourseState, type QuizProgress, type ScenarioProgress } from '../course-state/state.ts';
import type {
  CourseStructure,
  QuestionStructure,
  QuizStructure,
  ScenarioStructure,
} from '../course-model/structure.ts';

/** What an LMS must keep of SCORM 1.2 `cmi.suspend_data` (CMIString4096). */
export const SUSPEND_DATA_LIMIT_12 = 4096;
const HEADER = 'SU1';
const D = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
/** Options, choices, endings and lessons are written as one character each: at most this many per list. */
export const MAX_INDEX = 62;
/** Attempts (and the score in hundredths) are clamped to three base-36 digits. */
export const MAX_COUNT = 36 ** 3 - 1;
const PAGE = /^[\w.-]{1,64}$/;

export type Decoded = { ok: true; state: CourseState; savedAt: number } | { ok: false; reason: string };

/** 32-bit FNV-1a, base 36: short, stable, not secret. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export function fingerprintOf(structure: CourseStructure): string {
  const f = structure.fingerprint;
  return /^[\w-]{1,16}$/.test(f) ? f : shortHash(f);
}

const count = (n: number) => Math.min(Math.max(0, Math.floor(n) || 0), MAX_COUNT).toString(36);

/** One character per index; nothing when any index cannot be written, so that a part is left out, never misread. */
const indexChars = (indexes: readonly number[]) =>
  indexes.every((i) => i >= 0 && i < MAX_INDEX) ? indexes.map((i) => D.charAt(i)).join('') : '';

const fields = (parts: readonly string[]) => parts.join(',').replace(/,+$/, '');

function packBits(bits: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) if (bits[i + b]) v |= 1 << b;
    out += D.charAt(v);
  }
  return out;
}

function encodeScenario(s: ScenarioStructure, p: ScenarioProgress | undefined): string {
  if (!p) return '';
  const ending = p.ending === undefined ? '' : indexChars([s.endings.indexOf(p.ending)]);
  const reached = indexChars(p.endingsReached.map((e) => s.endings.indexOf(e)));
  return fields([count(p.attempts), ending, reached, indexChars(p.path)]);
}

function encodeResponse(q: QuestionStructure, response: QuizResponse | undefined): string {
  if (!response) return '';
  if (response.length === 0) return '-';
  if ((q.type === 'single-choice' || q.type === 'true-false') && response.length > 1) return '';
  if (q.type !== 'matching') return indexChars(response.map((id) => q.options.indexOf(id)));
  return indexChars(
    response.flatMap((pair) => {
      const dot = pair.indexOf('.');
      return [q.options.indexOf(pair.slice(0, dot)), (q.targets ?? []).indexOf(pair.slice(dot + 1))];
    }),
  );
}

function encodeQuiz(q: QuizStructure, p: QuizProgress | undefined): string {
  if (!p) return '';
  const flags = (p.submitted ? 1 : 0) | (p.passed === undefined ? 0 : p.passed ? 6 : 2);
  const score = p.score === undefined ? '' : count(Math.round(Math.min(100, Math.max(0, p.score)) * 100));
  const answers = q.questions.map((question) => encodeResponse(question, p.responses[question.id]));
  return fields([D.charAt(flags) + count(p.attempts), score, ...answers]);
}

function encodeLocation(location: string, structure: CourseStructure): string {
  const lesson = structure.lessons.findIndex((l) => l.page === location);
  if (lesson >= 0 && lesson < MAX_INDEX) return D.charAt(lesson);
  return PAGE.test(location) ? `_${location}` : '';
}

/** The state as suspend_data. `savedAt` is epoch milliseconds. Never throws; what cannot be written is left out. */
export function encodeState(state: CourseState, structure: CourseStructure, savedAt = 0): string {
  const bits = structure.lessons.flatMap((l) => {
    const p = state.lessons[l.id];
    return [!!p?.visited, !!p?.reachedEnd, !!p?.completed];
  });
  return [
    HEADER,
    fingerprintOf(structure),
    Math.max(0, Math.floor(savedAt / 1000)).toString(36),
    packBits(bits),
    structure.scenarios.map((s) => encodeScenario(s, state.scenarios[s.id])).join(';'),
    structure.quizzes.map((q) => encodeQuiz(q, state.quizzes[q.id])).join(';'),
    encodeLocation(state.location, structure),
  ].join('~');
}

// Decoding is lenient and checked once, at the end: the state read must encode back to exactly the same text.
// The encoding is canonical, so anything out of range, out of place or out of the alphabet fails that check.

/** The items of `list` that `text` names by index character; unknown characters are dropped (and caught later). */
const pick = <T>(list: readonly T[], text: string): T[] =>
  [...text].flatMap((c) => {
    const item = list[D.indexOf(c)];
    return item === undefined ? [] : [item];
  });

function readResponse(text: string, q: QuestionStructure): QuizResponse {
  if (text === '-') return [];
  if (q.type !== 'matching') return pick(q.options, text);
  return (text.match(/../g) ?? []).map(
    ([s = '', t = '']) => `${pick(q.options, s).join()}.${pick(q.targets ?? [], t).join()}`,
  );
}

function readState(parts: readonly string[], structure: CourseStructure): CourseState {
  const [, , , lessons = '', scenarios = '', quizzes = '', location = ''] = parts;
  const state = emptyState();
  structure.lessons.forEach((l, i) => {
    const bits = D.indexOf(lessons.charAt(Math.floor(i / 2))) >> (3 * (i % 2));
    if (bits & 7) state.lessons[l.id] = { visited: !!(bits & 1), reachedEnd: !!(bits & 2), completed: !!(bits & 4) };
  });
  const scenarioItems = scenarios.split(';');
  structure.scenarios.forEach((s, i) => {
    const [attempts, ending = '', reached = '', path = ''] = scenarioItems[i]?.split(',') ?? [];
    if (attempts === undefined || attempts === '') return;
    state.scenarios[s.id] = {
      attempts: parseInt(attempts, 36),
      ending: ending ? pick(s.endings, ending).join() : undefined,
      endingsReached: pick(s.endings, reached),
      path: pick(
        Array.from({ length: s.maxChoices }, (_, n) => n),
        path,
      ),
    };
  });
  const quizItems = quizzes.split(';');
  structure.quizzes.forEach((q, i) => {
    const [head = '', score = '', ...answers] = quizItems[i]?.split(',') ?? [];
    if (!head) return;
    const flags = D.indexOf(head.charAt(0));
    const progress: QuizProgress = { responses: {}, attempts: parseInt(head.slice(1), 36), submitted: !!(flags & 1) };
    if (score) progress.score = parseInt(score, 36) / 100;
    if (flags & 2) progress.passed = !!(flags & 4);
    q.questions.forEach((question, n) => {
      const answer = answers[n];
      if (answer) progress.responses[question.id] = readResponse(answer, question);
    });
    state.quizzes[q.id] = progress;
  });
  state.location = location.startsWith('_')
    ? location.slice(1)
    : pick(
        structure.lessons.map((l) => l.page),
        location,
      ).join();
  return state;
}

/** The state saved in `text`, or why it cannot be used. Never throws. */
export function decodeState(text: string, structure: CourseStructure): Decoded {
  const parts = text.split('~');
  const head = parts[0] ?? '';
  if (!text) return { ok: false, reason: 'nothing saved' };
  if (!head.startsWith('SU')) return { ok: false, reason: 'not Speak Up progress' };
  if (head !== HEADER) return { ok: false, reason: `format ${head.slice(2)} is not supported (this is ${HEADER})` };
  if (parts[1] !== fingerprintOf(structure)) return { ok: false, reason: 'saved by another version of the course' };
  try {
    const savedAt = parseInt(parts[2] ?? '', 36) * 1000;
    const state = readState(parts, structure);
    if (encodeState(state, structure, savedAt) === text) return { ok: true, state, savedAt };
  } catch {
    // Nothing here should throw; whatever did, the text is not usable.
  }
  return { ok: false, reason: 'corrupt: it does not read back the same' };
}
