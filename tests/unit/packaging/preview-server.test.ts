import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_BASE, startPreviewServer, type PreviewServer } from '../../../tools/lms-preview/server.ts';
import type { LearnerState, PreviewConfig } from '../../../tools/lms-preview/types.ts';
import { assemblePackage } from '../../../src/packaging/assemble-package.ts';
import { readFolder } from '../../../src/packaging/read-folder.ts';
import { readStandardMeta } from '../../../src/packaging/standard-meta.ts';
import { zipFiles } from '../../../src/packaging/zip.ts';
import { fixtures } from './helpers.ts';

let server: PreviewServer;
beforeAll(async () => {
  server = await startPreviewServer({ port: 0, root: join(fixtures, 'preview-course') });
}, 30_000);
afterAll(() => server.close());

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });
const post = (path: string, body: unknown) => get(path, { method: 'POST', body: JSON.stringify(body) });

describe('the LMS preview server', () => {
  it('serves the preview page, its script and its style, all from this server', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>LMS preview</h1>');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const script = await get('/lms/preview.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await script.text()).length).toBeGreaterThan(10_000);
    expect((await get('/lms/preview.css')).status).toBe(200);
  });

  it('serves the course under the deep LMS path, announcing the chosen standard', async () => {
    const redirect = await get(CONTENT_BASE);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`${CONTENT_BASE}index.html`);
    const plain = await (await get(`${CONTENT_BASE}index.html`)).text();
    expect(readStandardMeta(plain)).toEqual(['auto']);
    const chosen = await get(`${CONTENT_BASE}index.html`, { headers: { cookie: 'lms-preview-standard=scorm2004' } });
    expect(chosen.headers.get('cache-control')).toBe('no-store');
    expect(readStandardMeta(await chosen.text())).toEqual(['scorm2004']);
    expect((await get(`${CONTENT_BASE}course.js`)).headers.get('content-type')).toContain('javascript');
  });

  it('never serves a file outside the course', async () => {
    expect((await get(`${CONTENT_BASE}%2e%2e/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await get(`${CONTENT_BASE}missing.html`)).status).toBe(404);
  });

  it('stores commits per learner and standard, and refuses the next N of them when asked to', async () => {
    const commit = { cmi: { core: { lesson_location: 'p2', exit: 'suspend' } } };
    const ok = await post('/lms/api/commit/scorm12?learner=a&commit=c1', commit);
    expect(await ok.json()).toEqual({ result: true, errorCode: 0 });
    await post('/lms/api/faults?learner=a', { failCommits: 2 });
    expect((await post('/lms/api/commit/scorm12?learner=a&commit=c2&terminate=true', commit)).status).toBe(500);
    const state = (await (await get('/lms/api/state?learner=a')).json()) as LearnerState;
    expect(state.faults.failCommits).toBe(1);
    expect((await post('/lms/api/commit/scorm12?learner=a&commit=c3', commit)).status).toBe(500);
    expect((await post('/lms/api/commit/scorm12?learner=a&commit=c4', commit)).status).toBe(200);
    const after = (await (await get('/lms/api/state?learner=a')).json()) as LearnerState;
    expect(after.stored.scorm12).toMatchObject({ cmi: commit.cmi, count: 2, terminate: false });
    expect(after.commitLog.map((e) => [e.id, e.status, e.terminate])).toEqual([
      ['c1', 200, false],
      ['c2', 500, true],
      ['c3', 500, false],
      ['c4', 200, false],
    ]);
    const other = (await (await get('/lms/api/state?learner=b')).json()) as LearnerState;
    expect(other.stored).toEqual({});
    await post('/lms/api/reset/scorm12?learner=a', {});
    expect(((await (await get('/lms/api/state?learner=a')).json()) as LearnerState).stored).toEqual({});
    expect((await get('/lms/api/state?learner=a%20b')).status).toBe(400);
  });

  it('answers commits late when asked to, and says what is wrong with a bad fault', async () => {
    await post('/lms/api/faults?learner=slow', { commitDelayMs: 300 });
    const started = Date.now();
    expect((await post('/lms/api/commit/scorm2004?learner=slow&commit=s1', { cmi: {} })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const bad = await post('/lms/api/faults?learner=slow', { failCommits: 'yes' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'failCommits must be a whole number from -1 (every commit) to 1000' });
  });

  it('says clearly when its port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startPreviewServer({ port, root: join(fixtures, 'preview-course') })).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use`,
    );
  });

  it('serves a built package from memory, with what its manifest says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speakup-preview-test-'));
    try {
      const { files } = assemblePackage(readFolder(join(fixtures, 'preview-course')), 'scorm12', {
        identifier: 'fixture',
        title: 'Fixture course',
        description: '',
        language: 'en',
        keywords: [],
        masteryScore: 70,
      });
      const zip = join(dir, 'fixture-scorm12.zip');
      writeFileSync(zip, zipFiles(files));
      const packaged = await startPreviewServer({ port: 0, packagePath: zip });
      try {
        const config = (await (await fetch(new URL('/lms/api/config', packaged.url))).json()) as PreviewConfig;
        expect(config).toMatchObject({
          launch: 'index.html',
          builtFor: 'scorm12',
          masteryScore: 70,
          title: 'Fixture course',
        });
        const html = await (
          await fetch(`${packaged.contentUrl}index.html`, { headers: { cookie: 'lms-preview-standard=scorm2004' } })
        ).text();
        // A package keeps the standard it was built for.
        expect(readStandardMeta(html)).toEqual(['scorm12']);
      } finally {
        await packaged.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves a build with a course per band, each launched on its own with its own store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speakup-preview-bands-'));
    try {
      for (const band of ['14-18', '7-10', '11-13'])
        cpSync(join(fixtures, 'preview-course'), join(dir, band), { recursive: true });
      const bands = await startPreviewServer({ port: 0, root: dir });
      try {
        const config = async (query = '') =>
          (await (await fetch(new URL(`/lms/api/config${query}`, bands.url))).json()) as PreviewConfig;
        // The youngest band first; 11-13 launched when no course is asked for.
        expect((await config()).courses.map((c) => c.id)).toEqual(['7-10', '11-13', '14-18']);
        expect(await config()).toMatchObject({ course: '11-13', launch: '11-13/index.html' });
        expect(await config('?course=7-10')).toMatchObject({ course: '7-10', launch: '7-10/index.html' });
        const page = await fetch(`${bands.contentUrl}7-10/index.html`);
        expect(page.status).toBe(200);
        // What one band's course stored is not another's.
        await fetch(new URL('/lms/api/commit/scorm12?learner=b&course=7-10&commit=c1', bands.url), {
          method: 'POST',
          body: JSON.stringify({ cmi: { core: { lesson_location: 'x.html' } } }),
        });
        const state = async (course: string) =>
          (await (await fetch(new URL(`/lms/api/state?learner=b&course=${course}`, bands.url))).json()) as LearnerState;
        expect((await state('7-10')).stored.scorm12).toBeDefined();
        expect((await state('11-13')).stored.scorm12).toBeUndefined();
      } finally {
        await bands.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start without a build', async () => {
    await expect(startPreviewServer({ port: 0, root: join(fixtures, 'nowhere') })).rejects.toThrow(
      'No course build in',
    );
  });
});
