import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { CourseEvent } from '../../../src/course-state/events.ts';
import { applyEvent, emptyState, type CourseState } from '../../../src/course-state/state.ts';
import { $saveStatus } from '../../../src/tracking/save-status.ts';
import { response12 } from '../../../src/tracking/scorm12-data.ts';
import { RETRY_DELAYS_MS } from '../../../src/tracking/session.ts';
import { encodeState } from '../../../src/tracking/suspend-data.ts';
import { ManualClock, MemoryStorage } from '../../fixtures/tracking/browser.ts';
import { fullRun, playScenario, takeQuiz } from '../../fixtures/tracking/course-run.ts';
import { closeLaunches, courseState, launch } from '../../fixtures/tracking/launch.ts';
import { at, lms12, type Cmi } from '../../fixtures/tracking/lms.ts';
import { fixtureStructure } from '../../fixtures/tracking/structure.ts';

const structure = fixtureStructure();
const finalQuiz = structure.quizzes[1]!;
const firstLesson: CourseEvent[] = fullRun(structure, 0).slice(0, 17);

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  closeLaunches();
  warn.mockRestore();
});

/** What the LMS hands the next launch after this one: its stored data, with entry from the exit. */
function nextLaunchData(cmi: Cmi, extra: Cmi = {}): Cmi {
  const core = (cmi.core ?? {}) as Cmi;
  return {
    core: {
      student_id: core.student_id,
      entry: core.exit === 'suspend' ? 'resume' : '',
      lesson_location: core.lesson_location,
      lesson_status: core.lesson_status,
    },
    suspend_data: cmi.suspend_data,
    ...extra,
  };
}

const interactionsOf = (cmi: Cmi) => Object.values((at(cmi, 'interactions') ?? {}) as Record<string, Cmi>);

describe('SCORM 1.2: a whole course', () => {
  it('leaves completion, score, pass and one correct interaction per scored question, with no API error', () => {
    const lms = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const initialize = vi.spyOn(lms.api, 'LMSInitialize');
    const finish = vi.spyOn(lms.api, 'LMSFinish');
    const setValue = vi.spyOn(lms.api, 'LMSSetValue');
    const run = launch(structure, { API: lms.api });
    expect(run.session.kind).toBe('scorm12');
    expect($saveStatus.get()).toBe('lms');

    const events = fullRun(structure, run.clock.now());
    run.play(events, () => lms.api.LMSGetLastError());
    run.clock.advance(25 * 60_000);
    run.browser.hide();
    run.browser.pagehide();

    const cmi = lms.transport.last;
    expect(at(cmi, 'core', 'lesson_status')).toBe('passed');
    expect(at(cmi, 'core', 'score')).toEqual({ raw: '100', min: '0', max: '100' });
    expect(at(cmi, 'core', 'exit')).toBe('');
    expect(setValue).toHaveBeenCalledWith('cmi.core.session_time', '0000:25:00.00');
    expect(at(cmi, 'core', 'session_time')).toBe('00:25:00'); // as scorm-again stores it
    expect(at(cmi, 'core', 'lesson_location')).toBe('helping-a-friend.html');
    expect(String(at(cmi, 'suspend_data'))).toMatch(/^SU1~/);

    const interactions = interactionsOf(cmi);
    expect(interactions).toHaveLength(finalQuiz.questions.length);
    finalQuiz.questions.forEach((q, i) => {
      expect(interactions[i]).toMatchObject({
        id: q.id,
        type: q.type === 'single-choice' || q.type === 'multiple-response' ? 'choice' : q.type,
        student_response: response12(q.type, q.correct),
        result: 'correct',
        correct_responses: { 0: { pattern: response12(q.type, q.correct) } },
      });
      expect(interactions[i]?.latency).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
      expect(interactions[i]?.time).toMatch(/^\d\d:\d\d:\d\d$/);
    });

    expect(initialize).toHaveBeenCalledTimes(1);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(lms.transport.commits.at(-1)?.terminate).toBe(true);
    // One commit per scenario ended, quiz done and lesson completed (one for all three when one event does them all),
    // and those on page hide: on hide, and on pagehide before LMSFinish, which commits by itself; none on visits,
    // choices, answers or pages.
    let state = emptyState();
    const meaningful = events.filter((e) => {
      const before = state;
      state = applyEvent(state, e, structure);
      const completes = structure.lessons.some(
        (l) => state.lessons[l.id]?.completed && !before.lessons[l.id]?.completed,
      );
      return e.type === 'quiz.submitted' || e.type === 'scenario.endingReached' || completes;
    });
    expect(meaningful.length).toBeLessThanOrEqual(
      structure.lessons.length + structure.quizzes.length + structure.scenarios.length,
    );
    expect(lms.transport.attempts).toBe(meaningful.length + 3);
    expect(lms.problems).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect($saveStatus.get()).toBe('ended');
    // Finished and taken by the LMS: no copy left in this browser.
    expect(run.storage?.getItem('speakup:speak-up-fixture:lms')).toBeNull();
  });

  it('records scenario endings when the package reports them, once each, as fill-in', () => {
    const reporting = fixtureStructure({ reportScenarioOutcomes: true });
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const run = launch(reporting, { API: lms.api });
    run.play([
      ...playScenario('countdown', 'paid-once'),
      ...playScenario('countdown', 'paid-once'),
      ...playScenario('countdown', 'asked-for-help'),
    ]);
    run.browser.pagehide();
    expect(interactionsOf(lms.transport.last)).toEqual([
      expect.objectContaining({
        id: 'scenario-countdown',
        type: 'fill-in',
        student_response: 'paid-once',
        result: 'neutral',
      }),
      expect.objectContaining({
        id: 'scenario-countdown',
        type: 'fill-in',
        student_response: 'asked-for-help',
        result: 'neutral',
      }),
    ]);
    expect(lms.problems).toEqual([]);
  });
  it('saves a drafted answer for a reload, but neither sends it nor commits for it', () => {
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const setValue = vi.spyOn(lms.api, 'LMSSetValue');
    const run = launch(structure, { API: lms.api });
    const attempts = lms.transport.attempts;
    run.play([{ type: 'quiz.drafted', quiz: 'final-quiz', question: 'who-to-tell', response: ['b'] }]);
    expect(lms.transport.attempts).toBe(attempts);
    expect(setValue.mock.calls.filter(([element]) => element.startsWith('cmi.interactions'))).toEqual([]);
    expect(setValue).toHaveBeenLastCalledWith(
      'cmi.suspend_data',
      encodeState(courseState(), structure, run.clock.now()),
    );
    expect(courseState().quizzes['final-quiz']?.responses['who-to-tell']).toEqual(['b']);
  });
});

