/**
 * The LMS preview's browser side: launches the course in a frame, a nested frame or a pop-up with a strict
 * scorm-again runtime (SCORM 1.2 or 2004) or none, shows the data model and every API call live, and exposes
 * `window.lmsPreview` for the end-to-end tests.
 */
import type { LaunchOptions, PreviewError, SessionInfo } from './hooks.ts';
import { API_GLOBAL, ERROR_METHODS, LmsSession, type ApiCall, type RuntimeLogEntry } from './lms-session.ts';
import { launchData } from './relaunch-data.ts';
import type { CommitRecord } from './sync-commit-service.ts';
import type {
  ClientFaults,
  CmiTree,
  Faults,
  LaunchMode,
  LearnerState,
  LmsStandard,
  PreviewConfig,
  PreviewStandard,
  SuspendDataFault,
} from './types.ts';

const LEARNER_COOKIE = 'lms-preview-learner';
const STANDARD_COOKIE = 'lms-preview-standard';
const MAX_RECORDS = 20000;
const MAX_ROWS = 400;

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing from the preview page`);
  return element as T;
};

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function writeCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; SameSite=Strict`;
}

const params = new URLSearchParams(location.search);
const isStandard = (v: string | null | undefined): v is PreviewStandard =>
  v === 'scorm12' || v === 'scorm2004' || v === 'none';
const isMode = (v: string | null | undefined): v is LaunchMode => v === 'frame' || v === 'nested' || v === 'popup';

/** One id per browser (cookie), so that parallel test contexts never share an attempt on the server. */
function learnerId(): string {
  const fromQuery = params.get('learner');
  const id =
    fromQuery && /^[\w-]{1,64}$/.test(fromQuery)
      ? fromQuery
      : (readCookie(LEARNER_COOKIE) ?? `learner-${crypto.randomUUID().slice(0, 8)}`);
  writeCookie(LEARNER_COOKIE, id);
  return id;
}

const learner = learnerId();
const debug = params.get('debug') === '1';
let config: PreviewConfig | undefined;
let session: LmsSession | undefined;
let info: SessionInfo = {
  standard: 'scorm12',
  mode: 'frame',
  launch: 0,
  entry: '',
  open: false,
  initialized: false,
  terminated: false,
};
let popup: Window | null = null;
let popupWatch: number | undefined;
let seq = 0;
const calls: ApiCall[] = [];
const errors: PreviewError[] = [];
const commits: (CommitRecord & { launch: number })[] = [];
const runtimeLog: RuntimeLogEntry[] = [];
let clientFaults: ClientFaults = { api: 'none', networkDown: false, suspendData: 'none' };
/** Rows that are not API calls but say what the LMS did (launch, entry, close). */
const notes: { afterSeq: number; text: string; launch: number }[] = [];

function push<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_RECORDS) list.splice(0, list.length - MAX_RECORDS);
}

function api<T>(path: string, init?: RequestInit): Promise<T> {
  return fetch(path, { ...init, cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  });
}

/** The course (band) this page launches: `?course=7-10`; the server's default without it. */
const course = params.get('course') ?? '';
const endpoint = (action: string, standard?: LmsStandard) =>
  `/lms/api/${action}${standard ? `/${standard}` : ''}?learner=${encodeURIComponent(learner)}&course=${encodeURIComponent(course)}`;
const configUrl = `/lms/api/config?course=${encodeURIComponent(course)}`;

// ---- Rendering -------------------------------------------------------------------------------------------------

let renderQueued = false;
let lastModel: Record<string, string> = {};

function scheduleRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(() => {
    renderQueued = false;
    render();
  }, 30);
}

function cell(row: HTMLTableRowElement, text: string, code = false): void {
  const td = row.insertCell();
  if (code) {
    const c = document.createElement('code');
    c.textContent = text;
    td.append(c);
  } else {
    td.textContent = text;
  }
}

