import { readdirSync } from 'node:fs';
import { budgetFor, measurePage } from '../../src/benchmark/page-weight.ts';
import { expect, test } from './fixtures.ts';

// The build the end-to-end tests serve (the web server builds dist/course/ first). Bytes are deterministic, so the
// budgets are held here; timings are only printed, by `npm run bench`.
const pages = readdirSync('dist/course').filter((name) => name.endsWith('.html'));

test.describe('page weight', () => {
  test('every page stays within its JavaScript budget (text 15 KB, scenario or quiz 100 KB, gzip)', () => {
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      const weight = measurePage('dist/course', page);
      expect(weight.jsGzip, `${page}: ${weight.jsFiles.join(', ')}`).toBeLessThanOrEqual(budgetFor(weight));
    }
  });

  test('the start page is a text page that ships no island', () => {
    expect(measurePage('dist/course', 'index.html').islands).toBe(0);
  });
});
