import type { LogLevel, Settings } from 'scorm-again';
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import type { LaunchData } from './relaunch-data.ts';
import { SyncCommitService, type CommitRecord } from './sync-commit-service.ts';
import type { ApiFault, LmsStandard } from './types.ts';

/** The eight functions of each standard's API object, in the order the specifications list them. */
export const API_METHODS: Readonly<Record<LmsStandard, readonly string[]>> = {
  scorm12: [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  scorm2004: [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
    'GetDiagnostic',
  ],
};

/** Calls that only read the error state; they leave the last error as it was. */
export const ERROR_METHODS = new Set([
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
]);

/** The window property each standard's content looks for. */
export const API_GLOBAL: Readonly<Record<LmsStandard, 'API' | 'API_1484_11'>> = {
  scorm12: 'API',
  scorm2004: 'API_1484_11',
};

export interface ApiCall {
  seq: number;
  launch: number;
  time: string;
  method: string;
  args: string[];
  result: string;
  /** The API's last error after the call ("0" when none). */
  errorCode: string;
  errorString: string;
}

export interface RuntimeLogEntry {
  time: string;
  level: string;
  message: string;
}

export interface SessionHooks {
  onCall(call: Omit<ApiCall, 'seq' | 'launch' | 'time'>): void;
  onCommit(record: CommitRecord): void;
  onLog(entry: RuntimeLogEntry): void;
  /** The fault switches of the preview, read at each call. */
  apiFault(): ApiFault;
  networkDown(): boolean;
}

/** What a faulty API throws: the messages browsers give for a broken bridge and for a closed window's object. */
const FAULT_ERRORS: Readonly<Record<Exclude<ApiFault, 'none'>, string>> = {
  throws: 'Permission denied to access property (the LMS API threw: preview fault)',
  gone: "Can't execute code from a freed script (the LMS window has gone: preview fault)",
};

type ApiFunction = (...args: string[]) => string;
export type ApiFacade = Record<string, ApiFunction>;

const LEVEL_NAMES: Readonly<Record<string, string>> = {
  '1': 'DEBUG',
  '2': 'INFO',
  '3': 'WARN',
  '4': 'ERROR',
  '5': 'NONE',
};

/**
 * One launch's LMS runtime: a strict scorm-again API loaded with the launch data, and the object the course sees
 * (a facade that records every call with its result and error code before returning it unchanged).
 */
export class LmsSession {
  readonly api: Scorm12API | Scorm2004API;
  readonly facade: ApiFacade;

  constructor(
    readonly standard: LmsStandard,
    commitUrl: string,
    data: LaunchData,
    hooks: SessionHooks,
    debug: boolean,
  ) {
    const settings: Settings = {
      lmsCommitUrl: commitUrl,
      // The course decides when to commit (scorm-notes.md); an autocommit would hide a course that never does.
      autocommit: false,
      dataCommitFormat: 'json',
      // Every commit carries the total time so far, so the last one stored is enough to relaunch from.
      alwaysSendTotalTime: true,
      terminateCommitParam: 'terminate',
      // Reject wrong values with the standard error codes instead of accepting them.
      strict_errors: true,
      autoCompleteLessonStatus: false,
      mastery_override: false,
      logLevel: debug ? 'DEBUG' : 'WARN',
      onLogMessage: (level: LogLevel, message: string) => {
        const name = LEVEL_NAMES[String(level)] ?? String(level);
        hooks.onLog({ time: new Date().toISOString(), level: name, message });
        if (name === 'ERROR') console.error(`[scorm-again] ${message}`);
        else console.debug(`[scorm-again ${name}] ${message}`);
      },
    };
    const service = new SyncCommitService(standard, hooks.onCommit, hooks.networkDown);
    this.api = standard === 'scorm12' ? new Scorm12API(settings, service) : new Scorm2004API(settings, service);
    this.api.loadFromJSON(data.cmi);

    const target = this.api as unknown as Record<string, ApiFunction>;
    const facade: ApiFacade = {};
    for (const method of API_METHODS[standard]) {
      const original = target[method];
      if (typeof original !== 'function') throw new Error(`scorm-again has no ${method}`);
      facade[method] = (...args: unknown[]) => {
        const fault = hooks.apiFault();
        if (fault !== 'none') {
          hooks.onCall({
            method,
            args: args.map((a) => String(a)),
            result: 'threw',
            errorCode: 'threw',
            errorString: FAULT_ERRORS[fault],
          });
          throw new Error(FAULT_ERRORS[fault]);
        }
        const result = original.apply(
          this.api,
          args.map((a) => (a === undefined ? '' : String(a))),
        );
        // Read the error state directly: calling GetLastError here would show up as a call the course made.
        const errorCode = this.api.lastErrorCode;
        hooks.onCall({
          method,
          args: args.map((a) => String(a)),
          result: String(result),
          errorCode,
          errorString: errorCode === '0' ? '' : this.api.getLmsErrorMessageDetails(errorCode, false),
        });
        return result;
      };
    }
    this.facade = facade;
  }

  isInitialized(): boolean {
    return this.api.isInitialized();
  }

  isTerminated(): boolean {
    return this.api.isTerminated();
  }

  /** The LMS-side data model as `element -> value`, the way the panel and the test hooks show it. */
  dataModel(): Record<string, string> {
    const flat = this.api.getFlattenedCMI() as Record<string, unknown>;
    const model: Record<string, string> = {};
    for (const [key, value] of Object.entries(flat)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        model[key] = String(value);
    }
    return model;
  }
}