function render(): void {
  // Data model: only non-empty values unless asked, changed ones highlighted.
  const model = session?.dataModel() ?? {};
  const showEmpty = $<HTMLInputElement>('show-empty').checked;
  const modelBody = $<HTMLTableElement>('model').tBodies[0];
  if (modelBody) {
    modelBody.replaceChildren();
    for (const [key, value] of Object.entries(model)) {
      if (!showEmpty && value === '') continue;
      const row = modelBody.insertRow();
      if (lastModel[key] !== undefined && lastModel[key] !== value) row.className = 'changed';
      cell(row, key, true);
      cell(row, value, true);
    }
  }
  lastModel = model;

  // API calls, newest last, with the LMS's own notes between them.
  const hideErrorCalls = $<HTMLInputElement>('hide-errors-calls').checked;
  const onlyErrors = $<HTMLInputElement>('only-errors').checked;
  const callBody = $<HTMLTableElement>('calls').tBodies[0];
  if (callBody) {
    const shown = calls.filter(
      (c) => !(hideErrorCalls && ERROR_METHODS.has(c.method)) && (!onlyErrors || c.errorCode !== '0'),
    );
    const rows = shown.slice(-MAX_ROWS);
    const firstSeq = rows[0]?.seq ?? Number.POSITIVE_INFINITY;
    callBody.replaceChildren();
    const noteRow = (text: string, launch: number) => {
      const row = callBody.insertRow();
      row.className = 'note';
      cell(row, '');
      cell(row, String(launch));
      const td = row.insertCell();
      td.colSpan = 3;
      td.textContent = text;
    };
    let noteIndex = 0;
    const pending = notes.filter((n) => n.afterSeq >= firstSeq - 1 || rows.length === 0);
    for (const call of rows) {
      while (noteIndex < pending.length && (pending[noteIndex]?.afterSeq ?? 0) < call.seq) {
        const note = pending[noteIndex];
        if (note) noteRow(note.text, note.launch);
        noteIndex++;
      }
      const row = callBody.insertRow();
      if (call.errorCode !== '0' && !ERROR_METHODS.has(call.method)) row.className = 'error';
      cell(row, String(call.seq));
      cell(row, String(call.launch));
      cell(row, `${call.method}(${call.args.map((a) => JSON.stringify(a)).join(', ')})`, true);
      cell(row, JSON.stringify(call.result), true);
      cell(row, call.errorCode === '0' ? '0' : `${call.errorCode} ${call.errorString}`);
    }
    for (; noteIndex < pending.length; noteIndex++) {
      const note = pending[noteIndex];
      if (note) noteRow(note.text, note.launch);
    }
    const scroller = callBody.closest('.scroll');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }

  const name = info.standard === 'scorm12' ? 'SCORM 1.2' : info.standard === 'scorm2004' ? 'SCORM 2004' : 'No LMS';
  const state = !session
    ? 'no API offered'
    : info.terminated
      ? 'terminated'
      : info.initialized
        ? 'initialised'
        : 'not initialised yet';
  const lastCommit = commits[commits.length - 1];
  $('session-summary').textContent =
    info.launch === 0
      ? 'No session yet.'
      : `${name}, launch ${info.launch}, entry "${info.entry}", ${state}` +
        (lastCommit
          ? `; last commit ${lastCommit.ok ? 'stored' : `FAILED (HTTP ${lastCommit.status})`} at ${lastCommit.time.slice(11, 19)}`
          : '; no commit yet') +
        `; ${errors.length} error${errors.length === 1 ? '' : 's'}.`;
}

function setStatus(text: string): void {
  $('status').textContent = text;
}

async function renderStored(): Promise<void> {
  const state = await api<LearnerState>(endpoint('state'));
  const standard = info.standard === 'none' ? undefined : info.standard;
  const stored = standard ? state.stored[standard] : undefined;
  $('stored-summary').textContent = stored
    ? `Learner ${learner}: ${stored.count} commit${stored.count === 1 ? '' : 's'} stored for this attempt, the last at ${stored.receivedAt.slice(11, 19)}${stored.terminate ? ' (at Terminate)' : ''}.`
    : `Learner ${learner}: nothing stored for ${standard ?? 'this launch'}.`;
  $('stored').textContent = stored ? JSON.stringify(stored.cmi, null, 2) : '';
}

// ---- Session lifecycle -------------------------------------------------------------------------------------------

