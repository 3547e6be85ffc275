/**
 * `npm run bench`: what each page of the build (dist/course/<band>/, every band) costs a learner's device.
 *  - JavaScript of the first screen and of the whole page, and CSS, gzip, against the budgets (first screen 15 KB;
 *    a page with a chat 110 KB, with only a quiz 100 KB); deterministic, so the end-to-end suite holds the same
 *    budgets (tests/e2e/weight.spec.ts).
 *  - Time to first text (first contentful paint), CPU slowed four times, served from an LMS path: median of five loads.
 *  - Time from a chat scrolled into view, as soon as the page has loaded, until its first choice works (clicked at
 *    once, and taken), CPU slowed four times: median of five loads, per page with a chat. Target: at most 300 ms.
 *  - The time `npm run package` takes for every band and lesson (one build per band, every zip from it, each checked
 *    against the official schemas where the validator is), run for real into a temporary folder.
 * Timings are printed, never asserted: they depend on the machine.
 * Flags: --runs N (default 5), --no-timing (weights only, and no packaging run).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coursesIn } from '../lms-preview/content-source.ts';
import { startPreviewServer } from '../lms-preview/server.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/e2e/chromium.ts';
import { budgetFor, measurePage } from './page-weight.ts';

const dist = 'dist/course';
const bands = coursesIn(dist).filter((band) => band !== '');
if (bands.length === 0) {
  console.error('No build in dist/course/<band>/: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const timing = !args.includes('--no-timing');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;

const weights = bands.flatMap((band) =>
  readdirSync(`${dist}/${band}`)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((page) => ({ ...measurePage(`${dist}/${band}`, page), page: `${band}/${page}` })),
);

async function slowPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { page, close: () => context.close() };
}

async function firstTextMs(browser: Browser, url: string): Promise<number> {
  const { page, close } = await slowPage(browser);
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
  await close();
  return fcp;
}

/**
 * A learner who scrolls straight to the chat as soon as the page has loaded and clicks its first choice at once: the
 * time from that scroll until the choice is taken (its feedback shows). The chat may not have hydrated yet; a click
 * kept by the page then counts until the island takes it.
 */
async function firstChoiceMs(browser: Browser, url: string): Promise<unknown> {
  const { page, close } = await slowPage(browser);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'load' });
  // A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
  const ms = await page.evaluate(`new Promise((resolve) => {
    const button = document.querySelector('[data-scenario] .scenario-choice');
    const chat = button.closest('[data-scenario]');
    chat.scrollIntoView();
    const start = performance.now();
    button.click();
    (function poll() {
      if (chat.querySelector('.scenario-feedback, .scenario-ending')) resolve(performance.now() - start);
      else requestAnimationFrame(poll);
    })();
    setTimeout(() => resolve(NaN), 10000);
  })`);
  await close();
  return ms;
}

const times = new Map<string, number>();
const choiceTimes = new Map<string, number>();
if (timing) {
  const server = await startPreviewServer({ port: 0, root: dist });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const weight of weights.filter((w) => !w.page.endsWith('/exit.html'))) {
      const url = `${server.contentUrl}${weight.page}`;
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await firstTextMs(browser, url));
      times.set(weight.page, median(samples));
      if (weight.kind !== 'scenario') continue;
      const clicks: number[] = [];
      for (let i = 0; i < runs; i++) clicks.push(Number(await firstChoiceMs(browser, url)));
      choiceTimes.set(weight.page, median(clicks));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

let over = 0;
const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '-' : `${Math.round(value)} ms`;
const rows = weights.map((w) => {
  const budget = budgetFor(w);
  const firstOk = w.firstScreenJsGzip <= budget.firstScreen;
  const totalOk = w.jsGzip <= budget.total;
  if (!firstOk || !totalOk) over++;
  return [
    w.page,
    w.kind,
    `${kb(w.firstScreenJsGzip)} / ${kb(budget.firstScreen)}${firstOk ? '' : ' OVER'}`,
    `${kb(w.jsGzip)} / ${kb(budget.total)}${totalOk ? '' : ' OVER'}`,
    kb(w.cssGzip),
    kb(w.htmlGzip),
    ms(times.get(w.page)),
    ms(choiceTimes.get(w.page)),
  ];
});
const header = [
  'page',
  'kind',
  'first-screen JS / budget',
  'all JS / budget',
  'CSS',
  'HTML',
  `first text (CPU x4, median of ${runs})`,
  'first choice works (CPU x4)',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
if (timing) {
  const out = mkdtempSync(join(tmpdir(), 'speakup-bench-packages-'));
  const started = performance.now();
  const run = spawnSync('npx', ['tsx', 'scripts/package.ts', '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const zips = readdirSync(out).filter((name) => name.endsWith('.zip')).length;
  rmSync(out, { recursive: true, force: true });
  console.log(
    run.status === 0
      ? `\nnpm run package, every band and lesson: ${zips} packages in ${seconds.toFixed(1)} s`
      : `\nnpm run package failed (exit ${String(run.status)}):\n${run.stdout}${run.stderr}`,
  );
}
if (over > 0) {
  console.error(`\n${over} page(s) over their JavaScript budget.`);
  process.exit(1);
}
