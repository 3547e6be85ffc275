/** `npm run audit:deps`: the verdict of verdict.ts on `npm audit --omit=dev`; exit 1 on a serious advisory. */
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './verdict.ts';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
const verdict = auditVerdict(run.stdout || run.stderr || '');
const say = verdict.kind === 'clean' ? console.log : console.warn;
say(`dependency audit: ${verdict.message}`);
process.exit(verdict.kind === 'vulnerable' ? 1 : 0);