function recordCall(call: Omit<ApiCall, 'seq' | 'launch' | 'time'>): void {
  const full: ApiCall = { ...call, seq: ++seq, launch: info.launch, time: new Date().toISOString() };
  push(calls, full);
  if (session) {
    info.initialized = session.isInitialized() || session.isTerminated();
    info.terminated = session.isTerminated();
  }
  if (call.errorCode !== '0' && !ERROR_METHODS.has(call.method)) {
    push(errors, {
      launch: info.launch,
      time: full.time,
      source: 'api',
      method: call.method,
      args: call.args,
      errorCode: call.errorCode,
      expected: call.method === 'GetValue' && call.errorCode === '403',
      message: `${call.method}(${call.args.map((a) => JSON.stringify(a)).join(', ')}) returned ${JSON.stringify(call.result)} with error ${call.errorCode}: ${call.errorString}`,
    });
  }
  scheduleRender();
}

function recordCommit(record: CommitRecord): void {
  push(commits, { ...record, launch: info.launch });
  if (!record.ok && record.settled) {
    push(errors, {
      launch: info.launch,
      time: record.time,
      source: 'commit',
      errorCode: String(record.errorCode),
      expected: false,
      message: `The LMS did not store a ${record.terminate ? 'Terminate ' : ''}commit (HTTP ${record.status}).`,
    });
  }
  setStatus(
    record.transport === 'beacon'
      ? 'A commit was sent with sendBeacon (the course was unloading); its answer is checked after the course closes.'
      : record.ok
        ? `Commit stored at ${record.time.slice(11, 19)}.`
        : `A commit failed (HTTP ${record.status}).`,
  );
  scheduleRender();
  void renderStored().catch(() => undefined);
}

function note(text: string): void {
  notes.push({ afterSeq: seq, text, launch: info.launch });
  scheduleRender();
}

function removeApis(): void {
  const globals = window as unknown as Record<string, unknown>;
  delete globals['API'];
  delete globals['API_1484_11'];
}

function formChoice(): { standard: PreviewStandard; mode: LaunchMode } {
  const form = $<HTMLFormElement>('launch-form');
  const data = new FormData(form);
  const standard = String(data.get('standard'));
  const mode = String(data.get('mode'));
  return { standard: isStandard(standard) ? standard : 'scorm12', mode: isMode(mode) ? mode : 'frame' };
}

function setFormChoice(standard: PreviewStandard, mode: LaunchMode): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="standard"]')) {
    input.checked = input.value === standard;
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
    input.checked = input.value === mode;
  }
}

function showWarning(text: string | undefined): void {
  const warning = $('warning');
  warning.hidden = !text;
  warning.textContent = text ?? '';
}

function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      if (check()) resolve(true);
      else if (Date.now() - started > timeoutMs) resolve(false);
      else setTimeout(tick, 25);
    };
    tick();
  });
}

