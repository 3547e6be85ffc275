import { describe, expect, it } from 'vitest';
import type { CourseEvent } from '../../../src/course-state/events.ts';
import { applyEvent, emptyState, type CourseState } from '../../../src/course-state/state.ts';
import type { CourseStructure } from '../../../src/course-model/structure.ts';
import { largestState, largestSuspendData } from '../../../src/tracking/largest-state.ts';
import { decodeState, encodeState, SUSPEND_DATA_LIMIT_12 } from '../../../src/tracking/suspend-data.ts';
import { fullRun, playScenario, takeQuiz } from '../../fixtures/tracking/course-run.ts';
import { fixtureStructure } from '../../fixtures/tracking/structure.ts';

const structure = fixtureStructure();
const SAVED_AT = Date.UTC(2026, 10, 30, 9, 30, 15);
const CONSERVATIVE = /^[A-Za-z0-9\-_.~,;:]*$/;

const stateAfter = (events: readonly CourseEvent[], s: CourseStructure = structure): CourseState =>
  events.reduce((state, event) => applyEvent(state, event, s), emptyState());

const roundTrip = (state: CourseState) => {
  const text = encodeState(state, structure, SAVED_AT);
  return { text, decoded: decodeState(text, structure) };
};

describe('suspend data round trip', () => {
  const cases: [string, CourseEvent[]][] = [
    ['an empty state', []],
    [
      'a first visit',
      [
        { type: 'location.changed', location: 'what-is-online-blackmail.html' },
        { type: 'lesson.visited', lesson: 'what-is-online-blackmail' },
      ],
    ],
    [
      'a scenario in progress after an earlier ending',
      [
        ...playScenario('countdown', 'paid-once', 5),
        { type: 'scenario.started', scenario: 'countdown' },
        { type: 'scenario.choiceMade', scenario: 'countdown', node: 'a', choice: 3, rating: 'risky', path: [3] },
        { type: 'scenario.choiceMade', scenario: 'countdown', node: 'b', choice: 2, rating: 'safe', path: [3, 2] },
      ],
    ],
    [
      'a quiz half answered, with an empty answer',
      [
        {
          type: 'quiz.answered',
          quiz: 'final-quiz',
          question: 'evidence-to-keep',
          response: [],
          correct: false,
          latencyMs: 1,
          at: 1,
        },
        {
          type: 'quiz.answered',
          quiz: 'final-quiz',
          question: 'report-steps',
          response: ['e', 'd', 'c', 'b', 'a'],
          correct: false,
          latencyMs: 1,
          at: 1,
        },
        {
          type: 'quiz.answered',
          quiz: 'final-quiz',
          question: 'match-tools',
          response: ['a.4', 'b.3', 'c.2', 'd.1'],
          correct: false,
          latencyMs: 1,
          at: 1,
        },
        { type: 'location.changed', location: 'index.html' },
      ],
    ],
    [
      'a failed quiz, retried',
      [
        ...takeQuiz(structure.quizzes[1]!, 0, ['first-thing-to-do', 'match-helpers', 'safe-replies']),
        { type: 'quiz.retried', quiz: 'final-quiz' },
      ],
    ],
    ['the whole course', fullRun(structure, SAVED_AT)],
  ];

  it.each(cases)('restores %s exactly', (_, events) => {
    const state = stateAfter(events);
    const { text, decoded } = roundTrip(state);
    expect(text).toMatch(CONSERVATIVE);
    expect(decoded).toEqual({ ok: true, state, savedAt: SAVED_AT - (SAVED_AT % 1000) });
  });

  it('keeps the score to the hundredth and the pass', () => {
    const state = stateAfter([{ type: 'quiz.submitted', quiz: 'final-quiz', score: 66.67, passed: false }]);
    const decoded = decodeState(encodeState(state, structure), structure);
    expect(decoded.ok && decoded.state.quizzes['final-quiz']).toMatchObject({
      score: 66.67,
      passed: false,
      submitted: true,
    });
  });

  it('writes a lesson page as one character and another page by name', () => {
    expect(encodeState({ ...emptyState(), location: 'what-to-do.html' }, structure).split('~')[6]).toBe('1');
    expect(encodeState({ ...emptyState(), location: 'index.html' }, structure).split('~')[6]).toBe('_index.html');
    // A location outside the alphabet is left out rather than sent.
    expect(encodeState({ ...emptyState(), location: 'a"b<c>.html' }, structure).split('~')[6]).toBe('');
  });

  it('leaves out what the structure does not know, and never throws', () => {
    const state = stateAfter(fullRun(structure, 0));
    const odd: CourseState = {
      ...state,
      lessons: { ...state.lessons, 'not-a-lesson': { visited: true, reachedEnd: true, completed: true } },
      quizzes: {
        ...state.quizzes,
        'final-quiz': { responses: { 'first-thing-to-do': ['z'] }, attempts: 1, submitted: false },
      },
    };
    const decoded = decodeState(encodeState(odd, structure), structure);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.state.lessons['not-a-lesson']).toBeUndefined();
      expect(decoded.state.quizzes['final-quiz']?.responses).toEqual({});
    }
  });
});

