import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { OPTIONS_ENV, type BuildOptions } from '../course/options.ts';

const WORKER = fileURLToPath(new URL('./build-worker.ts', import.meta.url));

/**
 * Builds the course with these options into `outDir` through Astro's programmatic API (`build(inlineConfig)`,
 * experimental in Astro 5), in a child process (see build-worker.ts for why). The options travel in
 * SPEAKUP_OPTIONS, as the course integration expects. Rejects with Astro's own message when the build fails;
 * warnings of a build that succeeds are passed on to stderr.
 */
export function buildScope(
  root: string,
  outDir: string,
  options: BuildOptions,
  /** Another Astro config than the course's: the teacher site's (astro.teacher.config.mjs). */
  configFile?: string,
): Promise<void> {
  const env = {
    ...process.env,
    [OPTIONS_ENV]: JSON.stringify(options),
    // Astro's build records a telemetry event; nothing may leave the machine.
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, root, outDir, ...(configFile ? [configFile] : [])],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // Astro colours its log lines; the packager's own log is plain text.
      // eslint-disable-next-line no-control-regex
      const text = output.replace(/\u001b\[[0-9;]*m/g, '').trim();
      if (code === 0) {
        if (text) process.stderr.write(`${text}\n`);
        resolve();
      } else {
        reject(new Error(text || `astro build exited with code ${String(code)}`));
      }
    });
  });
}