async function launch(options: LaunchOptions = {}): Promise<void> {
  await close();
  const chosen = formChoice();
  const standard = options.standard ?? chosen.standard;
  const mode = options.mode ?? chosen.mode;
  setFormChoice(standard, mode);
  const cfg = config ?? (config = await api<PreviewConfig>(configUrl));

  // A package made for one standard only looks for that standard's API; say so instead of leaving it silent.
  showWarning(
    cfg.builtFor !== 'auto' && cfg.builtFor !== 'unknown' && cfg.builtFor !== standard
      ? `This package was built for ${cfg.builtFor}; with "${standard}" chosen, its pages still look for the ${cfg.builtFor} API.`
      : undefined,
  );
  writeCookie(STANDARD_COOKIE, standard);
  removeApis();
  info = { standard, mode, launch: info.launch + 1, entry: '', open: true, initialized: false, terminated: false };
  session = undefined;
  lastModel = {};

  if (standard !== 'none') {
    const state = await api<LearnerState>(endpoint('state'));
    const data = launchData(
      standard,
      state.stored[standard],
      { id: learner, name: 'Learner, Preview' },
      cfg.masteryScore,
    );
    info.entry = data.entry;
    const spoiled = spoilSuspendData(data.cmi, clientFaults.suspendData);
    session = new LmsSession(
      standard,
      endpoint('commit', standard),
      data,
      {
        onCall: recordCall,
        onCommit: recordCommit,
        onLog: (entry) => push(runtimeLog, entry),
        apiFault: () => clientFaults.api,
        networkDown: () => clientFaults.networkDown,
      },
      debug,
    );
    if (clientFaults.api !== 'gone')
      (window as unknown as Record<string, unknown>)[API_GLOBAL[standard]] = session.facade;
    note(`Launch ${info.launch} (${standard}, ${mode}): ${data.note}${spoiled ? ` ${spoiled}` : ''}`);
    if (spoiled) await setFaults({ suspendData: 'none' });
  } else {
    note(`Launch ${info.launch} (no LMS, ${mode}): no API is offered; the course should say results are not sent.`);
  }

  const src = cfg.contentBase + cfg.launch;
  const host = $('frame-host');
  host.replaceChildren();
  $('popup-note').hidden = true;
  if (mode === 'popup') {
    popup = window.open(src, 'speakup-course', 'popup=yes,width=1100,height=800');
    if (!popup) {
      info.open = false;
      setStatus('The browser blocked the pop-up window: allow pop-ups for this address, then launch again.');
      return;
    }
    $('popup-note').hidden = false;
    // The learner may close the pop-up themselves: notice it, as an LMS would.
    popupWatch = window.setInterval(() => {
      if (popup?.closed) {
        window.clearInterval(popupWatch);
        popupWatch = undefined;
        void afterClose('The pop-up window was closed.');
      }
    }, 300);
  } else {
    const frame = document.createElement('iframe');
    frame.title = `Course (${standard === 'none' ? 'no LMS' : standard})`;
    frame.src = mode === 'nested' ? `/lms/nested-frame.html?src=${encodeURIComponent(src)}` : src;
    host.append(frame);
  }
  setStatus(
    `Launched with ${standard === 'none' ? 'no LMS' : standard} in ${mode === 'popup' ? 'a pop-up window' : mode === 'nested' ? 'a frame in a frame' : 'a frame'}.`,
  );
  scheduleRender();
  void renderStored().catch(() => undefined);
}

let closing: Promise<void> | undefined;

/**
 * Beacon commits (sent while the course unloaded) have no answer the API could pass on; the server's commit log
 * has it. Waits for them to arrive, so that a relaunch reads what the LMS really stored, and reports any loss.
 */
