import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { $saveStatus } from '../../../src/tracking/save-status.ts';
import { response2004 } from '../../../src/tracking/scorm2004-data.ts';
import { RETRY_DELAYS_MS } from '../../../src/tracking/session.ts';
import { MemoryStorage } from '../../fixtures/tracking/browser.ts';
import { fullRun, playScenario, takeQuiz } from '../../fixtures/tracking/course-run.ts';
import { closeLaunches, courseState, launch } from '../../fixtures/tracking/launch.ts';
import { at, lms2004, type Cmi } from '../../fixtures/tracking/lms.ts';
import { fixtureStructure } from '../../fixtures/tracking/structure.ts';

const structure = fixtureStructure();
const finalQuiz = structure.quizzes[1]!;
const TYPE_2004 = { 'single-choice': 'choice', 'multiple-response': 'choice' } as Record<string, string>;

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  closeLaunches();
  warn.mockRestore();
});

const interactionsOf = (cmi: Cmi) => Object.values((at(cmi, 'interactions') ?? {}) as Record<string, Cmi>);

/** What the LMS hands the next launch: its stored data, with entry from the exit. */
function nextLaunchData(cmi: Cmi): Cmi {
  return {
    learner_id: cmi.learner_id,
    entry: cmi.exit === 'suspend' ? 'resume' : '',
    location: cmi.location,
    suspend_data: cmi.suspend_data,
    completion_status: cmi.completion_status,
    interactions: cmi.interactions,
  };
}

describe('SCORM 2004: a whole course', () => {
  it('leaves completion, success, scaled score and one correct interaction per scored question, with no API error', () => {
    const lms = lms2004({ learner_id: 'learner-1', entry: 'ab-initio' });
    const initialize = vi.spyOn(lms.api, 'Initialize');
    const terminate = vi.spyOn(lms.api, 'Terminate');
    const run = launch(structure, { API_1484_11: lms.api });
    expect(run.session.kind).toBe('scorm2004');
    expect($saveStatus.get()).toBe('lms');

    run.play(fullRun(structure, run.clock.now()), () => lms.api.GetLastError());
    run.clock.advance(25 * 60_000 + 1_500);
    run.browser.hide();
    run.browser.pagehide();

    const cmi = lms.transport.last;
    expect(cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      progress_measure: '1',
      score: { scaled: '1', raw: '100', min: '0', max: '100' },
      exit: 'normal',
      session_time: 'PT25M1.5S',
      location: 'helping-a-friend.html',
    });
    expect(String(cmi.suspend_data)).toMatch(/^SU1~/);

    const interactions = interactionsOf(cmi);
    expect(interactions).toHaveLength(finalQuiz.questions.length);
    finalQuiz.questions.forEach((q, i) => {
      expect(interactions[i]).toMatchObject({
        id: q.id,
        type: TYPE_2004[q.type] ?? q.type,
        description: q.description,
        learner_response: response2004(q.type, q.correct),
        result: 'correct',
        correct_responses: { 0: { pattern: response2004(q.type, q.correct) } },
      });
      expect(interactions[i]?.timestamp).toMatch(/^2026-11-30T\d\d:\d\d:\d\d\.\d\dZ$/);
      expect(interactions[i]?.latency).toMatch(/^PT\d+(\.\d\d?)?S$/);
    });

    expect(initialize).toHaveBeenCalledTimes(1);
    expect(terminate).toHaveBeenCalledTimes(1);
    expect(lms.problems).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps success unknown and progress below 1 until the scored quiz is submitted', () => {
    const lms = lms2004({ entry: 'ab-initio' });
    const run = launch(structure, { API_1484_11: lms.api });
    run.play(fullRun(structure, 0).filter((e) => e.type !== 'quiz.submitted' || e.quiz !== 'final-quiz'));
    run.browser.pagehide();
    expect(lms.transport.last).toMatchObject({
      completion_status: 'incomplete',
      success_status: 'unknown',
      progress_measure: '0.667',
      exit: 'suspend',
    });
    expect(lms.problems).toEqual([]);
  });

  it('records a failed quiz as failed and incorrect, and exits suspend while attempts remain', () => {
    const lms = lms2004({ entry: 'ab-initio' });
    const run = launch(structure, { API_1484_11: lms.api });
    run.play(fullRun(structure, 0, ['first-thing-to-do', 'match-helpers', 'report-steps']));
    run.browser.pagehide();
    const cmi = lms.transport.last;
    expect(cmi).toMatchObject({ success_status: 'failed', score: { scaled: '0.7', raw: '70' }, exit: 'suspend' });
    expect(
      interactionsOf(cmi)
        .filter((i) => i.result === 'incorrect')
        .map((i) => i.id),
    ).toEqual(['first-thing-to-do', 'report-steps', 'match-helpers']);
    expect(lms.problems).toEqual([]);
  });

  it('journals scenario endings as choices by id when the package reports them', () => {
    const reporting = fixtureStructure({ reportScenarioOutcomes: true });
    const lms = lms2004({ entry: 'ab-initio' });
    const run = launch(reporting, { API_1484_11: lms.api });
    run.play([...playScenario('new-follower', 'sent-a-photo'), ...playScenario('new-follower', 'told-trusted-adult')]);
    run.browser.pagehide();
    expect(interactionsOf(lms.transport.last)).toEqual([
      expect.objectContaining({
        id: 'scenario-new-follower',
        type: 'choice',
        learner_response: 'sent-a-photo',
        result: 'neutral',
      }),
      expect.objectContaining({
        id: 'scenario-new-follower',
        type: 'choice',
        learner_response: 'told-trusted-adult',
        result: 'neutral',
      }),
    ]);
    expect(lms.problems).toEqual([]);
  });
});

