/**
 * Runs one Astro build in its own process: `node --import tsx build-worker.ts <root> <outDir>`, with the options in
 * SPEAKUP_OPTIONS. A process per build because builds in one process share Node's module cache: a module that
 * keeps state (the course loaded once per build) would carry the first build's lessons into every later one.
 */
import { build } from 'astro';

const [root, outDir, configFile] = process.argv.slice(2);
if (!root || !outDir) {
  console.error('usage: build-worker.ts <root> <outDir> [config file]');
  process.exit(2);
}
try {
  await build({ root, outDir, logLevel: 'warn', mode: 'production', ...(configFile ? { configFile } : {}) });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
