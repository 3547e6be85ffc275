import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assemblePackage } from '../../../src/packaging/assemble-package.ts';
import { readCourseCatalog } from '../../../src/packaging/lesson-catalog.ts';
import { readStandardMeta } from '../../../src/packaging/standard-meta.ts';
import { runPackager, type BuildFunction } from '../../../src/packaging/run-packager.ts';
import { readFolder } from '../../../src/packaging/read-folder.ts';
import { unzipFiles } from '../../../src/packaging/zip.ts';
import { fixtures, schemaValidator } from './helpers.ts';

const project = join(fixtures, 'project');
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'speakup-packager-test-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture project has bare lesson files, not a whole course: read them without the course loader's checks. */
const readCatalog = (root: string, options: { language: string }) => readCourseCatalog(root, options.language);

/** Stands in for Astro: copies the fixture build and records the options each build was given. */
function fakeBuild(seen: unknown[], from = join(fixtures, 'build')): BuildFunction {
  return async (_root, outDir, options) => {
    seen.push(options);
    cpSync(from, outDir, { recursive: true });
  };
}

describe('the packager', () => {
  it('builds each band once, from its band and language alone, and writes every valid package from that build', async () => {
    const out = temp();
    const seen: unknown[] = [];
    const lines: string[] = [];
    const validator = schemaValidator();
    const result = await runPackager({
      root: project,
      argv: ['--out', out, '--mastery-score', '70'],
      build: fakeBuild(seen),
      log: (line) => lines.push(line),
      validator: validator ?? null,
      readCatalog,
    });
    expect(result.exitCode, lines.join('\n')).toBe(0);
    // One build for the band's course and its two lessons; the pass mark is not built in, it is in the options file.
    expect(seen).toEqual([expect.objectContaining({ band: '11-13', language: 'en', masteryScore: 80, lessons: [] })]);
    expect(readdirSync(out).sort()).toEqual([
      'speak-up-course-11-13-scorm12.zip',
      'speak-up-course-11-13-scorm2004.zip',
      'speak-up-course-11-13-web.zip',
      'speak-up-getting-help-scorm12.zip',
      'speak-up-getting-help-scorm2004.zip',
      'speak-up-what-is-online-blackmail-scorm12.zip',
      'speak-up-what-is-online-blackmail-scorm2004.zip',
    ]);
    for (const report of result.reports) {
      const files = unzipFiles(readFileSync(join(out, report.fileName)));
      const expected = report.standard;
      for (const [path, data] of files) {
        if (path.endsWith('.html')) expect(readStandardMeta(new TextDecoder().decode(data)), path).toEqual([expected]);
      }
      expect(files.has('imsmanifest.xml')).toBe(expected !== 'none');
      if (validator && expected !== 'none') expect(report.schema).toBe('valid');
    }
    const table = lines.join('\n');
    expect(table).toMatch(/package\s+standard\s+helplines\s+score\s+files\s+size\s+valid/);
    expect(table).toMatch(
      /speak-up-course-11-13-web\.zip\s+web \(no LMS\)\s+NONE \(international only\)\s+none \(no LMS\)\s+7\s+[\d.]+ KB\s+yes/,
    );
    // Which packages an administrator grades by score, and which by completion.
    expect(table).toMatch(/speak-up-getting-help-scorm12\.zip\s+SCORM 1\.2\s+.*\s+yes \(pass mark 70%\)/);
    expect(table).toMatch(/speak-up-what-is-online-blackmail-scorm12\.zip\s+SCORM 1\.2\s+.*\s+no \(completion only\)/);
    expect(lines[0]).toMatch(
      /^Warning: no country is set, so Help in these packages shows only routes that work anywhere/,
    );
    const manifest = new TextDecoder().decode(
      unzipFiles(readFileSync(join(out, 'speak-up-getting-help-scorm12.zip'))).get('imsmanifest.xml'),
    );
    expect(manifest).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(manifest).toContain('<title>Speak Up: Getting help &amp; staying safe</title>');
  });

  it('gives identical zips for identical builds', async () => {
    const [a, b] = [temp(), temp()];
    for (const out of [a, b]) {
      await runPackager({
        root: project,
        argv: ['--out', out],
        build: fakeBuild([]),
        log: () => {},
        validator: null,
        readCatalog,
      });
    }
    for (const name of readdirSync(a))
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
  });

  it('exits non-zero and says why when a package is broken', async () => {
    const broken = temp();
    cpSync(join(fixtures, 'build'), broken, { recursive: true });
    writeFileSync(
      join(broken, 'getting-help.html'),
      '<!DOCTYPE html><title>no meta</title><script src="x.js"></script>',
    );
    const lines: string[] = [];
    const result = await runPackager({
      root: project,
      argv: ['--out', temp(), '--lessons', 'getting-help'],
      build: fakeBuild([], broken),
      log: (line) => lines.push(line),
      validator: null,
      readCatalog,
    });
    expect(result.exitCode).toBe(1);
    expect(lines.join('\n')).toContain(
      'page "getting-help.html" runs scripts but has no <meta name="speakup-standard">',
    );
    expect(lines.join('\n')).toMatch(
      /speak-up-course-11-13-scorm12\.zip\s+SCORM 1\.2\s+\S.*?\s+\d+\s+[\d.]+ KB\s+NO \(1\)/,
    );
  });

  it('stops before building when an option is wrong, naming the flag', async () => {
    const lines: string[] = [];
    const seen: unknown[] = [];
    const bad = await runPackager({
      root: project,
      argv: ['--lessons', 'nope'],
      build: fakeBuild(seen),
      log: (l) => lines.push(l),
      readCatalog,
    });
    expect(bad.exitCode).toBe(2);
    expect(seen).toEqual([]);
    expect(lines).toEqual([
      'Cannot package: --lessons: "nope" is not a lesson; the lessons are: what-is-online-blackmail, getting-help',
    ]);
  });

  it('stops before building when the course content is broken, through the course loader', async () => {
    const lines: string[] = [];
    const seen: unknown[] = [];
    // The fixture's lesson files lack most fields, so the real loader (the default) refuses them.
    const result = await runPackager({ root: project, argv: [], build: fakeBuild(seen), log: (l) => lines.push(l) });
    expect(result.exitCode).toBe(2);
    expect(seen).toEqual([]);
    expect(lines[0]).toMatch(/^Cannot package: \d+ problems in the course content:\n/);
    expect(lines[0]).toContain('\n  src/modules/');
  });

  it('stops at the first failed build, with the build’s message', async () => {
    const lines: string[] = [];
    const result = await runPackager({
      root: project,
      argv: ['--out', temp()],
      build: async () => {
        throw new Error('Could not resolve "./Missing.astro"');
      },
      log: (l) => lines.push(l),
      readCatalog,
      validator: null,
    });
    expect(result.exitCode).toBe(1);
    expect(lines.slice(-2)).toEqual([
      'The build of the course for ages 11-13 failed:',
      '  Could not resolve "./Missing.astro"',
    ]);
  });

  it('refuses to ship an LMS runtime inside a package', () => {
    const build = readFolder(join(fixtures, 'build'));
    build.set('_astro/lms.js', new TextEncoder().encode('api.loadFromFlattenedJSON({})'));
    const { problems } = assemblePackage(build, 'scorm12', {
      identifier: 'x',
      title: 'X',
      description: '',
      language: 'en',
      keywords: [],
    });
    expect(problems.map((p) => p.code)).toEqual(['lms-runtime']);
  });
});
