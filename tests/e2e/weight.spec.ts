import { readFileSync } from 'node:fs';
import { budgetFor, measurePage } from '../../tools/benchmark/page-weight.ts';
import { builtCourses } from './built-courses.ts';
import { expect, test } from './fixtures.ts';

// The builds the end-to-end tests serve (the web server runs npm run build first). Bytes are deterministic, so the
// budgets are held here; timings are only printed, by `npm run bench`.
test.describe('page weight', () => {
  test('every page of every band stays within its JavaScript budgets (first screen 15 KB; chat 110 KB, quiz 100 KB in all, gzip)', () => {
    const kinds = new Set<string>();
    for (const course of builtCourses) {
      expect(course.pages.length, course.band).toBeGreaterThan(3);
      for (const page of course.pages) {
        const weight = measurePage(course.dir, page);
        const budget = budgetFor(weight);
        kinds.add(weight.kind);
        const where = `${course.band}/${page}`;
        expect(weight.firstScreenJsGzip, `${where}: first screen`).toBeLessThanOrEqual(budget.firstScreen);
        expect(weight.jsGzip, `${where} (${weight.kind}): ${weight.jsFiles.join(', ')}`).toBeLessThanOrEqual(
          budget.total,
        );
      }
    }
    expect([...kinds].sort()).toEqual(['quiz', 'scenario', 'text']);
  });

  test('the start page of every band is a text page that ships no island', () => {
    for (const course of builtCourses) expect(measurePage(course.dir, 'index.html').kind, course.band).toBe('text');
  });

  test('the pages with a chat run XState in the browser', () => {
    for (const course of builtCourses) {
      const chats = course.pages.map((page) => measurePage(course.dir, page)).filter((w) => w.kind === 'scenario');
      expect(chats.length, course.band).toBeGreaterThan(0);
      for (const weight of chats) {
        const code = weight.jsFiles.map((file) => readFileSync(`${course.dir}/${file}`, 'utf8')).join('\n');
        // XState's own event names, which only its runtime holds.
        expect(code, weight.page).toContain('xstate.init');
      }
    }
  });
});
