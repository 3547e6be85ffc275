import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setStandardMeta } from '../../src/packaging/standard-meta.ts';
import { coursesIn, folderSource, zipSource, type ContentSource } from './content-source.ts';
import { previewPage } from './preview-page.ts';
import type { LearnerState, LmsStandard, PreviewConfig, PreviewStandard, ServerFaults, StoredCommit } from './types.ts';

/** The path an LMS like Moodle serves a package under: deep, so that any absolute URL in the build shows up. */
export const CONTENT_BASE = '/pluginfile.php/17/mod_scorm/content/3/';
export const DEFAULT_PORT = 4321;
/** Cookies the preview page sets: which standard the served pages announce, and which learner this browser is. */
export const STANDARD_COOKIE = 'lms-preview-standard';
export const LEARNER_COOKIE = 'lms-preview-learner';

export interface PreviewServerOptions {
  /** 0 picks a free port (tests). Default: PORT from the environment, else 4321. */
  port?: number | undefined;
  /** Course build folder to serve. Default: `dist/course/` of the project (astro.config.mjs). */
  root?: string | undefined;
  /** A built package (.zip) to serve instead of a folder; unzipped in memory. */
  packagePath?: string | undefined;
  /** The teacher site's build, served at TEACHER_BASE when it is there. Default: `dist/teacher/` of the project. */
  teacherRoot?: string | undefined;
}

/** Where the teacher site is served, beside the LMS: its own pages, never inside a package. */
export const TEACHER_BASE = '/teacher/';

export interface PreviewServer {
  /** `http://127.0.0.1:4321/` */
  url: string;
  /** Where the course is served: `http://127.0.0.1:4321/pluginfile.php/17/mod_scorm/content/3/` */
  contentUrl: string;
  /** What is served, in words (`dist`, `speak-up-course-11-13-scorm12.zip`). */
  source: string;
  /** `http://127.0.0.1:4321/teacher/`, when the teacher site is built. */
  teacherUrl: string | undefined;
  close(): Promise<void>;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Bundles the preview's browser code (TypeScript, scorm-again) with esbuild, once per server start. */
async function bundleClient(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(projectRoot, 'tools', 'lms-preview', 'client.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no preview client');
  return output.text;
}

function cookies(req: IncomingMessage): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return jar;
}

