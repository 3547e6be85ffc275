import type { CommitMetadata, IHttpService, ResultObject } from 'scorm-again';
import type { LmsStandard } from './types.ts';

export interface CommitRecord {
  /** Unique id, sent with the commit so that the server's log can be matched to it. */
  id: string;
  time: string;
  url: string;
  terminate: boolean;
  /**
   * `xhr`: a synchronous request, whose answer the API passes on. `beacon`: navigator.sendBeacon, used when the
   * browser forbids the synchronous request; the API cannot know the answer (see `settled`).
   */
  transport: 'xhr' | 'beacon';
  /** HTTP status; 0 when the request did not complete, or (beacon) before the server's log has been read. */
  status: number;
  ok: boolean;
  errorCode: number;
  /** Why a synchronous request could not be sent, in the browser's words. */
  failure?: string | undefined;
  /** For a beacon: the server's answer is known (from its commit log). */
  settled: boolean;
}

/**
 * SCORM error codes for a commit the LMS could not store: 1.2 has only "general exception" (101); 2004 has
 * "general commit failure" (391) and, for the commit inside Terminate, "general termination failure" (111).
 */
function failureCode(standard: LmsStandard, terminate: boolean): number {
  if (standard === 'scorm12') return 101;
  return terminate ? 111 : 391;
}

let counter = 0;

/**
 * Posts every commit with a synchronous XMLHttpRequest, as Moodle's player does, so that the answer reaches the
 * course: "make commits fail" then shows up as "false" plus an error code, and the course's retry notice can be
 * tested. scorm-again's own service would send the Terminate commit with sendBeacon, whose answer is unknowable.
 *
 * LMS quirk handled here: Chrome forbids synchronous requests during page dismissal (pagehide, unload), even
 * when the request is made by the LMS's API in the parent window on behalf of the unloading SCO. Real LMSs fall
 * back to navigator.sendBeacon there, and so does the preview: the API then answers "true" whatever the server
 * does (which is how real LMSs behave), and the preview checks the server's log afterwards to report a loss.
 */
export class SyncCommitService implements IHttpService {
  constructor(
    private readonly standard: LmsStandard,
    private readonly onCommit: (record: CommitRecord) => void,
    /** The preview's "network down" switch: the request fails as it does offline. */
    private readonly networkDown: () => boolean = () => false,
  ) {}

  processHttpRequest(url: string, params: unknown, immediate: boolean, ...rest: unknown[]): ResultObject {
    const metadata = rest[3] as CommitMetadata | undefined;
    const terminate = metadata?.isTerminateCommit ?? immediate;
    const id = `c${Date.now().toString(36)}-${++counter}`;
    const target = `${url}${url.includes('?') ? '&' : '?'}commit=${id}`;
    const body = JSON.stringify(params);
    const xhr = new XMLHttpRequest();
    let status = 0;
    let failure: string | undefined;
    try {
      if (this.networkDown()) throw new Error('the network is down (preview fault)');
      xhr.open('POST', target, false);
      xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
      xhr.send(body);
      status = xhr.status;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const base = { id, time: new Date().toISOString(), url: target, terminate, failure };
    // Only a request the browser forbade because the page is going ("Synchronous XHR in page dismissal") goes by
    // beacon; one that failed because the network is down has failed, and the course must hear so.
    const dismissal = status === 0 && /dismissal/i.test(failure ?? '') && !this.networkDown();
    if (dismissal && typeof navigator.sendBeacon === 'function') {
      const queued = navigator.sendBeacon(target, new Blob([body], { type: 'text/plain;charset=UTF-8' }));
      const errorCode = queued ? 0 : failureCode(this.standard, terminate);
      this.onCommit({ ...base, transport: 'beacon', status: 0, ok: queued, errorCode, settled: !queued });
      return queued ? { result: 'true', errorCode: 0 } : { result: 'false', errorCode };
    }
    const ok = status >= 200 && status < 300;
    const errorCode = ok ? 0 : failureCode(this.standard, terminate);
    this.onCommit({ ...base, transport: 'xhr', status, ok, errorCode, settled: true });
    return ok ? { result: 'true', errorCode: 0 } : { result: 'false', errorCode };
  }

  updateSettings(): void {
    // Nothing to update: the URL arrives with each request.
  }
}