describe('SCORM 1.2: coming back', () => {
  it('resumes the same state in the next launch, and keeps numbering interactions after the LMS’s', () => {
    const first = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const one = launch(structure, { API: first.api });
    one.play([...firstLesson, ...takeQuiz(finalQuiz, 0).slice(0, 3)]);
    const before = courseState();
    one.browser.pagehide();
    expect(at(first.transport.last, 'core', 'exit')).toBe('suspend');
    closeLaunches();

    const second = lms12(nextLaunchData(first.transport.last, { interactions: { 0: { id: 'first-thing-to-do' } } }));
    const two = launch(structure, { API: second.api }, { storage: new MemoryStorage() });
    expect(courseState()).toEqual(before);
    expect(second.api.LMSGetValue('cmi.core.entry')).toBe('resume');
    two.play(takeQuiz(finalQuiz, 0).slice(3, 4), () => second.api.LMSGetLastError());
    expect(second.api.LMSGetValue('cmi.interactions._count')).toBe('2');
    expect(second.problems).toEqual([]);
  });

  it('says "suspend" from the start, so a launch whose window closes without LMSFinish still resumes', () => {
    const lms = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const run = launch(structure, { API: lms.api });
    run.play(firstLesson);
    expect(lms.transport.commits.length).toBeGreaterThan(0);
    expect(at(lms.transport.last, 'core', 'exit')).toBe('suspend');
  });

  it('with progress it cannot read, starts afresh at the LMS’s location, and never lowers the LMS’s status', () => {
    const first = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const one = launch(structure, { API: first.api });
    one.play(fullRun(structure, one.clock.now()));
    one.browser.pagehide();
    const held = at(first.transport.last, 'core', 'lesson_status');
    expect(held).toBe('passed');
    closeLaunches();

    for (const spoil of [(t: string) => t.slice(0, t.length / 2), (t: string) => t.replace(/^SU1/, 'SU0')]) {
      const data = nextLaunchData(first.transport.last);
      const lms = lms12({
        ...data,
        core: { ...(data.core as Cmi), entry: 'resume', lesson_location: 'p2' },
        suspend_data: spoil(String(data.suspend_data)),
      });
      const run = launch(structure, { API: lms.api }, { storage: new MemoryStorage() });
      expect(courseState().lessons).toEqual({});
      expect(courseState().location).toBe('p2');
      run.play(firstLesson.slice(0, 1));
      run.browser.pagehide();
      expect(at(lms.transport.last, 'core', 'lesson_status')).toBe('passed');
      expect(String(at(lms.transport.last, 'suspend_data'))).toMatch(/^SU1~/);
      closeLaunches();
    }
  });

  it('reports a completion reached while restoring', () => {
    // Saved before the last completion rule was applied: everything done, no lesson marked completed yet.
    const done = fullRun(structure, 0).reduce((s, e) => applyEvent(s, e, structure), emptyState());
    const unmarked: CourseState = {
      ...done,
      lessons: Object.fromEntries(
        Object.keys(done.lessons).map((id) => [id, { visited: true, reachedEnd: true, completed: false }]),
      ),
    };
    const lms = lms12({
      core: { entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: encodeState(unmarked, structure, 1),
    });
    launch(structure, { API: lms.api });
    expect(at(lms.transport.last, 'core', 'lesson_status')).toBe('passed');
    expect(Object.values(courseState().lessons).every((l) => l.completed)).toBe(true);
  });

  it('starts fresh on a new attempt (ab-initio), whatever this browser kept', () => {
    const storage = new MemoryStorage();
    const first = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    launch(structure, { API: first.api }, { storage }).play(firstLesson);
    closeLaunches();
    launch(structure, { API: lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } }).api }, { storage });
    expect(courseState()).toEqual(emptyState());
  });

  it('resumes a reload the LMS initialises again with the launch’s entry (ab-initio) from the LMS’s own data', () => {
    const lms = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    launch(structure, { API: lms.api }).play(firstLesson);
    const before = courseState();
    closeLaunches();
    // The LMS's page keeps what the course set, committed or not, and hands it to the reloaded course.
    const suspend_data = lms.api.LMSGetValue('cmi.suspend_data');
    const again = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' }, suspend_data });
    launch(structure, { API: again.api }, { storage: new MemoryStorage() });
    expect(courseState()).toEqual(before);
  });

  it('takes this browser’s copy when it is newer than the LMS’s (commits lost), and sends it on', () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const first = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const one = launch(structure, { API: first.api }, { storage, clock });
    const run = fullRun(structure, clock.now());
    const firstEnding = run.findIndex((e) => e.type === 'scenario.endingReached');
    one.play(run.slice(0, firstEnding + 1));
    expect(first.transport.commits).toHaveLength(1);
    first.transport.failNext = 1000;
    one.play(run.slice(firstEnding + 1));
    const before = courseState();
    one.browser.pagehide();
    expect(first.transport.commits).toHaveLength(1); // only the commit before the LMS began to fail got through
    closeLaunches();

    clock.advance(24 * 3_600_000);
    const second = lms12({
      core: { student_id: 'learner-1', entry: 'resume' },
      suspend_data: String(first.transport.commits.at(-1)?.cmi.suspend_data ?? ''),
    });
    launch(structure, { API: second.api }, { storage, clock });
    expect(courseState()).toEqual(before);
    expect(at(second.transport.last, 'core', 'lesson_status')).toBe('passed');
    // The answers the LMS never received are sent from the restored state.
    expect(interactionsOf(second.transport.last).map((i) => i.id)).toEqual(finalQuiz.questions.map((q) => q.id));
  });

  it('never gives one learner another’s progress on a shared computer', () => {
    const storage = new MemoryStorage();
    launch(structure, { API: lms12({ core: { student_id: 'ada', entry: 'ab-initio' } }).api }, { storage }).play(
      firstLesson,
    );
    closeLaunches();
    launch(structure, { API: lms12({ core: { student_id: 'ben', entry: 'resume' } }).api }, { storage });
    expect(courseState()).toEqual(emptyState());
  });

  it('after a reload the LMS will not initialise again, carries on from this browser’s copy, saying so', () => {
    const storage = new MemoryStorage();
    const clock = new ManualClock();
    const lms = lms12({ core: { student_id: 'learner-1', entry: 'ab-initio' } });
    const page1 = launch(structure, { API: lms.api }, { storage, clock });
    page1.play(firstLesson);
    const before = courseState();
    page1.browser.pagehide();
    closeLaunches();

    clock.advance(3_000);
    const page2 = launch(structure, { API: lms.api }, { storage, clock });
    expect(page2.session.kind).toBe('standalone');
    expect($saveStatus.get()).toBe('local-only');
    expect(courseState()).toEqual(before);
    page2.play(playScenario('countdown', 'did-not-pay'));
    closeLaunches();

    // Much later, a copy left by a launch that could not reach the LMS is not taken for this launch's.
    clock.advance(3 * 3_600_000);
    launch(structure, { API: lms.api }, { storage, clock });
    expect(courseState()).toEqual(emptyState());
  });
});