async function settleBeacons(launch: number): Promise<void> {
  const pending = commits.filter((c) => c.launch === launch && c.transport === 'beacon' && !c.settled);
  if (pending.length === 0) return;
  const started = Date.now();
  while (Date.now() - started < 3000) {
    const state = await api<LearnerState>(endpoint('state'));
    for (const commit of pending) {
      const entry = state.commitLog.find((e) => e.id === commit.id);
      if (!entry || commit.settled) continue;
      commit.settled = true;
      commit.status = entry.status;
      commit.ok = entry.status >= 200 && entry.status < 300;
      if (!commit.ok) {
        push(errors, {
          launch,
          time: entry.time,
          source: 'commit',
          errorCode: '0',
          expected: false,
          message: `The ${commit.terminate ? 'Terminate ' : ''}commit went by sendBeacon (the browser forbids synchronous requests while a page unloads) and the LMS refused it (HTTP ${entry.status}); the course was told "true".`,
        });
      }
    }
    if (pending.every((c) => c.settled)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const commit of pending.filter((c) => !c.settled)) {
    commit.settled = true;
    commit.ok = false;
    push(errors, {
      launch,
      time: new Date().toISOString(),
      source: 'commit',
      errorCode: '0',
      expected: false,
      message: `The ${commit.terminate ? 'Terminate ' : ''}commit sent by sendBeacon never reached the LMS.`,
    });
  }
}

/** What an LMS checks when a SCO's window goes away. */
async function afterClose(reason: string): Promise<void> {
  if (!info.open) return;
  info.open = false;
  $('popup-note').hidden = true;
  // A pop-up reports itself closed before its pagehide handlers have run; give the course a moment to terminate.
  const current = session;
  if (current) await waitFor(() => current.isTerminated(), 1000);
  await settleBeacons(info.launch).catch(() => undefined);
  if (session) {
    info.initialized = session.isInitialized() || session.isTerminated();
    info.terminated = session.isTerminated();
    const finish = info.standard === 'scorm12' ? 'LMSFinish' : 'Terminate';
    const initialize = info.standard === 'scorm12' ? 'LMSInitialize' : 'Initialize';
    const problem = !info.initialized
      ? `The course closed without calling ${initialize}: the LMS recorded nothing for this launch.`
      : !info.terminated
        ? `The course closed without a successful ${finish}: the LMS keeps only what was committed.`
        : undefined;
    if (problem) {
      push(errors, {
        launch: info.launch,
        time: new Date().toISOString(),
        source: 'session',
        errorCode: '0',
        expected: false,
        message: problem,
      });
    }
  }
  note(
    `${reason} Session ${info.terminated ? 'terminated' : info.initialized ? 'NOT terminated' : 'never initialised'}.`,
  );
  setStatus(`${reason} You can relaunch.`);
  await renderStored().catch(() => undefined);
  scheduleRender();
}

/** Closes the course the way a learner leaving the LMS page would: its page is unloaded (pagehide fires). */
async function close(): Promise<void> {
  if (closing) return closing;
  closing = (async () => {
    if (!info.open) return;
    if (info.mode === 'popup') {
      if (popupWatch !== undefined) window.clearInterval(popupWatch);
      popupWatch = undefined;
      if (popup && !popup.closed) {
        popup.close();
        await waitFor(() => popup?.closed ?? true, 5000);
      }
      popup = null;
    } else {
      const frame = $('frame-host').querySelector('iframe');
      if (frame) {
        // Navigating away (rather than removing the frame at once) runs the course's pagehide handlers in full.
        const unloaded = new Promise<void>((resolve) =>
          frame.addEventListener('load', () => resolve(), { once: true }),
        );
        frame.src = 'about:blank';
        await Promise.race([unloaded, new Promise((resolve) => setTimeout(resolve, 5000))]);
        frame.remove();
      }
    }
    await afterClose('The course was closed.');
  })();
  try {
    await closing;
  } finally {
    closing = undefined;
  }
}

async function reset({ clearBrowserStorage }: { clearBrowserStorage?: boolean } = {}): Promise<void> {
  const wasOpen = info.open;
  await close();
  const standard = info.launch === 0 ? formChoice().standard : info.standard;
  await api<LearnerState>(endpoint('reset', standard === 'none' ? undefined : standard), { method: 'POST' });
  const clear = clearBrowserStorage ?? $<HTMLInputElement>('clear-browser').checked;
  if (clear) {
    // The course keeps a local copy of progress (scorm-notes.md); a fresh attempt must not find it.
    localStorage.clear();
    sessionStorage.clear();
  }
  session = undefined;
  note(`Attempt reset for ${standard}${clear ? ', browser storage cleared' : ''}.`);
  setStatus('Attempt reset.');
  if (wasOpen) await launch({ standard, mode: info.mode });
  else scheduleRender();
}

const SPOILED: Readonly<Record<Exclude<SuspendDataFault, 'none'>, (text: string) => string>> = {
  // Characters no encoder writes, in the middle: as an LMS that mangled the text on its way to the database.
  corrupt: (text) => `${text.slice(0, Math.floor(text.length / 2))}#?!${text.slice(Math.floor(text.length / 2) + 3)}`,
  // An LMS that keeps fewer characters than it must cuts the end off.
  truncated: (text) => text.slice(0, Math.ceil(text.length / 2)),
  // The header of a format version the course no longer writes.
  'old-version': (text) => text.replace(/^SU\d+/, 'SU0'),
};

/** Spoils the launch data's suspend_data as the switch says; returns what it did, for the log. */
function spoilSuspendData(cmi: CmiTree, fault: SuspendDataFault): string | undefined {
  const text = cmi['suspend_data'];
  if (fault === 'none' || typeof text !== 'string' || text === '') return undefined;
  cmi['suspend_data'] = SPOILED[fault](text);
  return `Its suspend_data was handed over ${fault === 'old-version' ? 'with an older format version' : fault}.`;
}

function faultsShown(faults: Faults): void {
  // The list offers up to three; a test may ask for more, shown as the nearest choice.
  $<HTMLSelectElement>('fail-commits').value = String(Math.min(faults.failCommits, 3));
  $<HTMLInputElement>('slow-commits').checked = faults.commitDelayMs > 0;
  $<HTMLSelectElement>('api-fault').value = faults.api;
  $<HTMLInputElement>('network-down').checked = faults.networkDown;
  $<HTMLSelectElement>('suspend-data-fault').value = faults.suspendData;
}

let serverFaults = { failCommits: 0, commitDelayMs: 0 };

/** Turns fault switches on or off; each says in the log what the LMS will now do. */
async function setFaults(change: Partial<Faults>): Promise<Faults> {
  const { failCommits, commitDelayMs, ...client } = change;
  if (failCommits !== undefined || commitDelayMs !== undefined) {
    const state = await api<LearnerState>(endpoint('faults'), {
      method: 'POST',
      body: JSON.stringify({ failCommits, commitDelayMs }),
    });
    serverFaults = state.faults;
  }
  clientFaults = { ...clientFaults, ...client };
  if (client.api !== undefined && session) {
    // Gone: the API leaves the window (the course holds the old object, which throws); back: it is offered again.
    const globals = window as unknown as Record<string, unknown>;
    if (client.api === 'gone') delete globals[API_GLOBAL[session.standard]];
    else globals[API_GLOBAL[session.standard]] = session.facade;
  }
  const faults = { ...serverFaults, ...clientFaults };
  faultsShown(faults);
  const said = [
    failCommits === undefined
      ? ''
      : failCommits === 0
        ? 'Commits are stored again.'
        : failCommits < 0
          ? 'Every commit will fail (HTTP 500).'
          : `The next ${failCommits} commit${failCommits === 1 ? '' : 's'} will fail (HTTP 500).`,
    commitDelayMs === undefined
      ? ''
      : commitDelayMs > 0
        ? `Commits take ${commitDelayMs / 1000} s.`
        : 'Commits are quick again.',
    client.api === undefined
      ? ''
      : {
          none: 'The API works again.',
          throws: 'Every API call throws.',
          gone: 'The API is gone (its window closed).',
        }[client.api],
    client.networkDown === undefined ? '' : client.networkDown ? 'The network is down.' : 'The network is back.',
    client.suspendData === undefined || client.suspendData === 'none'
      ? ''
      : `The next launch gets suspend_data ${client.suspendData === 'old-version' ? 'with an older format version' : client.suspendData}.`,
  ]
    .filter(Boolean)
    .join(' ');
  if (said) {
    note(said);
    setStatus(said);
  }
  return faults;
}

/** Reloads the course's page, as a learner pressing F5 inside the LMS would. */
async function reloadCourse(): Promise<void> {
  const win = contentWindow();
  if (!win) throw new Error('no course is open to reload');
  const before = win.document;
  win.location.reload();
  await waitFor(() => {
    const now = contentWindow();
    return !!now && now.document !== before && now.document.readyState !== 'loading';
  }, 15_000);
  note('The course was reloaded.');
}

function contentWindow(): Window | null {
  if (!info.open) return null;
  if (info.mode === 'popup') return popup;
  const frame = $('frame-host').querySelector('iframe');
  const outer = frame?.contentWindow ?? null;
  if (info.mode === 'nested') return outer?.frames[0] ?? null;
  return outer;
}

// ---- Wiring -----------------------------------------------------------------------------------------------------

/** Runs an action from a button, keeping the page usable and saying what went wrong. */
function act(action: () => Promise<void>): void {
  action().catch((error: unknown) => setStatus(`Error: ${error instanceof Error ? error.message : String(error)}`));
}

async function boot(): Promise<void> {
  config = await api<PreviewConfig>(configUrl);
  $('source').textContent =
    `Serving ${config.source} under ${config.contentBase} (learner ${learner}${config.masteryScore === undefined ? '' : `, pass mark ${config.masteryScore}`})`;
  const state = await api<LearnerState>(endpoint('state'));
  serverFaults = state.faults;
  faultsShown({ ...serverFaults, ...clientFaults });
  showCourses(config);
  const twice = $<HTMLAnchorElement>('open-twice');
  twice.href = `/?learner=${encodeURIComponent(learner)}&course=${encodeURIComponent(course)}`;

  const builtFor = config.builtFor;
  const standard = isStandard(params.get('standard'))
    ? (params.get('standard') as PreviewStandard)
    : isStandard(builtFor)
      ? builtFor
      : 'scorm12';
  const mode = isMode(params.get('mode')) ? (params.get('mode') as LaunchMode) : 'frame';
  setFormChoice(standard, mode);

  $<HTMLFormElement>('launch-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act(() => launch());
  });
  $('relaunch').addEventListener('click', () => act(() => launch()));
  $('close').addEventListener('click', () => act(close));
  $('reset').addEventListener('click', () => act(() => reset()));
  const switched = (id: string, change: (element: HTMLInputElement & HTMLSelectElement) => Partial<Faults>) =>
    $(id).addEventListener('change', (event) =>
      act(async () => {
        await setFaults(change(event.target as HTMLInputElement & HTMLSelectElement));
      }),
    );
  switched('fail-commits', (e) => ({ failCommits: Number(e.value) }));
  switched('slow-commits', (e) => ({ commitDelayMs: e.checked ? 2000 : 0 }));
  switched('api-fault', (e) => ({ api: e.value as ClientFaults['api'] }));
  switched('network-down', (e) => ({ networkDown: e.checked }));
  switched('suspend-data-fault', (e) => ({ suspendData: e.value as SuspendDataFault }));
  $('reload-course').addEventListener('click', () => act(reloadCourse));
  for (const id of ['show-empty', 'hide-errors-calls', 'only-errors']) $(id).addEventListener('change', render);
  $('clear-log').addEventListener('click', () => {
    clearLogs();
    render();
  });
  $('focus-popup').addEventListener('click', () => popup?.focus());

  if (params.get('launch') !== '0') await launch({ standard, mode });
  else setStatus('Ready: choose an LMS and launch.');
  render();
}

