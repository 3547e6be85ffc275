/**
 * `npm run bench`: what each page of the build (dist/course/) costs a learner's device.
 *  - JavaScript and CSS each page loads, gzip, against the budgets (text pages 15 KB, scenario or quiz pages 100 KB);
 *    deterministic, so the end-to-end suite holds the same budgets (tests/e2e/weight.spec.ts).
 *  - Time to first text (first contentful paint) in Chromium with the CPU slowed four times, served from an LMS path:
 *    the median of five loads per page. Timing is printed, never asserted: it depends on the machine.
 * Flags: --runs N (default 5), --no-timing (weights only).
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { budgetFor, measurePage } from '../src/benchmark/page-weight.ts';
import { startPreviewServer } from '../src/lms-preview/server.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';

const dist = 'dist/course';
if (!existsSync(`${dist}/index.html`)) {
  console.error('No build in dist/course/: run `npx astro build` first (npm run bench does).');
  process.exit(1);
}
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const timing = !args.includes('--no-timing');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const pages = readdirSync(dist)
  .filter((name) => name.endsWith('.html'))
  .sort();
const weights = pages.map((page) => measurePage(dist, page));

async function firstTextMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        // A page with nothing to paint (the blank exit page) never has a first contentful paint.
        setTimeout(() => resolve(Number.NaN), 5000);
      }),
  );
  await context.close();
  return fcp;
}

const times = new Map<string, number>();
if (timing) {
  const server = await startPreviewServer({ port: 0, root: dist });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const page of pages.filter((name) => name !== 'exit.html')) {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await firstTextMs(browser, `${server.contentUrl}${page}`));
      samples.sort((a, b) => a - b);
      times.set(page, samples[Math.floor(samples.length / 2)] ?? Number.NaN);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

let over = 0;
const rows = weights.map((w) => {
  const budget = budgetFor(w);
  const ok = w.jsGzip <= budget;
  if (!ok) over++;
  const time = times.get(w.page);
  return [
    w.page,
    w.islands > 0 ? 'interactive' : 'text',
    `${kb(w.jsGzip)} / ${kb(budget)}${ok ? '' : ' OVER'}`,
    kb(w.cssGzip),
    kb(w.htmlGzip),
    time === undefined || Number.isNaN(time) ? '-' : `${Math.round(time)} ms`,
  ];
});
const header = ['page', 'kind', 'JS gzip / budget', 'CSS gzip', 'HTML gzip', `first text (CPU x4, median of ${runs})`];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
if (over > 0) {
  console.error(`\n${over} page(s) over their JavaScript budget.`);
  process.exit(1);
}
