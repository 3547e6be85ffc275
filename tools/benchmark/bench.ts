/**
 * `npm run bench`: what the course costs a learner's device, an LMS and a school, built fresh (dist/course/<band>/,
 * every band).
 *  - The build: `npx tsx scripts/build.ts`, timed (skip it with --no-build to measure the build already there).
 *  - Per page: JavaScript of the first screen and of the whole page, and CSS, gzip, against the budgets (budgets.ts);
 *    time to first text (first contentful paint), CPU slowed four times, served from an LMS path: median of --runs
 *    loads; and on a page with a chat, the time from the chat scrolled into view, as soon as the page has loaded,
 *    until its first choice works (clicked at once, and taken): median of --runs loads. Target: at most 300 ms.
 *  - The size of every package `npm run package` makes (each band's whole course as SCORM 1.2, 2004 and web, each
 *    lesson as 1.2 and 2004), packed for real from the build into a temporary folder and checked against the
 *    official schemas, and the time that takes (the build aside); the whole-course packages against their budget.
 *  - The largest suspend_data of each band's course (largestState, encoded as the course encodes it), per SCORM
 *    version, against the budget and the version's limit.
 *  - A full run through the 7-10 course in the built-in LMS, per SCORM version (tests/e2e/full-run.ts, in-lms.ts), closed at
 *    the end: API calls, commits during the run against one per completed unit, commits on page hide
 *    (lms-traffic.ts), and the suspend_data the LMS holds.
 * Prints a table of the pages and one of the rest, and writes every figure to dist/bench.json. Figures that do not
 * depend on the machine have budgets, which the tests hold too; timings are printed, never asserted.
 * Exits 1 when a figure is over its budget or could not be measured.
 * Flags: --runs N (default 5); --no-timing (no timing figures: no build time, no page timings, no packing time; the
 * sizes, suspend_data and the full runs' counts are still measured); --no-build.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { loadBands } from '../../src/course/load-bands.ts';
import { buildOptionsSchema } from '../../src/course/options.ts';
import { formatTable } from '../../src/packaging/report-table.ts';
import { STANDARD_LABELS } from '../../src/packaging/standards.ts';
import { largestSuspendData } from '../../src/tracking/largest-state.ts';
import { scorm12 } from '../../src/tracking/scorm12-data.ts';
import { scorm2004 } from '../../src/tracking/scorm2004-data.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/e2e/chromium.ts';
import { playFullRun } from '../../tests/e2e/full-run.ts';
import { openLms, STANDARDS, type Standard } from '../../tests/e2e/in-lms.ts';
import { coursesIn } from '../lms-preview/content-source.ts';
import { startPreviewServer } from '../lms-preview/server.ts';
import { SUSPEND_DATA_MAX_CHARS, WHOLE_COURSE_PACKAGE_MAX_BYTES } from './budgets.ts';
import { closeAndCount, describeCommits, type LaunchTraffic } from './lms-traffic.ts';
import { packBuild } from './pack-build.ts';
import { budgetFor, measurePage } from './page-weight.ts';

const dist = 'dist/course';
const RESULTS = 'dist/bench.json';
/** The full run goes through the shortest course: every band's course reports to the LMS the same way. */
const FULL_RUN_BAND = '7-10';
const LIMITS: Record<Standard, number> = { scorm12: scorm12.suspendLimit, scorm2004: scorm2004.suspendLimit };

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const timing = !args.includes('--no-timing');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const int = (n: number) => n.toLocaleString('en-GB');
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;
const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '-' : `${Math.round(value)} ms`;
/** Figures over their budget and measurements that failed, in words: printed at the end, and the exit code. */
const over: string[] = [];

let buildSeconds: number | undefined;
if (!args.includes('--no-build')) {
  console.log('Building (npx tsx scripts/build.ts)...');
  const started = performance.now();
  const build = spawnSync('npx', ['tsx', 'scripts/build.ts'], { encoding: 'utf8' });
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(`The build failed (exit ${String(build.status)}):\n${build.stdout}${build.stderr}`);
    process.exit(1);
  }
}
const bands = coursesIn(dist).filter((band) => band !== '');
if (bands.length === 0) {
  console.error('No build in dist/course/<band>/: run without --no-build, or `npm run build` first.');
  process.exit(1);
}

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

const courses = loadBands(process.cwd(), buildOptionsSchema.parse({})).bands.filter(({ band }) => bands.includes(band));
const fullRunCourse = courses.find(({ band }) => band === FULL_RUN_BAND)?.course;

const times = new Map<string, number>();
const choiceTimes = new Map<string, number>();
const fullRuns: (LaunchTraffic & { band: string; standard: Standard })[] = [];
const server = await startPreviewServer({ port: 0, root: dist });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  if (timing) {
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
  }
  if (fullRunCourse) {
    for (const standard of STANDARDS) {
      // CPU at full speed: the counts do not depend on it, and the run is long.
      const context = await browser.newContext({ baseURL: server.url });
      try {
        const page = await context.newPage();
        const units = await playFullRun(await openLms(page, standard, 'frame', FULL_RUN_BAND), fullRunCourse);
        fullRuns.push({ band: FULL_RUN_BAND, standard, ...(await closeAndCount(page, units)) });
      } finally {
        await context.close();
      }
    }
  } else {
    over.push(`no full run: the course for ages ${FULL_RUN_BAND} is not built or does not load`);
  }
} finally {
  await browser.close();
  await server.close();
}

