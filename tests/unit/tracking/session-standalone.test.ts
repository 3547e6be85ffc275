import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { emptyState } from '../../../src/course-state/state.ts';
import { restoreCourse } from '../../../src/course-state/store.ts';
import type { KeyValueStore } from '../../../src/tracking/environment.ts';
import { $saveStatus, SAVE_NOTICE } from '../../../src/tracking/save-status.ts';
import { saveAndExit, startSession } from '../../../src/tracking/session.ts';
import { encodeState } from '../../../src/tracking/suspend-data.ts';
import { fakeBrowser, ManualClock, MemoryStorage } from '../../fixtures/tracking/browser.ts';
import { fullRun, playScenario } from '../../fixtures/tracking/course-run.ts';
import { closeLaunches, courseState, launch } from '../../fixtures/tracking/launch.ts';
import { lms12 } from '../../fixtures/tracking/lms.ts';
import { fixtureStructure } from '../../fixtures/tracking/structure.ts';
import tracking from '../../../src/i18n/en/tracking.json';

const structure = fixtureStructure();
const KEY = 'speakup:speak-up-fixture';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  closeLaunches();
  warn.mockRestore();
});

describe('no LMS at all', () => {
  it('runs on its own, keeps progress in this browser under the course id, and says so', () => {
    const storage = new MemoryStorage();
    const run = launch(structure, {}, { storage });
    expect(run.session.kind).toBe('standalone');
    expect($saveStatus.get()).toBe('local-only');
    run.play(fullRun(structure, 0).slice(0, 10));
    expect(storage.getItem(KEY)).toBe(` ${encodeState(courseState(), structure, run.clock.now())}`);
    const before = courseState();
    run.browser.pagehide();
    expect($saveStatus.get()).toBe('local-only');
    closeLaunches();

    launch(structure, {}, { storage });
    expect(courseState()).toEqual(before);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves an LMS alone when the package was built without one (standard none)', () => {
    const lms = lms12();
    const initialize = vi.spyOn(lms.api, 'LMSInitialize');
    const run = launch(structure, { API: lms.api }, { standard: 'none' });
    expect(run.session.kind).toBe('standalone');
    expect(initialize).not.toHaveBeenCalled();
  });

  it('looks only for the standard it was built for', () => {
    expect(launch(structure, { API: lms12().api }, { standard: 'scorm2004' }).session.kind).toBe('standalone');
  });

  it('says plainly when the browser will not keep anything', () => {
    launch(structure, {}, { storage: null });
    expect($saveStatus.get()).toBe('not-kept');
    closeLaunches();
    const full: KeyValueStore = {
      getItem: () => null,
      removeItem: () => {},
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const run = launch(structure, {}, { storage: full });
    run.play(playScenario('countdown', 'did-not-pay'));
    expect($saveStatus.get()).toBe('not-kept');
    expect(run.session.saveAndExit()).toBe(false);
  });

  it('starts fresh, with a warning, when what the browser kept is not usable', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, ' SU1~another-course~0~0~~~');
    launch(structure, {}, { storage });
    expect(courseState()).toEqual(emptyState());
    expect(warn).toHaveBeenCalledWith(
      '[speak-up tracking]',
      expect.stringMatching(/not restored.*another version of the course/),
    );
  });
});

describe('one session per launch', () => {
  it('is started once, and Quick exit reaches it without a handle', () => {
    const lms = lms12({ core: { entry: 'ab-initio' } });
    const initialize = vi.spyOn(lms.api, 'LMSInitialize');
    const browser = fakeBrowser({ API: lms.api });
    restoreCourse(emptyState());
    const options = {
      window: browser.window,
      storage: new MemoryStorage(),
      clock: new ManualClock(),
      standard: 'auto' as const,
    };
    const session = startSession(structure, options);
    expect(startSession(structure, options)).toBe(session);
    expect(initialize).toHaveBeenCalledTimes(1);
    expect(session.status).toBe($saveStatus);
    expect(saveAndExit()).toBe(true);
    expect(saveAndExit()).toBe(false);
    expect($saveStatus.get()).toBe('ended');
    session.dispose();
    expect(browser.listenerCount()).toBe(0);
  });
});

describe('the notice', () => {
  it('has words for every status that needs one', () => {
    const words: Record<string, string> = tracking;
    for (const key of Object.values(SAVE_NOTICE)) {
      expect(words[key.replace(/^tracking\./, '')]).toMatch(/\w/);
    }
  });
});
