/**
 * `npm run package`: builds the course once per scope (the whole course, each lesson) and packs each build as
 * SCORM 1.2, SCORM 2004 and (whole course only) a plain web zip, in dist/packages/. See --help.
 */
import { fileURLToPath } from 'node:url';
import { buildScope } from '../src/packaging/build-scope.ts';
import { runPackager } from '../src/packaging/run-packager.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const { exitCode } = await runPackager({
  root,
  argv: process.argv.slice(2),
  build: (projectRoot, outDir, options) => buildScope(projectRoot, outDir, options),
  log: (line) => console.log(line),
});
if (exitCode !== 2) console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = exitCode;
