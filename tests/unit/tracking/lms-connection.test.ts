import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { connect12, connect2004, type Scorm12Api } from '../../../src/tracking/lms-connection.ts';
import { describeError } from '../../../src/tracking/lms-errors.ts';
import { lms12, lms2004 } from '../../fixtures/tracking/lms.ts';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

/** An LMS of the kind seen in the field: answers are set by the test, every call is counted. */
function quirky12(answers: { result?: string | boolean; error?: string; throws?: boolean }) {
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('init'), String(answers.result ?? 'true')),
    LMSFinish: () => (calls.push('finish'), String(answers.result ?? 'true')),
    LMSGetValue: (e) => (calls.push(`get ${e}`), ''),
    LMSSetValue: (e) => {
      calls.push(`set ${e}`);
      if (answers.throws) throw new Error('LMS window closed');
      return answers.result as string;
    },
    LMSCommit: () => (calls.push('commit'), String(answers.result ?? 'true')),
    LMSGetLastError: () => answers.error ?? '0',
    LMSGetErrorString: () => 'General exception',
    LMSGetDiagnostic: () => 'the server did not answer',
  };
  return { api, calls };
}

describe('the SCORM 2004 wrapper, against scorm-again', () => {
  it('reads an element never set as "" without calling it an error (403 is normal)', () => {
    const { api, problems } = lms2004();
    const lms = connect2004(api);
    expect(lms.initialize()).toBe(true);
    expect(lms.get('cmi.location')).toBe('');
    expect(api.GetLastError()).toBe('403');
    expect(warn).not.toHaveBeenCalled();
    expect(problems.filter((p) => !p.includes('403'))).toEqual([]);
  });

  it('reports a refused value with its name and the LMS diagnostic', () => {
    const lms = connect2004(lms2004().api);
    lms.initialize();
    expect(lms.set('cmi.completion_status', 'done')).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      '[speak-up tracking]',
      expect.stringMatching(/SetValue\(cmi\.completion_status.*406 DataModelElementTypeMismatch/),
      expect.any(String),
      expect.any(String),
    );
  });

  it('carries on with a session an earlier document of the launch left open (103)', () => {
    const { api } = lms2004();
    api.Initialize('');
    const lms = connect2004(api);
    expect(lms.initialize()).toBe(true);
    expect(lms.set('cmi.location', 'what-to-do.html')).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('will not open a launch that was terminated (104), and then calls nothing', () => {
    const { api } = lms2004();
    api.Initialize('');
    api.Terminate('');
    const lms = connect2004(api);
    expect(lms.initialize()).toBe(false);
    expect(lms.get('cmi.entry')).toBeUndefined();
    expect(lms.commit()).toBe(false);
  });

  it('initialises and terminates once', () => {
    const lms = connect2004(lms2004().api);
    expect(lms.initialize()).toBe(true);
    expect(lms.initialize()).toBe(true);
    expect(lms.terminate()).toBe(true);
    expect(lms.terminate()).toBe(false);
    expect(lms.initialize()).toBe(false);
  });
});

describe('the SCORM 1.2 wrapper', () => {
  it('never sets a value after LMSFinish, where scorm-again would answer "true" for nothing', () => {
    const { api } = lms12();
    const lms = connect12(api);
    lms.initialize();
    lms.terminate();
    const setValue = vi.spyOn(api, 'LMSSetValue');
    expect(lms.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(setValue).not.toHaveBeenCalled();
    expect(api.LMSSetValue('cmi.core.exit', 'suspend')).toBe('true'); // the quirk itself
  });

  it('treats "true" with an error code as a failure', () => {
    const { api } = quirky12({ result: 'true' });
    const lms = connect12(api);
    lms.initialize();
    api.LMSGetLastError = () => '101';
    expect(lms.commit()).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      '[speak-up tracking]',
      'SCORM 1.2 Commit: 101 GeneralException',
      'General exception',
      'the server did not answer',
    );
  });

  it('treats "false" without an error code as a failure, and says so', () => {
    const { api } = quirky12({ result: 'false' });
    const lms = connect12(api);
    api.LMSInitialize = () => 'true';
    lms.initialize();
    expect(lms.set('cmi.core.lesson_location', 'x.html')).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      '[speak-up tracking]',
      expect.stringContaining('answered "false" without an error code'),
    );
  });

  it('accepts booleans from an LMS that answers them', () => {
    const { api } = quirky12({ result: true });
    const lms = connect12(api);
    expect(lms.initialize()).toBe(true);
    expect(lms.set('cmi.core.lesson_location', 'x.html')).toBe(true);
  });

  it('survives an API that throws', () => {
    const { api } = quirky12({ throws: true });
    const lms = connect12(api);
    lms.initialize();
    expect(lms.set('cmi.core.lesson_location', 'x.html')).toBe(false);
  });

  it('reads an optional element the LMS does not implement (401) as unknown, quietly', () => {
    const { api } = quirky12({});
    const lms = connect12(api);
    lms.initialize();
    api.LMSGetLastError = () => '401';
    expect(lms.get('cmi.interactions._count')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not take a second LMSInitialize for an open session (1.2 cannot say why it refused)', () => {
    const { api } = lms12();
    api.LMSInitialize('');
    expect(connect12(api).initialize()).toBe(false);
  });
});

describe('error names', () => {
  it('names codes of each version', () => {
    expect(describeError('1.2', 405)).toBe('405 IncorrectDataType');
    expect(describeError('2004', 403)).toBe('403 DataModelElementValueNotInitialized');
    expect(describeError('2004', 999)).toBe('999 UnknownError');
  });
});