describe('SCORM 2004: coming back', () => {
  it('resumes the same state, and a retried quiz updates its records instead of adding new ones', () => {
    const first = lms2004({ learner_id: 'learner-1', entry: 'ab-initio' });
    const one = launch(structure, { API_1484_11: first.api });
    one.play(takeQuiz(finalQuiz, 0, ['who-to-tell']));
    const before = courseState();
    one.browser.pagehide();
    expect(first.transport.last).toMatchObject({ exit: 'suspend', success_status: 'passed' });
    closeLaunches();

    const second = lms2004(nextLaunchData(first.transport.last));
    launch(structure, { API_1484_11: second.api }, { storage: new MemoryStorage() }).play(
      [{ type: 'quiz.retried', quiz: 'final-quiz' }, ...takeQuiz(finalQuiz, 0)],
      () => second.api.GetLastError(),
    );
    expect(before.quizzes['final-quiz']?.attempts).toBe(1);
    expect(courseState().quizzes['final-quiz']?.attempts).toBe(2);
    expect(second.api.GetValue('cmi.interactions._count')).toBe('10');
    expect(second.api.GetValue('cmi.interactions.1.result')).toBe('correct');
    expect(second.problems).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('resumes exactly what was saved', () => {
    const first = lms2004({ learner_id: 'learner-1', entry: 'ab-initio' });
    const one = launch(structure, { API_1484_11: first.api });
    one.play([...fullRun(structure, 0).slice(0, 20), { type: 'location.changed', location: 'index.html' }]);
    const before = courseState();
    one.browser.pagehide();
    closeLaunches();
    launch(
      structure,
      { API_1484_11: lms2004(nextLaunchData(first.transport.last)).api },
      { storage: new MemoryStorage() },
    );
    expect(courseState()).toEqual(before);
    expect(courseState().location).toBe('index.html');
  });

  it('carries on with a session an earlier document of this launch left open (103)', () => {
    const lms = lms2004({ learner_id: 'learner-1', entry: 'ab-initio' });
    lms.api.Initialize('');
    const run = launch(structure, { API_1484_11: lms.api });
    expect(run.session.kind).toBe('scorm2004');
    expect($saveStatus.get()).toBe('lms');
  });

  it('after Terminate, a reload carries on in this browser (104 is the LMS saying the launch is over)', () => {
    const storage = new MemoryStorage();
    const lms = lms2004({ learner_id: 'learner-1', entry: 'ab-initio' });
    const page1 = launch(structure, { API_1484_11: lms.api }, { storage });
    page1.play(fullRun(structure, 0).slice(0, 12));
    const before = courseState();
    page1.browser.pagehide();
    closeLaunches();
    const page2 = launch(structure, { API_1484_11: lms.api }, { storage });
    expect(page2.session.kind).toBe('standalone');
    expect($saveStatus.get()).toBe('local-only');
    expect(courseState()).toEqual(before);
  });
});

describe('SCORM 2004: saving fails', () => {
  it('says so, retries, and recovers', () => {
    const lms = lms2004({ entry: 'ab-initio' });
    const run = launch(structure, { API_1484_11: lms.api });
    lms.transport.failNext = 1;
    run.play(playScenario('countdown', 'did-not-pay'));
    expect($saveStatus.get()).toBe('unsaved');
    run.clock.advance(RETRY_DELAYS_MS[0]!);
    expect($saveStatus.get()).toBe('lms');
    expect(courseState().scenarios.countdown?.endingsReached).toEqual(['did-not-pay']);
    expect(String(lms.transport.last.suspend_data)).toMatch(/~;1,0,0,010;~/);
  });
});
