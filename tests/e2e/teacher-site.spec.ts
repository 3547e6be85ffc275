/**
 * The teacher site (dist/teacher/, served by the built-in LMS at /teacher/): every page accessible at a phone's and
 * a desktop's width, printable within its page limit on A4 and US Letter with nothing cut off, the classroom views
 * working and storing nothing, and a teacher's way from the front page to a lesson plan and the LMS guide.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadScenario } from './scenario-ways.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const SITE = '/teacher/';
const pages = readdirSync('dist/teacher')
  .filter((name) => name.endsWith('.html'))
  .sort();

/** The most pages each kind of page may print to (A4 and US Letter), as measured with room to spare. */
const PRINT_LIMITS: [RegExp, number][] = [
  [/^card-/, 1],
  [/^letter\.html$/, 1],
  [/^index\.html$/, 2],
  [/^baseline-/, 3],
  [/^ages-/, 6],
  [/^lesson-/, 9],
  [/^(safeguarding|family)\.html$/, 9],
  [/^scenario-/, 15],
  [/^sources\.html$/, 18],
  [/^curriculum\.html$/, 18],
  [/^lms-guide\.html$/, 21],
  [/^packages\.html$/, 8],
];
const printed = pages.filter((name) => !name.startsWith('present-'));

test('the site has every page a teacher needs, for every band, lesson and chat', () => {
  for (const name of ['index', 'safeguarding', 'letter', 'family', 'lms-guide', 'sources', 'curriculum']) {
    expect(pages).toContain(`${name}.html`);
  }
  for (const band of ['7-10', '11-13', '14-18']) {
    for (const kind of ['ages', 'baseline', 'card']) expect(pages).toContain(`${kind}-${band}.html`);
  }
  // A plan and a classroom view per lesson, a script and a classroom view per chat (15 of each).
  expect(pages.filter((name) => name.startsWith('lesson-'))).toHaveLength(15);
  expect(pages.filter((name) => name.startsWith('present-lesson-'))).toHaveLength(15);
  expect(pages.filter((name) => name.startsWith('scenario-'))).toHaveLength(15);
  expect(pages.filter((name) => name.startsWith('present-scenario-'))).toHaveLength(15);
  for (const name of printed)
    expect(
      PRINT_LIMITS.some(([pattern]) => pattern.test(name)),
      name,
    ).toBe(true);
});