async function readBody(req: IncomingMessage, limit = 8 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  // Nothing is cached: a rebuild or another standard must show on the next load.
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

const isLmsStandard = (value: string | undefined): value is LmsStandard => value === 'scorm12' || value === 'scorm2004';
const isPreviewStandard = (value: string | undefined): value is PreviewStandard =>
  isLmsStandard(value) || value === 'none';
const validLearner = (value: string | null | undefined): value is string => !!value && /^[\w-]{1,64}$/.test(value);

/**
 * Starts the local LMS preview on 127.0.0.1: the course under CONTENT_BASE, the preview page at `/`, and the
 * LMS's commit store in memory (per learner, so that parallel browser contexts in tests do not share an attempt).
 */
export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const envPort = process.env['PORT'] ? Number(process.env['PORT']) : undefined;
  const port = options.port ?? (envPort !== undefined && Number.isInteger(envPort) ? envPort : DEFAULT_PORT);
  let source: ContentSource;
  if (options.packagePath) {
    const zip = resolve(options.packagePath);
    if (!existsSync(zip)) throw new Error(`No package at ${zip}: build one with npm run package`);
    source = zipSource(zip);
  } else {
    const folder = resolve(options.root ?? join(projectRoot, 'dist', 'course'));
    if (coursesIn(folder).length === 0) {
      throw new Error(`No course build in ${folder} (no index.html, nor a folder with one): run npm run build first`);
    }
    source = { ...folderSource(folder), describe: options.root ?? 'dist/course' };
  }
  const teacherFolder = resolve(options.teacherRoot ?? join(projectRoot, 'dist', 'teacher'));
  const teacher = existsSync(join(teacherFolder, 'index.html')) ? folderSource(teacherFolder) : undefined;
  const client = await bundleClient();
  const css = readFileSync(join(projectRoot, 'tools', 'lms-preview', 'preview.css'), 'utf8');
  const learners = new Map<string, LearnerState>();
  // One store per course and learner: each course (band) is an activity of its own in an LMS.
  const learnerState = (id: string, course: string): LearnerState => {
    let state = learners.get(`${course}|${id}`);
    if (!state) {
      state = { learner: id, faults: { failCommits: 0, commitDelayMs: 0 }, stored: {}, commitLog: [] };
      learners.set(`${course}|${id}`, state);
    }
    return state;
  };

  const config = (course?: string | null): PreviewConfig => ({
    ...source.info(course ?? undefined),
    source: source.describe,
    contentBase: CONTENT_BASE,
  });

  const serveContent = (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (path === '') {
      res.writeHead(302, { Location: CONTENT_BASE + config().launch, 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const data = source.read(path);
    if (!data) {
      send(res, 404, 'text/plain; charset=utf-8', `Not in the package: ${path}`);
      return;
    }
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      // The LMS choice of the preview page reaches the course the way a package does: through the meta tag.
      // Only a plain build's "auto" is replaced; a package keeps the standard it was built for.
      const standard = cookies(req)[STANDARD_COOKIE];
      const html = new TextDecoder().decode(data);
      send(res, 200, type, isPreviewStandard(standard) ? setStandardMeta(html, standard) : html);
      return;
    }
    send(res, 200, type, data);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const learner = url.searchParams.get('learner');
    const course = config(url.searchParams.get('course')).course;
    if (url.pathname === '/lms/api/config' && req.method === 'GET') return json(res, 200, config(course));
    if (!validLearner(learner)) return json(res, 400, { error: 'learner must be 1-64 letters, digits, "_" or "-"' });
    const state = learnerState(learner, course);
    const [, , , action, standard] = url.pathname.split('/');
    if (action === 'state' && req.method === 'GET') return json(res, 200, state);
    if (action === 'commit' && req.method === 'POST' && isLmsStandard(standard)) {
      const body = await readBody(req);
      const terminate = url.searchParams.get('terminate') === 'true';
      const answer = (status: number, value: unknown) => {
        state.commitLog.push({
          id: url.searchParams.get('commit') ?? '',
          standard,
          time: new Date().toISOString(),
          status,
          terminate,
        });
        if (state.commitLog.length > 200) state.commitLog.splice(0, state.commitLog.length - 200);
        json(res, status, value);
      };
      // A slow LMS answers late; the commit's synchronous request holds the learner's page meanwhile.
      if (state.faults.commitDelayMs > 0) await new Promise((done) => setTimeout(done, state.faults.commitDelayMs));
      // The "make commits fail" switch: the LMS refuses, as one whose database or session has gone away.
      if (state.faults.failCommits !== 0) {
        if (state.faults.failCommits > 0) state.faults.failCommits--;
        return answer(500, { result: false, errorCode: 101, error: 'commits are set to fail' });
      }
      let payload: unknown;
      try {
        payload = JSON.parse(body);
      } catch {
        return answer(400, { result: false, errorCode: 101, error: 'the commit is not JSON' });
      }
      const cmi = (payload as { cmi?: unknown } | null)?.cmi;
      if (cmi === null || typeof cmi !== 'object')
        return answer(400, { result: false, errorCode: 101, error: 'no cmi' });
      const previous = state.stored[standard];
      state.stored[standard] = {
        cmi: cmi as StoredCommit['cmi'],
        receivedAt: new Date().toISOString(),
        count: (previous?.count ?? 0) + 1,
        terminate,
      };
      return answer(200, { result: true, errorCode: 0 });
    }
    if (action === 'faults' && req.method === 'POST') {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
      } catch {
        return json(res, 400, { error: 'faults must be JSON: {"failCommits": 2, "commitDelayMs": 2000}' });
      }
      const whole = (value: unknown, min: number, max: number) =>
        Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
      if ('failCommits' in body && !whole(body['failCommits'], -1, 1000))
        return json(res, 400, { error: 'failCommits must be a whole number from -1 (every commit) to 1000' });
      if ('commitDelayMs' in body && !whole(body['commitDelayMs'], 0, 30_000))
        return json(res, 400, { error: 'commitDelayMs must be a whole number of milliseconds from 0 to 30000' });
      state.faults = { ...state.faults, ...(body as Partial<ServerFaults>) };
      return json(res, 200, state);
    }
    if (action === 'reset' && req.method === 'POST') {
      if (isLmsStandard(standard)) delete state.stored[standard];
      else state.stored = {};
      return json(res, 200, state);
    }
    return json(res, 404, { error: `no such LMS endpoint: ${req.method ?? ''} ${url.pathname}` });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = async () => {
      if (url.pathname.startsWith(CONTENT_BASE) || url.pathname === CONTENT_BASE.slice(0, -1)) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'read only');
        let path: string;
        try {
          path = decodeURIComponent(url.pathname.slice(CONTENT_BASE.length));
        } catch {
          return send(res, 400, 'text/plain', 'bad path');
        }
        return serveContent(req, res, path);
      }
      if (teacher && (url.pathname.startsWith(TEACHER_BASE) || url.pathname === TEACHER_BASE.slice(0, -1))) {
        let path: string;
        try {
          path = decodeURIComponent(url.pathname.slice(TEACHER_BASE.length)) || 'index.html';
        } catch {
          return send(res, 400, 'text/plain', 'bad path');
        }
        const data = teacher.read(path);
        if (!data) return send(res, 404, 'text/plain; charset=utf-8', `Not in the teacher site: ${path}`);
        return send(res, 200, TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', data);
      }
      if (url.pathname.startsWith('/lms/api/')) return handleApi(req, res, url);
      if (url.pathname === '/' && req.method === 'GET')
        return send(res, 200, 'text/html; charset=utf-8', previewPage());
      if (url.pathname === '/lms/preview.js') return send(res, 200, 'text/javascript; charset=utf-8', client);
      if (url.pathname === '/lms/preview.css') return send(res, 200, 'text/css; charset=utf-8', css);
      if (url.pathname === '/lms/nested-frame.html') {
        const src = url.searchParams.get('src') ?? '';
        // Only the course may be framed here; this page is a stand-in for an LMS's own frameset.
        if (!src.startsWith(CONTENT_BASE)) return send(res, 400, 'text/plain', 'src must be under the content path');
        return send(res, 200, 'text/html; charset=utf-8', nestedFramePage(src));
      }
      if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    };
    route().catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on 127.0.0.1 is already in use (is another preview running?). Stop it, or choose another port: PORT=${port + 1} npm start`,
            )
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}/`;
  return {
    url,
    contentUrl: `http://127.0.0.1:${address.port}${CONTENT_BASE}`,
    source: source.describe,
    teacherUrl: teacher ? `http://127.0.0.1:${address.port}${TEACHER_BASE}` : undefined,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

/** A frame inside a frame, as some LMSs deliver content: the course must walk up more than one parent. */
function nestedFramePage(src: string): string {
  const escaped = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>LMS frameset</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body><iframe src="${escaped}" title="Course"></iframe></body>
</html>`;
}
