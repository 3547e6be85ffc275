import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { unzipFiles, zipEntryNames, zipFiles } from '../../../src/packaging/zip.ts';
import { projectRoot } from './helpers.ts';

const text = (s: string) => new TextEncoder().encode(s);

function files(order: string[]): Map<string, Uint8Array> {
  const all: Record<string, Uint8Array> = {
    'index.html': text('<!DOCTYPE html><title>x</title>'),
    'imsmanifest.xml': text('<manifest/>'),
    '_astro/page.js': text('console.log(1)'.repeat(50)),
    'Zebra.html': text('z'),
    'img/logo.png': new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
  };
  return new Map(order.map((name) => [name, all[name] ?? new Uint8Array()]));
}

describe('deterministic zips', () => {
  it('give identical bytes for the same files, whatever their insertion order', () => {
    const a = zipFiles(files(['index.html', 'imsmanifest.xml', '_astro/page.js', 'Zebra.html', 'img/logo.png']));
    const b = zipFiles(files(['img/logo.png', 'Zebra.html', '_astro/page.js', 'imsmanifest.xml', 'index.html']));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('store entries sorted, manifest at the root, no folders', () => {
    const zip = zipFiles(files(['index.html', 'imsmanifest.xml', '_astro/page.js', 'Zebra.html', 'img/logo.png']));
    expect(zipEntryNames(zip)).toEqual([
      'Zebra.html',
      '_astro/page.js',
      'img/logo.png',
      'imsmanifest.xml',
      'index.html',
    ]);
    const back = unzipFiles(zip);
    expect(new TextDecoder().decode(back.get('imsmanifest.xml'))).toBe('<manifest/>');
    expect([...back.keys()].some((k) => k.endsWith('/'))).toBe(false);
  });

  it('do not depend on the clock or the time zone', () => {
    // Same files zipped in another process with another TZ and a different current time must match byte for byte.
    const script = `
      import { zipFiles } from './src/packaging/zip.ts';
      const enc = new TextEncoder();
      const zip = zipFiles(new Map([['index.html', enc.encode('hello')], ['a/b.js', enc.encode('x')]]));
      process.stdout.write(Buffer.from(zip).toString('base64'));`;
    const run = (tz: string) =>
      // node itself with tsx's loader, not npx: npx alone takes seconds to start on a busy machine.
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, TZ: tz },
      }).stdout;
    const local = Buffer.from(
      zipFiles(
        new Map([
          ['index.html', text('hello')],
          ['a/b.js', text('x')],
        ]),
      ),
    ).toString('base64');
    const tokyo = run('Asia/Tokyo');
    const honolulu = run('Pacific/Honolulu');
    expect(tokyo).toBe(local);
    expect(honolulu).toBe(local);
    // Two Node processes start here: about 1 s each on a quiet machine.
  }, 15_000);
});