describe('SCORM 1.2: saving fails', () => {
  it('keeps the state, retries with growing delays one at a time, and recovers', () => {
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const run = launch(structure, { API: lms.api });
    lms.transport.failNext = 2;
    const attemptsBefore = lms.transport.attempts;
    run.play(takeQuiz(finalQuiz, 0));
    expect($saveStatus.get()).toBe('unsaved');
    expect(lms.transport.attempts).toBe(attemptsBefore + 1);

    // More that matters while a retry waits: no commit on top of it.
    run.play(playScenario('countdown', 'did-not-pay'));
    expect(lms.transport.attempts).toBe(attemptsBefore + 1);
    expect(run.clock.pending).toBe(1);

    run.clock.advance(RETRY_DELAYS_MS[0]!);
    expect(lms.transport.attempts).toBe(attemptsBefore + 2);
    expect($saveStatus.get()).toBe('unsaved');
    run.clock.advance(RETRY_DELAYS_MS[1]!);
    expect($saveStatus.get()).toBe('lms');
    expect(run.clock.pending).toBe(0);
    expect(interactionsOf(lms.transport.last)).toHaveLength(finalQuiz.questions.length);
    expect(String(at(lms.transport.last, 'suspend_data'))).toBe(encodeState(courseState(), structure, run.clock.now()));
  });

  it('stops retrying after a bounded number of tries, and tries again on the next thing that matters', () => {
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const run = launch(structure, { API: lms.api });
    lms.transport.failNext = 1000;
    const attemptsBefore = lms.transport.attempts;
    run.play(takeQuiz(finalQuiz, 0));
    run.clock.advance(60 * 60_000);
    expect(lms.transport.attempts).toBe(attemptsBefore + 1 + RETRY_DELAYS_MS.length);
    expect(run.clock.pending).toBe(0);
    expect($saveStatus.get()).toBe('unsaved');
    run.play(playScenario('countdown', 'did-not-pay'));
    expect(lms.transport.attempts).toBe(attemptsBefore + 2 + RETRY_DELAYS_MS.length);
    lms.transport.failNext = 0;
    run.browser.hide();
    expect($saveStatus.get()).toBe('lms');
  });

  it('commits when the page is hidden, without ending the launch', () => {
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const run = launch(structure, { API: lms.api });
    run.play([{ type: 'location.changed', location: 'what-to-do.html' }]);
    const attempts = lms.transport.attempts;
    run.browser.hide();
    expect(lms.transport.attempts).toBe(attempts + 1);
    expect(at(lms.transport.last, 'core', 'lesson_location')).toBe('what-to-do.html');
    run.browser.show();
    run.play(firstLesson);
    expect($saveStatus.get()).toBe('lms');
  });
});

describe('SCORM 1.2: Quick exit', () => {
  it('saves and terminates at once, with exit suspend, and nothing reaches the LMS after it', () => {
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const finish = vi.spyOn(lms.api, 'LMSFinish');
    const setValue = vi.spyOn(lms.api, 'LMSSetValue');
    const run = launch(structure, { API: lms.api });
    run.play(firstLesson);
    expect(run.session.saveAndExit()).toBe(true);
    expect($saveStatus.get()).toBe('ended');
    expect(at(lms.transport.last, 'core', 'exit')).toBe('suspend');
    expect(lms.transport.commits.at(-1)?.terminate).toBe(true);
    const calls = setValue.mock.calls.length;
    run.play(playScenario('countdown', 'did-not-pay'));
    run.browser.pagehide();
    expect(finish).toHaveBeenCalledTimes(1);
    expect(setValue.mock.calls.length).toBe(calls);
    // The browser's copy still follows the learner.
    expect(run.storage?.getItem('speakup:speak-up-fixture:lms')).toContain(
      encodeState(courseState(), structure, run.clock.now()),
    );
  });
});
