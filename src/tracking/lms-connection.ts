import {
  ALREADY_INITIALIZED_2004,
  describeError,
  GENERAL_EXCEPTION,
  NOT_IMPLEMENTED_12,
  NOT_INITIALIZED_VALUE_2004,
  type ScormVersion,
} from './lms-errors.ts';

/**
 * Thin typed wrappers over the LMS's API. Every call is followed by GetLastError, because many LMSs answer "true"
 * and set an error, or answer "false" and set none. Each quirk is handled here, where it bites.
 */

/** SCORM 1.2 RTE 3.3: the API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** SCORM 2004 RTE 3.1: the API an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export interface Connection {
  readonly version: ScormVersion;
  /** True when the session is open, also when an earlier document of this launch left it open. */
  initialize(): boolean;
  /** The value (`''` when never set), or undefined when the LMS refused. */
  get(element: string): string | undefined;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
}

/** The eight calls, named alike for both versions. */
interface Calls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

export const warn = (...message: unknown[]) => console.warn('[speak-up tracking]', ...message);

function connection(version: ScormVersion, calls: Calls): Connection {
  let phase: 'new' | 'open' | 'closed' = 'new';
  const name = (call: string) => `SCORM ${version} ${call}`;

  /** One API call, then GetLastError. `normal` codes are expected answers, not failures: they are not logged. */
  function call(what: string, run: () => unknown, normal: readonly number[] = []): { value: string; code: number } {
    let value = '';
    let code: number;
    try {
      // Some LMSs answer booleans rather than the strings the spec asks for.
      value = String(run() ?? '');
      code = Number(calls.lastError()) || 0;
    } catch (error) {
      // An API in a window that has gone away, or a cross-frame bridge, can throw: a general failure.
      warn(name(what), error);
      return { value: '', code: GENERAL_EXCEPTION };
    }
    if (code !== 0 && !normal.includes(code)) {
      const detail = (get: (code: string) => unknown) => {
        try {
          return String(get(String(code)));
        } catch {
          return '';
        }
      };
      // Names in development only: in the course, the LMS's own error string says what the code means.
      const label = import.meta.env.DEV ? describeError(version, code) : code;
      warn(`${name(what)}: ${label}`, detail(calls.errorString), detail(calls.diagnostic));
    }
    return { value, code };
  }

  function succeeded(what: string, run: () => unknown): boolean {
    const { value, code } = call(what, run);
    if (value === 'true' && code === 0) return true;
    if (code === 0) warn(`${name(what)} answered "${value}" without an error code`);
    return false;
  }

  return {
    version,
    initialize() {
      if (phase === 'new') {
        // 2004: 103 means an earlier document of this launch initialised the session and could not terminate it;
        // the session is live, so carry on. (1.2 has no such code: its 101 may also mean "already finished".)
        const normal = version === '2004' ? [ALREADY_INITIALIZED_2004] : [];
        const { value, code } = call('Initialize', () => calls.initialize(), normal);
        const open = (value === 'true' && code === 0) || (version === '2004' && code === ALREADY_INITIALIZED_2004);
        phase = open ? 'open' : 'closed';
      }
      return phase === 'open';
    },
    get(element) {
      if (phase !== 'open') return undefined;
      // 2004: 403 = never set (cmi.location on a first launch): normal, the value is "".
      // 1.2: 401 = an optional element this LMS does not implement (cmi.interactions._count may be one).
      const normal = version === '2004' ? [NOT_INITIALIZED_VALUE_2004] : [NOT_IMPLEMENTED_12];
      const { value, code } = call(`GetValue(${element})`, () => calls.get(element), normal);
      if (code === 0) return value;
      return code === NOT_INITIALIZED_VALUE_2004 && version === '2004' ? '' : undefined;
    },
    // Never called once terminated: scorm-again (and some LMSs) answer "true" to 1.2 LMSSetValue after LMSFinish,
    // and the value goes nowhere.
    set: (element, value) =>
      phase === 'open' && succeeded(`SetValue(${element}, "${value.slice(0, 80)}")`, () => calls.set(element, value)),
    commit: () => phase === 'open' && succeeded('Commit', () => calls.commit()),
    terminate() {
      if (phase !== 'open') return false;
      // Closed first: some LMSs unload the course's frame during Terminate, and nothing may follow it.
      phase = 'closed';
      return succeeded('Terminate', () => calls.terminate());
    },
  };
}

export function connect12(api: Scorm12Api): Connection {
  return connection('1.2', {
    initialize: () => api.LMSInitialize(''),
    terminate: () => api.LMSFinish(''),
    get: (element) => api.LMSGetValue(element),
    set: (element, value) => api.LMSSetValue(element, value),
    commit: () => api.LMSCommit(''),
    lastError: () => api.LMSGetLastError(),
    errorString: (code) => api.LMSGetErrorString(code),
    diagnostic: (code) => api.LMSGetDiagnostic(code),
  });
}

export function connect2004(api: Scorm2004Api): Connection {
  return connection('2004', {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
    diagnostic: (code) => api.GetDiagnostic(code),
  });
}
