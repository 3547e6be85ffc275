import { readdirSync, readFileSync } from 'node:fs';
import { budgetFor, measurePage } from '../../tools/benchmark/page-weight.ts';
import { expect, test } from './fixtures.ts';

// The build the end-to-end tests serve (the web server builds dist/course/ first). Bytes are deterministic, so the
// budgets are held here; timings are only printed, by `npm run bench`.
const pages = readdirSync('dist/course').filter((name) => name.endsWith('.html'));

test.describe('page weight', () => {
  test('every page stays within its JavaScript budgets (first screen 15 KB; chat 110 KB, quiz 100 KB in all, gzip)', () => {
    expect(pages.length).toBeGreaterThan(4);
    const kinds = new Set<string>();
    for (const page of pages) {
      const weight = measurePage('dist/course', page);
      const budget = budgetFor(weight);
      kinds.add(weight.kind);
      expect(weight.firstScreenJsGzip, `${page}: first screen`).toBeLessThanOrEqual(budget.firstScreen);
      expect(weight.jsGzip, `${page} (${weight.kind}): ${weight.jsFiles.join(', ')}`).toBeLessThanOrEqual(budget.total);
    }
    expect([...kinds].sort()).toEqual(['quiz', 'scenario', 'text']);
  });

  test('the start page is a text page that ships no island', () => {
    expect(measurePage('dist/course', 'index.html').kind).toBe('text');
  });

  test('the pages with a chat run XState in the browser', () => {
    const chats = pages.map((page) => measurePage('dist/course', page)).filter((weight) => weight.kind === 'scenario');
    expect(chats.length).toBeGreaterThan(0);
    for (const weight of chats) {
      const code = weight.jsFiles.map((file) => readFileSync(`dist/course/${file}`, 'utf8')).join('\n');
      // XState's own event names, which only its runtime holds.
      expect(code, weight.page).toContain('xstate.init');
    }
  });
});
