import { describe, expect, it } from 'vitest';
import type { CourseEvent } from '../../../src/course-state/events.ts';
import { applyEvent, emptyState } from '../../../src/course-state/state.ts';
import { answeredInteractions, courseReport, interactionFor } from '../../../src/tracking/course-report.ts';
import { response12, scorm12 } from '../../../src/tracking/scorm12-data.ts';
import { description2004, response2004, scorm2004 } from '../../../src/tracking/scorm2004-data.ts';
import { clockTime12, duration2004, timespan12, timestamp2004 } from '../../../src/tracking/time-format.ts';
import type { Interaction, Report } from '../../../src/tracking/tracker.ts';
import { fullRun, takeQuiz } from '../../fixtures/tracking/course-run.ts';
import { fixtureStructure } from '../../fixtures/tracking/structure.ts';

const structure = fixtureStructure();

describe('times and durations', () => {
  it('SCORM 1.2 timespans are HHHH:MM:SS.SS', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(12_505)).toBe('0000:00:12.51');
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    expect(timespan12(-5)).toBe('0000:00:00.00');
    expect(timespan12(10_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  it('SCORM 1.2 interaction times are the local clock time HH:MM:SS', () => {
    expect(clockTime12(new Date(2026, 10, 30, 9, 5, 7, 900).getTime())).toBe('09:05:07');
    expect(clockTime12(new Date(2026, 10, 30, 23, 59, 59).getTime())).toBe('23:59:59');
  });

  it('SCORM 2004 durations are ISO 8601 with at most two decimals', () => {
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(12_500)).toBe('PT12.5S');
    expect(duration2004(3_723_456)).toBe('PT1H2M3.46S');
    expect(duration2004(3_600_000)).toBe('PT1H');
    expect(duration2004(60_000)).toBe('PT1M');
  });

  it('SCORM 2004 timestamps have two decimals of a second before the zone', () => {
    expect(timestamp2004(Date.UTC(2026, 10, 30, 9, 5, 7, 250))).toBe('2026-11-30T09:05:07.25Z');
    expect(timestamp2004(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05.00Z');
  });
});

describe('responses in each version', () => {
  const cases: [Interaction['kind'], string[], string, string][] = [
    ['single-choice', ['b'], 'b', 'b'],
    ['multiple-response', ['a', 'c', 'e'], 'a,c,e', 'a[,]c[,]e'],
    ['true-false', ['true'], 't', 'true'],
    ['true-false', ['false'], 'f', 'false'],
    ['sequencing', ['c', 'a', 'b'], 'c,a,b', 'c[,]a[,]b'],
    ['matching', ['a.2', 'b.1'], 'a.2,b.1', 'a[.]2[,]b[.]1'],
    ['ending', ['told-trusted-adult'], 'told-trusted-adult', 'told-trusted-adult'],
  ];
  it.each(cases)('%s %j: 1.2 %s, 2004 %s', (kind, items, v12, v2004) => {
    expect(response12(kind, items)).toBe(v12);
    expect(response2004(kind, items)).toBe(v2004);
  });
});

const answer: Interaction = {
  id: 'evidence-to-keep',
  kind: 'multiple-response',
  response: ['a', 'c'],
  correct: ['a', 'c', 'e'],
  result: 'wrong',
  shownAt: new Date(2026, 10, 30, 9, 15, 0).getTime(),
  latencyMs: 12_500,
  description: 'Choose every safe step.',
};

describe('an interaction record', () => {
  it('in SCORM 1.2: id and type first, student_response, wrong, latency, time; no description', () => {
    expect(scorm12.interaction(3, answer, true)).toEqual([
      ['cmi.interactions.3.id', 'evidence-to-keep'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'a,c,e'],
      ['cmi.interactions.3.student_response', 'a,c'],
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.interactions.3.latency', '0000:00:12.50'],
      ['cmi.interactions.3.time', '09:15:00'],
    ]);
  });

  it('in SCORM 2004: id, type, description, pattern, timestamp, learner_response, incorrect, latency', () => {
    const shownAt = Date.UTC(2026, 10, 30, 9, 15, 0);
    expect(scorm2004.interaction(0, { ...answer, shownAt }, true)).toEqual([
      ['cmi.interactions.0.id', 'evidence-to-keep'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.description', 'Choose every safe step.'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]c[,]e'],
      ['cmi.interactions.0.timestamp', '2026-11-30T09:15:00.00Z'],
      ['cmi.interactions.0.learner_response', 'a[,]c'],
      ['cmi.interactions.0.result', 'incorrect'],
      ['cmi.interactions.0.latency', 'PT12.5S'],
    ]);
  });

  it('updates an existing record with the answer only', () => {
    const again = {
      ...answer,
      response: ['a', 'c', 'e'],
      result: 'correct' as const,
      shownAt: undefined,
      latencyMs: 2_000,
    };
    expect(scorm2004.interaction(0, again, false)).toEqual([
      ['cmi.interactions.0.learner_response', 'a[,]c[,]e'],
      ['cmi.interactions.0.result', 'correct'],
      ['cmi.interactions.0.latency', 'PT2S'],
    ]);
    expect(scorm12.interaction(0, again, false)).toEqual([
      ['cmi.interactions.0.student_response', 'a,c,e'],
      ['cmi.interactions.0.result', 'correct'],
      ['cmi.interactions.0.latency', '0000:00:02.00'],
    ]);
  });

  it('for a scenario ending: 1.2 fill-in, 2004 choice, neutral, no correct response', () => {
    const ending: Interaction = {
      id: 'scenario-countdown',
      kind: 'ending',
      response: ['did-not-pay'],
      result: 'neutral',
      journal: true,
    };
    expect(scorm12.interaction(5, ending, true)).toEqual([
      ['cmi.interactions.5.id', 'scenario-countdown'],
      ['cmi.interactions.5.type', 'fill-in'],
      ['cmi.interactions.5.student_response', 'did-not-pay'],
      ['cmi.interactions.5.result', 'neutral'],
    ]);
    expect(scorm2004.interaction(5, ending, true)).toEqual([
      ['cmi.interactions.5.id', 'scenario-countdown'],
      ['cmi.interactions.5.type', 'choice'],
      ['cmi.interactions.5.learner_response', 'did-not-pay'],
      ['cmi.interactions.5.result', 'neutral'],
    ]);
  });

  it('keeps a 2004 description to one line of 250 characters without a leading brace', () => {
    expect(description2004('  Two\n lines  ')).toBe('Two lines');
    expect(description2004('{lang=xx} not a tag')).toBe('lang=xx} not a tag');
    const long = description2004('word '.repeat(100));
    expect(long).toHaveLength(250);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('course-level values', () => {
  const report = (overrides: Partial<Report>): Report => ({
    suspendData: 'SU1~x',
    location: 'what-to-do.html',
    progress: 0.33,
    completed: false,
    finished: false,
    ...overrides,
  });

  it('while in progress: 1.2 incomplete; 2004 incomplete with progress, success unknown (not written)', () => {
    expect(scorm12.report(report({}))).toEqual([
      ['cmi.suspend_data', 'SU1~x'],
      ['cmi.core.lesson_location', 'what-to-do.html'],
      ['cmi.core.lesson_status', 'incomplete'],
    ]);
    expect(scorm2004.report(report({}))).toEqual([
      ['cmi.suspend_data', 'SU1~x'],
      ['cmi.location', 'what-to-do.html'],
      ['cmi.progress_measure', '0.33'],
      ['cmi.completion_status', 'incomplete'],
    ]);
  });

  it('once the scored quiz is submitted: score and pass in both', () => {
    const passed = report({ progress: 1, completed: true, score: 86.67, passed: true, finished: true });
    expect(scorm12.report(passed)).toEqual([
      ['cmi.suspend_data', 'SU1~x'],
      ['cmi.core.lesson_location', 'what-to-do.html'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '86.67'],
      ['cmi.core.lesson_status', 'passed'],
    ]);
    expect(scorm2004.report(passed)).toEqual([
      ['cmi.suspend_data', 'SU1~x'],
      ['cmi.location', 'what-to-do.html'],
      ['cmi.progress_measure', '1'],
      ['cmi.completion_status', 'completed'],
      ['cmi.score.scaled', '0.8667'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '86.67'],
      ['cmi.success_status', 'passed'],
    ]);
    const failed = scorm12.report(report({ score: 40, passed: false }));
    expect(failed.at(-1)).toEqual(['cmi.core.lesson_status', 'failed']);
  });

  it('exit: suspend while unfinished; "" (1.2) or normal (2004) when finished; session time', () => {
    expect(scorm12.exit(false, 65_000)).toEqual([
      ['cmi.core.exit', 'suspend'],
      ['cmi.core.session_time', '0000:01:05.00'],
    ]);
    expect(scorm12.exit(true, 0)[0]).toEqual(['cmi.core.exit', '']);
    expect(scorm2004.exit(false, 65_000)).toEqual([
      ['cmi.exit', 'suspend'],
      ['cmi.session_time', 'PT1M5S'],
    ]);
    expect(scorm2004.exit(true, 0)[0]).toEqual(['cmi.exit', 'normal']);
  });
});

describe('what the course reports', () => {
  const run = (events = fullRun(structure, 0)) => events.reduce((s, e) => applyEvent(s, e, structure), emptyState());

  it('is completed, passed and finished after the whole course', () => {
    expect(courseReport(run(), structure, 'x')).toMatchObject({
      completed: true,
      progress: 1,
      score: 100,
      passed: true,
      finished: true,
    });
  });

  it('keeps progress below 1 until the course is completed', () => {
    const noQuiz = run(fullRun(structure, 0).filter((e) => !(e.type === 'quiz.submitted' && e.quiz === 'final-quiz')));
    expect(courseReport(noQuiz, structure, 'x')).toMatchObject({ completed: false, progress: 0.667 });
  });

  it('judges the pass against the mastery score, and a learner who may try again is not finished', () => {
    const failed = run(fullRun(structure, 0, ['first-thing-to-do', 'who-to-tell', 'safe-replies']));
    expect(courseReport(failed, structure, 'x')).toMatchObject({
      completed: true,
      score: 70,
      passed: false,
      finished: false,
    });
    const lastTry = run([
      ...fullRun(structure, 0, ['first-thing-to-do', 'who-to-tell', 'safe-replies']),
      ...takeQuiz(structure.quizzes[1]!, 0, ['first-thing-to-do', 'who-to-tell', 'safe-replies']),
      ...takeQuiz(structure.quizzes[1]!, 0, ['first-thing-to-do', 'who-to-tell', 'safe-replies']),
    ]);
    expect(courseReport(lastTry, structure, 'x')).toMatchObject({ passed: false, finished: true });
  });

  it('sends answers to the scored quiz only, never a knowledge check or a scenario choice', () => {
    const before = emptyState();
    const events = fullRun(structure, Date.UTC(2026, 10, 30, 9));
    const interactions = events.map((e) => interactionFor(e, before, structure)).filter(Boolean);
    expect(interactions.map((i) => i?.id)).toEqual(structure.quizzes[1]!.questions.map((q) => q.id));
    expect(interactions[0]).toMatchObject({ latencyMs: 12_500, shownAt: Date.UTC(2026, 10, 30, 9) + 20_000 - 12_500 });
  });

  it('sends a scenario ending, by id, the first time it is reached and only when the package reports them', () => {
    const event: CourseEvent = {
      type: 'scenario.endingReached',
      scenario: 'countdown',
      ending: 'paid-once',
      outcome: 'unsafe',
      path: [1],
    };
    expect(interactionFor(event, emptyState(), structure)).toBeUndefined();
    const reporting = fixtureStructure({ reportScenarioOutcomes: true });
    expect(interactionFor(event, emptyState(), reporting)).toEqual({
      id: 'scenario-countdown',
      kind: 'ending',
      response: ['paid-once'],
      result: 'neutral',
      journal: true,
    });
    const after = applyEvent(emptyState(), event, reporting);
    expect(interactionFor(event, after, reporting)).toBeUndefined();
  });

  it('rebuilds the submitted attempt’s answers, judged like the course, and nothing before submission', () => {
    const state = run(takeQuiz(structure.quizzes[1]!, 0, ['report-steps', 'match-tools']));
    const rebuilt = answeredInteractions(state, structure);
    expect(rebuilt).toHaveLength(10);
    expect(rebuilt.filter((i) => i.result === 'wrong').map((i) => i.id)).toEqual(['report-steps', 'match-tools']);
    const drafted = run([
      { type: 'quiz.drafted', quiz: 'final-quiz', question: 'who-to-tell', response: ['a'] },
      ...takeQuiz(structure.quizzes[1]!, 0).slice(0, 3),
    ]);
    expect(answeredInteractions(drafted, structure)).toEqual([]);
  });

  it('never sends a drafted answer', () => {
    const event: CourseEvent = { type: 'quiz.drafted', quiz: 'final-quiz', question: 'who-to-tell', response: ['a'] };
    expect(interactionFor(event, emptyState(), structure)).toBeUndefined();
  });
});