const pageRows = weights.map((w) => {
  const budget = budgetFor(w);
  const firstOk = w.firstScreenJsGzip <= budget.firstScreen;
  const totalOk = w.jsGzip <= budget.total;
  if (!firstOk) over.push(`${w.page}: first-screen JS ${kb(w.firstScreenJsGzip)}, budget ${kb(budget.firstScreen)}`);
  if (!totalOk) over.push(`${w.page}: all JS ${kb(w.jsGzip)}, budget ${kb(budget.total)}`);
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
console.log(
  formatTable(
    [
      'page',
      'kind',
      'first-screen JS / budget',
      'all JS / budget',
      'CSS',
      'HTML',
      `first text (CPU x4, median of ${runs})`,
      'first choice works (CPU x4)',
    ],
    pageRows,
  ),
);

// Sizes do not depend on the machine, and packing from the build takes seconds: measured even with --no-timing,
// then without the schema checks, which only the packing time (as `npm run package` spends it) needs.
const packed = await packBuild(dist, { validate: timing });
if (packed.exitCode !== 0) over.push(`npm run package -- --build-dir ${dist} failed:\n${packed.log.join('\n')}`);

const suspendData = courses.flatMap(({ band, course }) =>
  STANDARDS.map((standard) => ({
    band,
    standard,
    // One encoding for both versions (src/tracking/suspend-data.ts): the same length, each version's own limit.
    chars: largestSuspendData(course.structure).length,
    limit: LIMITS[standard],
  })),
);

const rows: string[][] = [];
if (buildSeconds !== undefined && timing) {
  rows.push([
    'build time',
    'npx tsx scripts/build.ts (every band, the teacher site)',
    `${buildSeconds.toFixed(1)} s`,
    '-',
  ]);
}
if (choiceTimes.size > 0) {
  const slowest = Math.max(...choiceTimes.values());
  rows.push(['first choice works, slowest chat', `CPU x4, median of ${runs}`, ms(slowest), 'target 300 ms']);
}
for (const report of packed.reports) {
  const whole = report.scope === 'course';
  const isOver = whole && report.bytes > WHOLE_COURSE_PACKAGE_MAX_BYTES;
  if (isOver) {
    over.push(`${report.fileName}: ${int(report.bytes)} bytes, budget ${int(WHOLE_COURSE_PACKAGE_MAX_BYTES)}`);
  }
  rows.push([
    whole ? 'package size, whole course' : 'package size, one lesson',
    report.fileName,
    `${int(report.bytes)} B (${kb(report.bytes)})`,
    whole ? `${int(WHOLE_COURSE_PACKAGE_MAX_BYTES)} B${isOver ? ' OVER' : ''}` : '-',
  ]);
}
if (timing) {
  rows.push([
    'packing time',
    `npm run package -- --build-dir ${dist} (${packed.reports.length} packages, schema checks)`,
    `${packed.seconds.toFixed(1)} s`,
    '-',
  ]);
}
for (const s of suspendData) {
  const isOver = s.chars > SUSPEND_DATA_MAX_CHARS;
  if (isOver) over.push(`suspend_data of ${s.band}: ${s.chars} characters, budget ${int(SUSPEND_DATA_MAX_CHARS)}`);
  rows.push([
    'suspend_data, largest state',
    `${s.band}, ${STANDARD_LABELS[s.standard]}`,
    `${int(s.chars)} chars`,
    `${int(SUSPEND_DATA_MAX_CHARS)} (LMS keeps ${int(s.limit)})${isOver ? ' OVER' : ''}`,
  ]);
}
for (const run of fullRuns) {
  const of = `full run ${run.band}, ${STANDARD_LABELS[run.standard]}`;
  const { lessons, scenarios, quizzes } = run.units;
  const isOver = run.commitsInRun > run.commitBudget;
  if (isOver) over.push(`${of}: ${describeCommits(run)}`);
  rows.push(
    ['API calls', of, `${run.apiCalls} (+ ${run.errorQueries} error queries)`, '-'],
    [
      'commits during the run',
      `${of}: ${lessons} lessons, ${scenarios} scenarios, ${quizzes} quizzes`,
      String(run.commitsInRun),
      `${run.commitBudget} (1 per unit)${isOver ? ' OVER' : ''}`,
    ],
    ['commits on page hide', `${of}: close, Terminate included`, String(run.commitsOnPageHide), '-'],
    ['suspend_data after the run', of, `${int(run.suspendDataChars)} chars`, '-'],
  );
}
console.log(`\n${formatTable(['figure', 'of', 'value', 'budget'], rows, [2])}`);

writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      timing,
      runs,
      budgets: { wholeCoursePackageBytes: WHOLE_COURSE_PACKAGE_MAX_BYTES, suspendDataChars: SUSPEND_DATA_MAX_CHARS },
      buildSeconds: timing ? buildSeconds : undefined,
      pages: weights.map(({ page, kind, firstScreenJsGzip, jsGzip, cssGzip, htmlGzip }, i) => ({
        page,
        kind,
        firstScreenJsGzip,
        jsGzip,
        cssGzip,
        htmlGzip,
        budget: budgetFor(weights[i]!),
        firstTextMs: times.get(page),
        firstChoiceMs: choiceTimes.get(page),
      })),
      packagingSeconds: timing ? packed.seconds : undefined,
      packages: packed.reports.map(({ fileName, band, scope, standard, bytes, schema }) => ({
        fileName,
        band,
        scope,
        standard,
        bytes,
        schema,
      })),
      suspendData,
      fullRuns,
      over,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nEvery figure is in ${RESULTS}.`);
if (over.length > 0) {
  console.error(`\nOver budget or not measured:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