// Four groups of about twenty pages, so that the two workers share the walk: each up to 40 s with both busy.
const GROUPS = 4;
const groups = Array.from({ length: GROUPS }, (_, group) => pages.filter((_, index) => index % GROUPS === group));
for (const [index, group] of groups.entries()) {
  test(`pages ${index + 1} of ${GROUPS}: no axe violation at 320 px and 1280 px, and nothing scrolls sideways on a phone`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const name of group) {
      // One load per page, checked at both widths (axe is injected once per document).
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${SITE}${name}`);
      await expectNoAxeViolations(page, `${name} at 1280 px`);
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoAxeViolations(page, `${name} at 320 px`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
  });
}

const pageCount = (pdf: Buffer) =>
  Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((match) => Number(match[1])));

// Two halves, each about 25 s with both workers busy.
for (const half of [0, 1]) {
  const names = printed.filter((_, index) => index % 2 === half);
  test(`printable pages, half ${half + 1}: A4 and US Letter within each page limit, with nothing cut off`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const report: string[] = [];
    for (const name of names) {
      const limit = PRINT_LIMITS.find(([pattern]) => pattern.test(name))![1];
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ media: null });
      await page.goto(`${SITE}${name}`);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pageCount(await page.pdf({ format }));
        report.push(`${name} ${format} ${pages}`);
        expect(pages, `${name} on ${format}`).toBeLessThanOrEqual(limit);
      }
      // The printed width of A4 less its margins (15 mm each side, as the print stylesheet sets): about 680 px.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 680, height: 1000 });
      const cut = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *')]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.right > width + 1;
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
          .slice(0, 3);
      });
      expect(cut, `${name}: cut off on paper`).toEqual([]);
    }
    console.log(report.join('\n'));
  });
}

test('a card prints the chosen country’s helplines only', async ({ page }) => {
  await page.goto(`${SITE}card-11-13.html`);
  await page.getByRole('radio', { name: 'Ireland' }).check();
  await page.emulateMedia({ media: 'print' });
  const shown = page.locator('.country-helplines:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('In Ireland');
  await expect(page.getByRole('radio', { name: 'Ireland' })).toBeHidden();
});

async function expectNothingStored(page: Page) {
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
}

test('the classroom view of a chat follows the scenario, counts the class’s votes, and stores nothing', async ({
  page,
}) => {
  const scenario = loadScenario('countdown');
  await page.goto(`${SITE}present-scenario-countdown.html`);
  await expect(page.locator('astro-island:not([ssr])')).toBeAttached();
  const start = scenario.nodes[scenario.start]!;
  await expect(page.locator('.present-chat')).toContainText(start.messages.find((m) => m.text)!.text!);
  // The class votes: two for one choice, one taken back.
  const first = start.choices[0]!;
  const row = page.locator('.present-choices li').filter({ hasText: first.text });
  await row.getByRole('button', { name: /One vote more/ }).click();
  await row.getByRole('button', { name: /One vote more/ }).click();
  await row.getByRole('button', { name: /One vote fewer/ }).click();
  await expect(row.locator('output')).toHaveText('1');
  await row.getByRole('button', { name: /^Go with/ }).click();
  // The feedback first, with the focus on it, then what happens next: the messages of the node the file names.
  await expect(page.getByRole('heading', { name: `The class chose: ${first.text}` })).toBeFocused();
  await expect(page.locator('.present-feedback')).toContainText(first.feedback!);
  await page.getByRole('button', { name: 'See what happens next' }).click();
  const next = scenario.nodes[first.next] ?? scenario.endings[first.next]!;
  const said = next.messages.find((m) => m.text);
  if (said) await expect(page.locator('.present-chat')).toContainText(said.text!);
  // The board keeps a way to help in view: the crisis line of the chosen country.
  await page.getByText(/^Need help now\?/).click();
  await expect(page.locator('#board-helplines .country-helplines:visible')).toContainText('Samaritans');
  await expectNoAxeViolations(page, 'the classroom view after a choice, with help open');
  await expectNothingStored(page);
});

test('the classroom view of a lesson shows one part at a time, by button or arrow key', async ({ page }) => {
  await page.goto(`${SITE}present-lesson-what-to-do.html`);
  const parts = page.locator('[data-step]');
  const count = await parts.count();
  expect(count).toBeGreaterThan(3);
  await expect(page.locator('[data-step]:visible')).toHaveCount(1);
  await expect(page.getByText(`Part 1 of ${count}`)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(`Part 2 of ${count}`)).toBeVisible();
  await expect(parts.nth(1).locator('h2')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Part 3 of ${count}`)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(parts.nth(1)).toBeVisible();
  await expectNothingStored(page);
});

test('a teacher goes from the front page to a lesson plan, its chat script and the LMS guide', async ({ page }) => {
  await page.goto(SITE);
  await page.getByRole('link', { name: 'Ages 11-13' }).click();
  await page.getByRole('link', { name: 'Lesson plan' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lesson plan: What online blackmail is');
  for (const part of [
    'Timing',
    'Ground rules',
    'Discussion questions',
    'Differentiation and SEND',
    'If a pupil may be at risk',
  ]) {
    await expect(page.getByRole('heading', { name: part, exact: true })).toBeVisible();
  }
  await page
    .getByRole('link', { name: /^Script of/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Map of/ })).toBeVisible();
  await page.getByRole('link', { name: 'LMS guide' }).click();
  await expect(page.getByRole('heading', { name: /Moodle/ }).first()).toBeVisible();
  // The site carries each band's course as a web page, for pupils without an LMS.
  await page.goto(`${SITE}ages-7-10.html`);
  await page.getByRole('link', { name: 'Open the pupils’ course (web version)' }).click();
  await expect(page.getByText('For ages 7-10')).toBeVisible();
});
