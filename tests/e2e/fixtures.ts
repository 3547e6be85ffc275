import { applyPackageOptions, readPackageOptions } from '../../src/course-model/package-options.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type AxeCore from 'axe-core';
import type { AgeBand } from '../../src/course-model/core-messages.ts';
import { emptyState, type CourseState } from '../../src/course-state/state.ts';
import type { CourseStructure } from '../../src/course-model/structure.ts';
import { encodeState } from '../../src/tracking/suspend-data.ts';

/** Where the built-in LMS serves the build: a deep, Moodle-like path, so relative URLs are really tested. */
export const CONTENT_ROOT = '/pluginfile.php/17/mod_scorm/content/3/';
/** `npm run build` builds a course per age band, each in its own folder. */
export const BUILD_ROOT = 'dist/course';
export const courseUrl = (band: AgeBand) => `${CONTENT_ROOT}${band}/`;
export const buildDir = (band: AgeBand) => `${BUILD_ROOT}/${band}`;
/** The 11-13 course, which most tests of the shell, the LMS and the engines use. */
export const COURSE = courseUrl('11-13');

/**
 * Every test fails on a request outside the LMS that serves the course, a failed request, an HTTP error or a
 * console error (a Content-Security-Policy violation is one) from the page: a package must load cleanly under an
 * LMS path and send nothing anywhere else. Tests that provoke errors on purpose (a failing LMS) list what they expect.
 */
export const test = base.extend<{ problems: string[]; allowProblems: (pattern: RegExp) => void }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    // Nothing leaves the package: a request to any other host than the LMS that serves it (the preview, or a
    // package's own preview a test starts on another port) fails the test.
    const home = new URL(baseURL ?? 'http://127.0.0.1/').hostname;
    page.context().on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).hostname !== home) problems.push(`outside request: ${url}`);
    });
    page.on('requestfailed', (request) => {
      // A navigation the test itself started away from a page aborts that page's pending requests: not a fault.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await use(problems);
  },
  // Automatic: every test checks, without asking; a test that provokes errors names them with allowProblems().
  allowProblems: [
    async ({ problems }, use) => {
      const allowed: RegExp[] = [];
      await use((pattern) => allowed.push(pattern));
      const left = problems.filter((p) => !allowed.some((pattern) => pattern.test(p)));
      expect(left, 'failed requests and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// axe-core itself, put into the page once per document: re-injected for every check (as @axe-core/playwright does)
// it costs most of a check's time, and the played-through tests check every step of every chat.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 AA, as axe checks it: zero violations. `within` limits the check to a part of the page (a selector),
 * for tests that check each step of something while the rest of the page stays as it was checked already.
 */
export async function expectNoAxeViolations(page: Page, context = '', within?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ within, tags }) => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const results = await axe.run(within ? { include: [within] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { within, tags: WCAG_22_AA },
  );
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Presses Tab until the focused element is the one `matches` accepts (keyboard only), or fails after `limit`. */
export async function tabTo(page: Page, description: string, matches: string, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches);
    if (found) return;
  }
  throw new Error(`Tab never reached ${description} (${matches})`);
}

/** Presses Tab until `target` has the focus (keyboard only). */
export async function tabToElement(page: Page, target: Locator, description: string): Promise<void> {
  await expect(target).toBeVisible();
  await target.evaluate((el) => el.setAttribute('data-e2e-target', ''));
  try {
    await tabTo(page, description, '[data-e2e-target]');
  } finally {
    await target.evaluate((el) => el.removeAttribute('data-e2e-target'));
  }
}

/** Tabs to the button whose name is exactly `text` and presses Enter. */
export async function pressButton(page: Page, text: string): Promise<void> {
  await tabToElement(page, page.getByRole('button', { name: text, exact: true }), `the button "${text}"`);
  await page.keyboard.press('Enter');
}

/** Waits until the island holding `inner` has hydrated (Astro removes its `ssr` attribute then). */
export async function expectHydrated(page: Page, inner: string): Promise<void> {
  await page.locator(inner).first().scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:not([ssr]):has(${inner})`).first()).toBeAttached();
}

/**
 * Gives this browser a learner with progress already made (`change` writes it into a fresh state): the progress the
 * course keeps on the device when there is no LMS, stored before any script of the next page runs. Getting there by
 * playing is tested elsewhere; this starts a test where it is about.
 */
export async function seedProgress(
  page: Page,
  change: (state: CourseState, structure: CourseStructure) => void,
): Promise<void> {
  await page.goto(`${COURSE}index.html`);
  // The course as it runs: the build's structure with the package's options (its identifier keys the stored copy).
  const [built, options] = await page.evaluate(() => [
    JSON.parse(document.getElementById('speakup-course')!.textContent!) as CourseStructure,
    (window as { speakupOptions?: unknown }).speakupOptions,
  ]);
  const structure = applyPackageOptions(built, readPackageOptions(options));
  const state = emptyState();
  change(state, structure);
  await page.context().addInitScript(
    ([key, value]) => {
      // Once per test: afterwards the course saves its own progress over it.
      if (sessionStorage.getItem('speakup-e2e-seeded')) return;
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('speakup-e2e-seeded', '1');
    },
    // No LMS learner: the learner part of the stored copy is empty.
    [`speakup:${structure.id}`, ` ${encodeState(state, structure, Date.now())}`],
  );
}

/** A learner who has completed `lessons` already. */
export async function seedCompletedLessons(page: Page, lessons: readonly string[]): Promise<void> {
  await seedProgress(page, (state, structure) => {
    for (const id of lessons) {
      if (!structure.lessons.some((lesson) => lesson.id === id)) throw new Error(`no lesson "${id}" in this build`);
      state.lessons[id] = { visited: true, reachedEnd: true, completed: true };
    }
  });
}
