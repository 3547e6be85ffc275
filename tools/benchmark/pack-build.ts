import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackageReport } from '../../src/packaging/report-table.ts';
import { runPackager } from '../../src/packaging/run-packager.ts';

/**
 * `npm run package -- --build-dir <buildDir>` for real, into a temporary folder removed afterwards: every package of
 * every band that is built there, packed from that build (no build of its own). Sizes are the zips' bytes, which do
 * not depend on the machine; `validate: false` leaves out the official schemas' check, the slow part.
 */
export async function packBuild(
  buildDir: string,
  { validate }: { validate: boolean },
): Promise<{ exitCode: number; reports: PackageReport[]; log: string[]; seconds: number }> {
  const out = mkdtempSync(join(tmpdir(), 'speakup-pack-build-'));
  const log: string[] = [];
  const started = performance.now();
  try {
    const { exitCode, reports } = await runPackager({
      root: process.cwd(),
      argv: ['--out', out, '--build-dir', buildDir],
      build: () => Promise.reject(new Error('--build-dir: nothing is built')),
      log: (line) => log.push(line),
      ...(validate ? {} : { validator: null }),
    });
    return { exitCode, reports, log, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
