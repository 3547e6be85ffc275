import { describe, expect, it } from 'vitest';
import { launchData, lastExit } from '../../../tools/lms-preview/relaunch-data.ts';
import type { CmiTree, StoredCommit } from '../../../tools/lms-preview/types.ts';

const learner = { id: 'learner-1', name: 'Learner, Preview' };
const stored = (cmi: CmiTree): StoredCommit => ({ cmi, receivedAt: '2026-01-01T00:00:00Z', count: 3, terminate: true });

const stored12 = (exit: string) =>
  stored({
    core: {
      exit,
      entry: 'ab-initio',
      lesson_location: 'p3',
      lesson_status: 'incomplete',
      session_time: '00:01:00',
      total_time: '00:05:00',
      score: { raw: '50', min: '', max: '100' },
      student_id: 'someone-else',
    },
    suspend_data: 'abc',
  });

const stored2004 = (exit: string) =>
  stored({
    exit,
    location: 'p2',
    suspend_data: 'xyz',
    completion_status: 'incomplete',
    session_time: 'PT1M',
    total_time: 'PT5M',
  });

describe('what the preview LMS hands a SCO at launch', () => {
  it('starts a first attempt ab-initio, with the learner and the pass mark', () => {
    expect(launchData('scorm12', undefined, learner, 80)).toMatchObject({
      entry: 'ab-initio',
      cmi: {
        core: { entry: 'ab-initio', student_id: 'learner-1', credit: 'credit', lesson_mode: 'normal' },
        student_data: { mastery_score: '80' },
      },
    });
    expect(launchData('scorm2004', undefined, learner, 75).cmi).toMatchObject({
      entry: 'ab-initio',
      scaled_passing_score: '0.75',
    });
  });

  it('resumes after a suspend, with location and suspend data but no session-only values', () => {
    const data = launchData('scorm12', stored12('suspend'), learner, undefined);
    expect(data.entry).toBe('resume');
    expect(data.cmi).toEqual({
      core: {
        student_id: 'learner-1',
        student_name: 'Learner, Preview',
        credit: 'credit',
        lesson_mode: 'normal',
        lesson_location: 'p3',
        lesson_status: 'incomplete',
        score: { raw: '50', min: '', max: '100' },
        total_time: '00:05:00',
        entry: 'resume',
      },
      suspend_data: 'abc',
    });
    const data2004 = launchData('scorm2004', stored2004('suspend'), learner, undefined);
    expect(data2004.cmi).toMatchObject({ entry: 'resume', location: 'p2', suspend_data: 'xyz', total_time: 'PT5M' });
    expect(data2004.cmi).not.toHaveProperty('exit');
    expect(data2004.cmi).not.toHaveProperty('session_time');
  });

  it('keeps SCORM 1.2 data after a normal exit, with entry ""', () => {
    const data = launchData('scorm12', stored12(''), learner, undefined);
    expect(data.entry).toBe('');
    expect(data.cmi).toMatchObject({ core: { lesson_location: 'p3', entry: '' }, suspend_data: 'abc' });
  });

  it('starts a new SCORM 2004 attempt after a normal exit', () => {
    const data = launchData('scorm2004', stored2004('normal'), learner, undefined);
    expect(data.entry).toBe('ab-initio');
    expect(data.cmi).not.toHaveProperty('location');
    expect(data.cmi).not.toHaveProperty('suspend_data');
    expect(data.note).toContain('new attempt');
  });

  it('reads the last exit of either standard', () => {
    expect(lastExit('scorm12', stored12('suspend'))).toBe('suspend');
    expect(lastExit('scorm2004', stored2004('normal'))).toBe('normal');
    expect(lastExit('scorm2004', undefined)).toBe('');
  });
});