/** A choice of course when the build holds one per band; choosing one opens this page for it. */
function showCourses(cfg: PreviewConfig): void {
  const fieldset = $('course-choice');
  fieldset.hidden = cfg.courses.length < 2;
  for (const { id, title } of cfg.courses) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'course';
    input.value = id;
    input.checked = id === cfg.course;
    input.addEventListener('change', () => {
      const next = new URLSearchParams(location.search);
      next.set('course', id);
      location.search = next.toString();
    });
    label.append(input, ` ${title}`);
    fieldset.append(label);
  }
}

function clearLogs(): void {
  calls.length = 0;
  errors.length = 0;
  commits.length = 0;
  runtimeLog.length = 0;
  notes.length = 0;
}

const ready = boot();
ready
  .then(() => {
    document.documentElement.dataset['lmsPreview'] = 'ready';
  })
  .catch((error: unknown) => {
    setStatus(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`);
    document.documentElement.dataset['lmsPreview'] = 'failed';
  });

window.lmsPreview = {
  ready,
  config: () => config,
  learner: () => learner,
  session: () => ({ ...info }),
  dataModel: () => session?.dataModel() ?? {},
  calls: () => calls.map((c) => ({ ...c, args: [...c.args] })),
  errors: () => errors.map((e) => ({ ...e })),
  commits: () => commits.map((c) => ({ ...c })),
  runtimeLog: () => runtimeLog.map((e) => ({ ...e })),
  stored: () => api<LearnerState>(endpoint('state')),
  launch,
  close,
  closeAndRelaunch: () => launch({ standard: info.standard, mode: info.mode }),
  reset,
  setFaults,
  faults: async () => {
    serverFaults = (await api<LearnerState>(endpoint('state'))).faults;
    return { ...serverFaults, ...clientFaults };
  },
  reloadCourse,
  contentWindow,
  clearLogs,
};
