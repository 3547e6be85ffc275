import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { builtCourses } from './built-courses.ts';
import { COURSE, expect, expectNoAxeViolations, tabTo, test } from './fixtures.ts';

const PAGES = [
  'index.html',
  'what-is-online-blackmail.html',
  'what-to-do.html',
  'helping-a-friend.html',
  'final-quiz.html',
];

/** A built page's headings, h1 to h6, outside the Help panel (which every page has). */
function headingsOf(file: string): string[] {
  const html = readFileSync(file, 'utf8').replace(/<dialog[\s\S]*?<\/dialog>/, '');
  return [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
    m[2]!
      .replace(/<[^>]+>/g, '')
      .trim()
      .toLowerCase(),
  );
}

test.describe('the course shell under an LMS path', () => {
  test('no page of any band repeats a heading, so a screen reader’s list of headings reads well', () => {
    for (const course of builtCourses) {
      for (const page of course.pages.filter((name) => name !== 'exit.html')) {
        const headings = headingsOf(`${course.dir}/${page}`);
        expect(headings.length, page).toBeGreaterThan(1);
        expect(
          headings.filter((h, i) => headings.indexOf(h) !== i),
          `${course.band}/${page}`,
        ).toEqual([]);
      }
    }
  });

  for (const page of PAGES) {
    test(`${page} loads cleanly and has no axe violations`, async ({ page: browser }) => {
      await browser.goto(`${COURSE}${page}`);
      await expect(browser.locator('h1')).toBeVisible();
      await expect(browser.locator('html')).toHaveAttribute('lang', 'en');
      // Islands hydrate when they scroll into view: bring every one into view so their scripts load too.
      for (const island of await browser.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
      await expect(browser.locator('astro-island[ssr]')).toHaveCount(0);
      await expectNoAxeViolations(browser, page);
    });
  }

  test('the axe check itself finds a planted violation, in the whole page and in a part of it', async ({ page }) => {
    await page.goto(`${COURSE}index.html`);
    await expectNoAxeViolations(page, 'before');
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button></button>'));
    await expect(expectNoAxeViolations(page, 'planted')).rejects.toThrow(/button-name/);
    await expect(expectNoAxeViolations(page, 'planted', 'main')).rejects.toThrow(/button-name/);
  });

  test('the neutral exit page says nothing about the course', async ({ page }) => {
    await page.goto(`${COURSE}exit.html`);
    expect(await page.title()).toBe('New tab');
    expect((await page.locator('body').innerText()).trim()).toBe('');
    await expectNoAxeViolations(page, 'exit.html');
  });

  test('Help opens and closes with the mouse, and leads with the crisis route', async ({ page }) => {
    await page.goto(`${COURSE}what-to-do.html`);
    await page.getByRole('button', { name: 'Help', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Get help now' });
    await expect(dialog).toBeVisible();
    // The first section a child reads is what to do if they feel they can't cope.
    await expect(dialog.getByRole('heading', { level: 3 }).first()).toHaveText(
      "If you feel you can't cope, or you might hurt yourself",
    );
    await expect(dialog.getByRole('heading', { name: 'Tell an adult you trust' })).toBeVisible();
    // No country set: routes that work anywhere, and no country's numbers as if they applied everywhere.
    await expect(dialog.getByText('call your local emergency number')).toBeVisible();
    await expect(dialog.getByRole('link', { name: /^Call / })).toHaveCount(0);
    await expect(dialog.getByRole('link', { name: /Take It Down/ })).toHaveAttribute(
      'href',
      'https://takeitdown.ncmec.org/',
    );
    await expectNoAxeViolations(page, 'help open');
    await dialog.getByRole('button', { name: 'Close help' }).click();
    await expect(dialog).toBeHidden();
  });

  test('Help works with the keyboard alone and gives focus back', async ({ page }) => {
    await page.goto(`${COURSE}index.html`);
    await tabTo(page, 'Help', '[data-help-open]');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Get help now' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-help-open]:focus')).toHaveCount(1);
  });

  test('Quick exit by mouse hides the page at once and leaves with no way Back to the lesson', async ({ page }) => {
    await page.goto('/');
    await page.goto(`${COURSE}index.html`);
    await page.getByRole('link', { name: 'Start' }).click();
    await expect(page).toHaveURL(/what-is-online-blackmail\.html$/);
    await page.getByRole('link', { name: /^Next:/ }).click();
    await expect(page).toHaveURL(/what-to-do\.html$/);
    const hiddenAtOnce = await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-quick-exit]')?.click();
      return document.documentElement.style.visibility;
    });
    expect(hiddenAtOnce).toBe('hidden');
    await expect(page).toHaveURL(/exit\.html$/);
    await page.goBack();
    // The course took one history entry, which Quick exit replaced: Back goes to where the learner was before.
    await expect(page).not.toHaveURL(/(what-is-online-blackmail|what-to-do|index)\.html$/);
  });

  test('Quick exit by pressing Escape twice', async ({ page }) => {
    await page.goto(`${COURSE}helping-a-friend.html`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/exit\.html$/);
  });

  test('moving through lessons keeps one session object (one LMS session per launch)', async ({ page }) => {
    await page.goto(`${COURSE}index.html`);
    await page.evaluate(() => {
      (window as unknown as { keep: unknown }).keep = (
        window as unknown as { __speakUpSession: unknown }
      ).__speakUpSession;
    });
    await page.getByRole('link', { name: 'Start' }).click();
    const lessons = builtCourses.find((course) => course.band === '11-13')!.structure.lessons;
    for (const next of lessons.slice(1).map((lesson) => `${lesson.id}.html`)) {
      await page.getByRole('link', { name: /^Next:/ }).click();
      await expect(page).toHaveURL(new RegExp(`${next}$`));
    }
    const same = await page.evaluate(
      () =>
        (window as unknown as { keep: unknown }).keep !== undefined &&
        (window as unknown as { keep: unknown }).keep ===
          (window as unknown as { __speakUpSession: unknown }).__speakUpSession,
    );
    expect(same).toBe(true);
  });

  test('the keyboard alone walks from the start page into a lesson and through it', async ({ page }) => {
    await page.goto(`${COURSE}index.html`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await tabTo(page, 'Start', 'a.button[data-start]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/what-is-online-blackmail\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What online blackmail is');
    await tabTo(page, 'Next', 'a[rel="next"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/what-to-do\.html$/);
  });

  test('Continue leads to the next lesson not finished yet, never back into one already done', async ({ page }) => {
    await page.goto(`${COURSE}index.html`);
    await expect(page.getByRole('link', { name: 'Start the first lesson' })).toHaveAttribute(
      'href',
      'what-is-online-blackmail.html',
    );
    // The learner has looked at lesson 2 without finishing lesson 1: Continue leads to lesson 1, the first not done.
    await page.goto(`${COURSE}what-to-do.html`);
    await page.getByRole('link', { name: 'Speak Up' }).click();
    const resume = page.getByRole('link', { name: /^Continue: / });
    await expect(resume).toHaveAttribute('href', 'what-is-online-blackmail.html');
    await expect(page.locator('[data-lesson-item="what-to-do"] [data-status-text]')).toHaveText('Started');
    await expect(page.locator('[data-lesson-item="helping-a-friend"] [data-status-text]')).toHaveText('Not started');
  });

  test('the save notice is shown on every page but said only when it changes', async ({ page }) => {
    await page.goto(`${COURSE}index.html`);
    const notice = 'Your progress is kept on this device only. It is not being sent to your school.';
    await expect(page.locator('[data-save-notice]')).toHaveText(notice);
    await expect(page.locator('[data-save-announce]')).toHaveText('');
    await page.getByRole('link', { name: 'Start the first lesson' }).click();
    await expect(page).toHaveURL(/what-is-online-blackmail\.html$/);
    await expect(page.locator('[data-save-notice]')).toHaveText(notice);
    await expect(page.locator('[data-save-announce]')).toHaveText('');
  });

  test('at 320 px wide nothing scrolls sideways, and axe still passes', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const name of PAGES) {
      await page.goto(`${COURSE}${name}`);
      for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${name} at 320 px`);
    }
  });
});

/**
 * Tabs (or shift-tabs) through the whole page and returns every focused element that the sticky header covers, even
 * in part (WCAG 2.2, 2.4.11 asks that it is never entirely hidden; this asks more).
 */
async function coveredWhileTabbing(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<string[]> {
  const covered: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(key);
    const state = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const name = `${element.tagName.toLowerCase()}: ${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`;
      const header = document.querySelector('.course-header');
      if (!header || header.contains(element)) return { name, covered: false };
      // Covered: at the element's top edge or its middle, what the page shows there is the header.
      const box = element.getBoundingClientRect();
      const x = box.left + Math.min(box.width / 2, 20);
      const covered = [box.top + 1, box.top + box.height / 2].some((y) => {
        const shown = y >= 0 && y < window.innerHeight ? document.elementFromPoint(x, y) : null;
        return shown !== null && header.contains(shown);
      });
      return { name, covered };
    });
    if (!state) continue;
    if (state.covered) covered.push(state.name);
    if (seen.has(state.name) && i > 5) break;
    seen.add(state.name);
  }
  return covered;
}

test.describe('focus is never hidden under the sticky header (WCAG 2.2, 2.4.11)', () => {
  for (const width of [320, 1280]) {
    test(`tabbing and shift-tabbing through every page at ${width} px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 700 });
      for (const name of PAGES) {
        await page.goto(`${COURSE}${name}`);
        await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
        expect(await coveredWhileTabbing(page, 'Tab'), `${name}, Tab`).toEqual([]);
        expect(await coveredWhileTabbing(page, 'Shift+Tab'), `${name}, Shift+Tab`).toEqual([]);
      }
    });
  }
});

test.describe('Help on a phone', () => {
  test.use({ hasTouch: true });
  test('at 320 px, Quick exit can be tapped while Help is open, and Close stays in reach', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`${COURSE}what-to-do.html`);
    await page.getByRole('button', { name: 'Help', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Get help now' });
    await expect(
      dialog.getByText('Quick exit leaves this course at once. You can also press Escape twice.'),
    ).toBeVisible();
    // Scrolled to the bottom of Help, Close and Quick exit are still on screen.
    await dialog.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(dialog.getByRole('button', { name: 'Close help' })).toBeInViewport();
    const exit = dialog.getByRole('button', { name: 'Quick exit' });
    await expect(exit).toBeInViewport();
    await exit.tap();
    await expect(page).toHaveURL(/exit\.html$/);
  });
});

test('a lesson says where its facts come from, as links to the organisations’ own pages', async ({ page }) => {
  await page.goto(`${COURSE}what-to-do.html`);
  const sources = page.locator('details.lesson-sources');
  await sources.getByText('Where the facts in this lesson come from').click();
  const links = sources.getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  await expect(links.first()).toHaveAttribute('href', /^https:\/\//);
  await expectNoAxeViolations(page, 'the lesson with its sources open');
});
