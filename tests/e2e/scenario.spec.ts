import type { Page } from '@playwright/test';
import { debriefFor, followsThreat, traceOf } from '../../src/scenario-engine/browser/debrief.ts';
import { loadScenario, shortestWayToEachEnding, shownAs } from './scenario-ways.ts';
import { COURSE, expect, expectHydrated, expectNoAxeViolations, pressButton, test } from './fixtures.ts';

const scenario = loadScenario('new-follower');
const LESSON = `${COURSE}what-is-online-blackmail.html`;

async function openScenario(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSON);
  await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
  return page.locator(`[data-scenario="${scenario.id}"]`);
}

test.describe('the new-follower scenario', () => {
  const ways = shortestWayToEachEnding(scenario);

  test('has a way to each of its endings', () => {
    expect(ways.map((w) => w.ending).sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  for (const { ending, choices, path, trail } of ways) {
    test(`reaches the ending "${ending}" with the keyboard alone, with no axe violations at the start and the end`, async ({
      page,
    }) => {
      // axe after every step of every chat is played-through.spec's; here the keyboard's way, about 5 s.
      test.setTimeout(60_000);
      const player = await openScenario(page);
      await expectNoAxeViolations(page, 'start');
      for (const [step, text] of choices.entries()) {
        await pressButton(page, text);
        const choice = scenario.nodes[trail[step]!]!.choices[path[step]!]!;
        await expect(player.getByRole('log')).toContainText(shownAs(choice));
        // Focus lands on the first new thing: the feedback on this choice, a named region.
        await expect(player.getByRole('region', { name: /About that choice/ })).toBeFocused();
      }
      await expectNoAxeViolations(page, `ending "${ending}"`);
      const expected = scenario.endings[ending]!;
      await expect(player.getByRole('heading', { name: new RegExp(expected.title) })).toBeVisible();
      const trace = traceOf(trail, path, ending);
      for (const line of debriefFor(expected, trace)) await expect(player.getByText(line)).toBeVisible();
      // The ending lists the choices made, but rates none of them.
      await expect(player.locator('.scenario-ending')).not.toContainText(/Safe choice|Risky choice|Unsafe choice/);
      // After a threat, the ending points to the crisis route in Help; before one, it need not.
      await expect(player.getByText("If you feel you can't cope, or you might hurt yourself")).toHaveCount(
        followsThreat(scenario, trace) ? 1 : 0,
      );
      await expect(player.getByRole('button', { name: 'Help' })).toBeVisible();
      // Never a game over: the learner can always go back one choice or start again.
      await expect(player.getByRole('button', { name: 'Go back to the last choice' })).toBeVisible();
      await expect(player.getByRole('button', { name: 'Try again from the start' })).toBeVisible();
    });
  }

  test('a reload in the middle lands on the same message, with the same choices in the same order', async ({
    page,
  }) => {
    const player = await openScenario(page);
    const longest = [...ways].sort((a, b) => b.choices.length - a.choices.length)[0]!;
    const [first, second] = longest.choices;
    await pressButton(page, first!);
    await pressButton(page, second!);
    const log = (await player.getByRole('log').textContent()) ?? '';
    const choicesBefore = await player.locator('.scenario-choice').allInnerTexts();
    await page.reload();
    await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
    await expect(player.getByRole('log')).toHaveText(log);
    expect(await player.locator('.scenario-choice').allInnerTexts()).toEqual(choicesBefore);
  });

  test('going back one choice, going back from an ending, and trying again explore other branches', async ({
    page,
  }) => {
    const player = await openScenario(page);
    const way = [...ways].sort((a, b) => b.choices.length - a.choices.length)[0]!;
    for (const text of way.choices) await pressButton(page, text);
    await pressButton(page, 'Go back to the last choice');
    const last = scenario.nodes[way.trail.at(-1)!]!.choices[way.path.at(-1)!]!;
    await expect(player.getByRole('button', { name: last.text })).toBeVisible();
    await pressButton(page, 'Go back one choice');
    const before = scenario.nodes[way.trail.at(-2)!]!.choices[way.path.at(-2)!]!;
    await expect(player.getByRole('button', { name: before.text })).toBeVisible();
    await pressButton(page, before.text);
    await pressButton(page, last.text);
    await pressButton(page, 'Try again from the start');
    await expect(player.getByRole('heading', { name: scenario.title })).toBeFocused();
    for (const choice of scenario.nodes[scenario.start]!.choices) {
      await expect(player.getByRole('button', { name: choice.text })).toBeVisible();
    }
  });

  test('new messages arrive one by one in a log, and can be shown at once', async ({ page }) => {
    await page.goto(LESSON);
    await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
    const player = page.locator(`[data-scenario="${scenario.id}"]`);
    await expect(player.getByRole('log')).toBeVisible();
    await expect(player.getByRole('group', { name: 'What should Maya do?' })).toBeVisible();
    // A choice that leads to a node with several messages: they arrive one by one; "Show the messages now" shows them.
    const start = scenario.nodes[scenario.start]!;
    const first = start.choices.find((choice) => (scenario.nodes[choice.next]?.messages.length ?? 0) > 1)!;
    const arriving = scenario.nodes[first.next]!.messages;
    await player.getByRole('button', { name: first.text }).click();
    await expect(player.getByRole('log')).toContainText(arriving[0]!.text ?? arriving[0]!.note ?? '');
    await expect(player.getByRole('log')).not.toContainText(arriving.at(-1)!.text ?? arriving.at(-1)!.note ?? '');
    await player.getByRole('button', { name: 'Show the messages now' }).click();
    await expect(player.getByRole('log')).toContainText(arriving.at(-1)!.text ?? arriving.at(-1)!.note ?? '');
  });

  test('stepping out hides the chat and offers help; stepping back in returns to it', async ({ page }) => {
    const player = await openScenario(page);
    await pressButton(page, 'Step out of the chat');
    await expect(player.getByRole('log')).toBeHidden();
    await expect(player.getByText('You stepped out of the chat')).toBeVisible();
    await expectNoAxeViolations(page, 'stepped out');
    await pressButton(page, 'Go back to the chat');
    await expect(player.getByRole('log')).toBeVisible();
  });

  for (const width of [390, 320]) {
    test(`on a ${width} px phone, each choice and its feedback come into view below the header`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 700 });
      const player = await openScenario(page);
      const way = [...ways].sort((a, b) => b.choices.length - a.choices.length)[0]!;
      for (const text of way.choices) {
        await player.getByRole('button', { name: text, exact: true }).click();
        const feedback = player.getByRole('region', { name: /About that choice/ });
        await expect(feedback).toBeFocused();
        const [headerBottom, box] = await Promise.all([
          page.locator('.course-header').evaluate((header) => header.getBoundingClientRect().bottom),
          feedback.boundingBox(),
        ]);
        // The feedback's title is on screen, below the header, not under it and not below the fold.
        expect(box!.y, `after "${text}"`).toBeGreaterThanOrEqual(headerBottom);
        expect(box!.y + 40, `after "${text}"`).toBeLessThanOrEqual(700);
      }
      // At the ending, its heading is said once, by a status message.
      await expect(player.getByRole('status').filter({ hasText: /The chat has ended/ })).toHaveCount(1);
    });
  }

  test('on a phone, while messages arrive one by one, the choices are on screen but not yet available, and the feedback stays in view', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(LESSON);
    await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
    const player = page.locator(`[data-scenario="${scenario.id}"]`);
    const way = [...ways].sort((a, b) => b.choices.length - a.choices.length)[0]!;
    for (const [step, text] of way.choices.slice(0, 4).entries()) {
      await player.getByRole('button', { name: text, exact: true }).click();
      const next = scenario.nodes[way.trail[step + 1] ?? '']?.choices ?? [];
      if (next.length > 0 && (scenario.nodes[way.trail[step + 1]!]!.messages.length ?? 0) > 1) {
        // During the pause the next choices are there, marked as not yet available.
        await expect(player.locator('.scenario-choice[aria-disabled="true"]').first()).toBeVisible();
      }
      await expect(player.locator('.scenario-choice[aria-disabled="true"]')).toHaveCount(0, { timeout: 10_000 });
      const headerBottom = await page
        .locator('.course-header')
        .evaluate((header) => header.getBoundingClientRect().bottom);
      const box = await player.getByRole('region', { name: /About that choice/ }).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(headerBottom - 1);
    }
  });

  test('a choice clicked the moment the chat appears, CPU slowed six times, is never lost', async ({ browser }) => {
    test.setTimeout(90_000);
    for (let run = 0; run < 3; run++) {
      // A learner on a slow laptop, for the first time (a new context: nothing saved), who clicks the first choice
      // the moment it is in the page: long before the chat's island has loaded.
      const context = await browser.newContext();
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const button = document.querySelector<HTMLElement>('[data-scenario] .scenario-choice');
          if (!button) return;
          observer.disconnect();
          const island = button.closest('astro-island');
          Object.assign(window, {
            clickedEarly: { text: button.textContent, ready: island?.hasAttribute('data-committed') },
          });
          button.click();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(LESSON, { waitUntil: 'commit' });
      const player = page.locator(`[data-scenario="${scenario.id}"]`);
      await expect.poll(() => page.evaluate(() => (window as { clickedEarly?: unknown }).clickedEarly)).toBeTruthy();
      const early = await page.evaluate(
        () => (window as { clickedEarly?: { text: string; ready: boolean } }).clickedEarly!,
      );
      expect(early.ready, 'the click came before the chat could take it').toBe(false);
      const taken = scenario.nodes[scenario.start]!.choices.find((c) => c.text === early.text)!;
      await expect(player.getByRole('log')).toContainText(shownAs(taken));
      await expect(player.getByRole('region', { name: /About that choice/ })).toContainText(taken.feedback!);
      await context.close();
    }
  });
});