describe('suspend data that cannot be used', () => {
  const valid = encodeState(stateAfter(fullRun(structure, 0)), structure, SAVED_AT);
  const replaceSection = (index: number, value: string) =>
    valid
      .split('~')
      .map((part, i) => (i === index ? value : part))
      .join('~');

  const cases: [string, string, RegExp][] = [
    ['nothing', '', /nothing saved/],
    ['JSON from another tool', '{"lessons":{"a":true}}', /not Speak Up/],
    ['a tool whose text looks a little like ours', 'lesson=3;score=80', /not Speak Up/],
    ['an older format', valid.replace(/^SU1/, 'SU0'), /format 0 is not supported/],
    ['a newer format', valid.replace(/^SU1/, 'SU2'), /format 2 is not supported/],
    ['another version of the course', replaceSection(1, 'Zz9_other'), /another version of the course/],
    ['a quote inside', valid.replace(/~([^~]*)$/, '~"$1'), /corrupt/],
    ['a missing section', valid.split('~').slice(0, 6).join('~'), /corrupt/],
    ['a lesson set of the wrong size', replaceSection(3, 'zzzz'), /corrupt/],
    ['a scenario too many', replaceSection(4, `${valid.split('~')[4]};3`), /corrupt/],
    ['an ending that does not exist', replaceSection(4, '1,9;;'), /corrupt/],
    ['a choice beyond the node', replaceSection(4, '1,,,0129;;'), /corrupt/],
    ['a count that is not one', replaceSection(4, 'ABC;;'), /corrupt/],
    ['a matching answer cut in half', replaceSection(5, ';1,,,,,,,,,,,,abc'), /corrupt/],
    ['two answers to a single choice', replaceSection(5, ';1,,01'), /corrupt/],
    ['a quiz flag out of range', replaceSection(5, ';Z1'), /corrupt/],
    ['a location beyond the lessons', replaceSection(6, '7'), /corrupt/],
    ['a location with a bad name', replaceSection(6, '_'), /corrupt/],
    ['a saved time that is not a number', replaceSection(2, 'NOW!'), /corrupt/],
    ['a count with a leading zero', replaceSection(4, '01;;'), /corrupt/],
    ['a trailing comma', replaceSection(4, '1,;;'), /corrupt/],
    ['an ending reached twice over the list', replaceSection(4, '1,,0123456;;'), /corrupt/],
    ['a score over 100', replaceSection(5, ';1,8zz'), /corrupt/],
    ['two lessons named by one location', replaceSection(6, '01'), /corrupt/],
  ];

  it.each(cases)('refuses %s with a reason', (_, text, reason) => {
    const decoded = decodeState(text, structure);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });

  it('never throws, whatever happens to the text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = '0123456789abcxyzABZ-_.~,;:"\\<>{}é ';
    for (let i = 0; i < 2000; i++) {
      const chars = [...valid];
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const at = Math.floor(random() * chars.length);
        const action = random();
        if (action < 0.4) chars[at] = alphabet.charAt(Math.floor(random() * alphabet.length));
        else if (action < 0.7) chars.splice(at, 1);
        else chars.splice(at, 0, alphabet.charAt(Math.floor(random() * alphabet.length)));
      }
      expect(() => decodeState(chars.join(''), structure)).not.toThrow();
    }
  });
});

describe('the largest state fits SCORM 1.2', () => {
  it('for the fixture course (3 lessons, final quiz of 10 questions, 3 scenarios)', () => {
    const largest = largestState(structure);
    const text = encodeState(largest, structure, Date.UTC(2100, 0, 1));
    const { length, fits } = largestSuspendData(structure);
    console.log(`largest suspend_data of the fixture course: ${length} of ${SUSPEND_DATA_LIMIT_12} characters`);
    expect(text).toMatch(CONSERVATIVE);
    expect(length).toBe(text.length);
    expect(fits).toBe(true);
    expect(length).toBeLessThan(2000);
    // It is a state the encoding really holds, not one it silently cut down.
    expect(decodeState(text, structure)).toMatchObject({ ok: true, state: largest });
  });

  it('and says so when a course would not fit', () => {
    const huge = fixtureStructure({
      scenarios: Array.from({ length: 120 }, (_, i) => ({
        id: `s${i}`,
        endings: ['a', 'b', 'c', 'd', 'e', 'f'],
        maxChoices: 4,
        longestPath: 30,
      })),
    });
    const result = largestSuspendData(huge);
    expect(result.length).toBeGreaterThan(SUSPEND_DATA_LIMIT_12);
    expect(result.fits).toBe(false);
  });

  it('and refuses a list too long to be written one character per item', () => {
    const wide = fixtureStructure();
    wide.scenarios[0] = {
      id: 'wide',
      endings: Array.from({ length: 70 }, (_, i) => `e${i}`),
      maxChoices: 2,
      longestPath: 2,
    };
    expect(largestSuspendData(wide).fits).toBe(false);
  });
});
