import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { BAND_CORE_MESSAGES, COVERAGE_FILE, coverageTable, uncovered } from '../../../src/course/coverage.ts';
import { loadBands } from '../../../src/course/load-bands.ts';
import { buildOptionsSchema } from '../../../src/course/options.ts';

const options = buildOptionsSchema.parse({});
const CONTENT = ['src/modules', 'src/scenarios', 'src/i18n', 'src/help/helplines', 'src/illustrations'];
let copy = '';
afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

describe('core messages practised, per band', () => {
  const { bands, problems } = loadBands(process.cwd(), options);

  it('every band practises each message it must, in a scenario choice and in a quiz question', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(bands.map((b) => b.band)).toEqual(['7-10', '11-13', '14-18']);
    for (const { band, parts } of bands) expect(uncovered(band, parts), band).toEqual({ scenario: [], quiz: [] });
    expect(BAND_CORE_MESSAGES['14-18']).toHaveLength(8);
  });

  it(`the table in ${COVERAGE_FILE} is the one the content gives (npm run coverage writes it)`, () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(coverageTable(bands));
  });

  it('a band whose chats stop practising a message is refused, naming the band and the message', () => {
    copy = mkdtempSync(join(tmpdir(), 'speakup-coverage-'));
    for (const dir of CONTENT) cpSync(dir, join(copy, dir), { recursive: true });
    // Every 7-10 chat's "keep the evidence" choices retagged: the band no longer practises it in a chat.
    for (const id of readdirSync(join(copy, 'src/scenarios'))) {
      const file = join(copy, 'src/scenarios', id, 'scenario.yaml');
      const text = readFileSync(file, 'utf8');
      if (/^ageBands: \[7-10\]/m.test(text)) {
        writeFileSync(file, text.replaceAll('practises: keep-evidence', 'practises: tell-trusted-adult'));
      }
    }
    // Only the band under test is loaded: each band's load checks every file again.
    expect(loadBands(copy, { ...options, band: '7-10' }).problems.map(formatProblem)).toEqual([
      'src/modules/ (ages 7-10): no scenario choice practises "keep-evidence", which every course for ages 7-10 must practise (tag a choice with practises:)',
    ]);
  });
});
