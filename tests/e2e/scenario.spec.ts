import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { debriefFor, followsThreat } from '../../src/scenario-engine/debrief.ts';
import { endingPaths, parseScenario, type Scenario } from '../../src/scenario-engine/index.ts';
import { COURSE, expect, expectHydrated, expectNoAxeViolations, pressButton, test } from './fixtures.ts';

/** The real scenario of lesson (a), read as the build reads it. */
function loadScenario(id: string): Scenario {
  const parsed = parseScenario(
    `src/scenarios/${id}/scenario.yaml`,
    readFileSync(`src/scenarios/${id}/scenario.yaml`, 'utf8'),
  );
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.scenario;
}

const scenario = loadScenario('new-follower');
const LESSON = `${COURSE}what-is-online-blackmail.html`;

/** The shortest way to each ending, as choice texts. */
function shortestWayToEachEnding(): { ending: string; choices: string[]; path: number[] }[] {
  const byEnding = new Map<string, number[]>();
  for (const path of endingPaths(scenario)) {
    const known = byEnding.get(path.to);
    if (!known || path.choices.length < known.length) byEnding.set(path.to, path.choices);
  }
  return [...byEnding].map(([ending, path]) => {
    let node = scenario.start;
    const choices = path.map((index) => {
      const choice = scenario.nodes[node]!.choices[index]!;
      node = choice.next;
      return choice.text;
    });
    return { ending, choices, path };
  });
}

async function openScenario(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(LESSON);
  await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
  return page.locator(`[data-scenario="${scenario.id}"]`);
}

test.describe('the new-follower scenario', () => {
  const ways = shortestWayToEachEnding();

  test('has a way to each of its endings', () => {
    expect(ways.map((w) => w.ending).sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  for (const { ending, choices, path } of ways) {
    test(`reaches the ending "${ending}" with the keyboard alone, with no axe violations at any step`, async ({
      page,
    }) => {
      // axe at every step takes about 2 s a step on a quiet machine; the longest way has 11 steps.
      test.setTimeout(90_000);
      const player = await openScenario(page);
      await expectNoAxeViolations(page, 'start');
      for (const [step, text] of choices.entries()) {
        await pressButton(page, text);
        await expect(player.locator('.chat-choice').nth(step)).toContainText(text);
        // Focus lands on the first new thing: the feedback on this choice.
        await expect(player.locator('.scenario-feedback')).toBeFocused();
        // Each step changes only the chat: check it there; the whole page is checked at the start and the end.
        await expectNoAxeViolations(page, `after "${text}"`, `[data-scenario="${scenario.id}"]`);
      }
      await expectNoAxeViolations(page, `ending "${ending}"`);
      const expected = scenario.endings[ending]!;
      await expect(player.getByRole('heading', { name: new RegExp(expected.title) })).toBeVisible();
      for (const line of debriefFor(scenario, ending, path)) await expect(player.getByText(line)).toBeVisible();
      // The ending lists the choices made, but rates none of them.
      await expect(player.locator('.scenario-ending')).not.toContainText(/Safe choice|Risky choice|Unsafe choice/);
      // After a threat, the ending points to the crisis route in Help; before one, it need not.
      await expect(player.getByText("If you feel you can't cope, or you might hurt yourself")).toHaveCount(
        followsThreat(scenario, path) ? 1 : 0,
      );
      await expect(player.getByRole('button', { name: 'Help' })).toBeVisible();
      // Never a game over: the learner can always go back one choice or start again.
      await expect(player.getByRole('button', { name: 'Go back to the last choice' })).toBeVisible();
      await expect(player.getByRole('button', { name: 'Try again from the start' })).toBeVisible();
    });
  }

  test('a reload in the middle lands on the same message, with the same choices', async ({ page }) => {
    const player = await openScenario(page);
    const longest = [...ways].sort((a, b) => b.choices.length - a.choices.length)[0]!;
    const [first, second] = longest.choices;
    await pressButton(page, first!);
    await pressButton(page, second!);
    const lastMessage = await player.locator('.chat-message').last().innerText();
    const choicesBefore = await player.locator('.scenario-choice').allInnerTexts();
    await page.reload();
    await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
    await expect(player.locator('.chat-message').last()).toHaveText(lastMessage);
    expect(await player.locator('.scenario-choice').allInnerTexts()).toEqual(choicesBefore);
    await expect(player.locator('.chat-choice')).toHaveCount(2);
  });

  test('going back to the last choice and trying again explore other branches', async ({ page }) => {
    const player = await openScenario(page);
    const [way] = ways;
    for (const text of way!.choices) await pressButton(page, text);
    await pressButton(page, 'Go back to the last choice');
    await expect(player.locator('.chat-choice')).toHaveCount(way!.choices.length - 1);
    await expect(player.locator('.scenario-choice').first()).toBeVisible();
    await pressButton(page, way!.choices[way!.choices.length - 1]!);
    await pressButton(page, 'Try again from the start');
    await expect(player.locator('.chat-choice')).toHaveCount(0);
    await expect(player.getByRole('heading', { name: scenario.title })).toBeFocused();
  });

  test('new messages arrive one by one in a log, and can be shown at once', async ({ page }) => {
    await page.goto(LESSON);
    await expectHydrated(page, `[data-scenario="${scenario.id}"]`);
    const player = page.locator(`[data-scenario="${scenario.id}"]`);
    await expect(player.getByRole('log')).toBeVisible();
    await expect(player.getByRole('group', { name: 'What should Maya do?' })).toBeVisible();
    // The first choice leads to a node with two messages: the second waits, and "Show the messages now" shows it.
    const first = scenario.nodes[scenario.start]!.choices[0]!;
    const arriving = scenario.nodes[first.next]!.messages.length;
    expect(arriving).toBeGreaterThan(1);
    const before = await player.locator('.chat-message').count();
    await player.getByRole('button', { name: first.text }).click();
    await expect(player.locator('.chat-message')).toHaveCount(before + 1);
    await player.getByRole('button', { name: 'Show the messages now' }).click();
    await expect(player.locator('.chat-message')).toHaveCount(before + arriving);
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
});

test.describe('the other lessons’ scenarios', () => {
  for (const [id, lesson] of [
    ['countdown', 'what-to-do'],
    ['friend-in-trouble', 'helping-a-friend'],
  ] as const) {
    test(`${id}: a safe ending, with the keyboard alone`, async ({ page }) => {
      const other = loadScenario(id);
      const safe = endingPaths(other)
        .filter((path) => other.endings[path.to]!.outcome === 'safe')
        .sort((a, b) => a.choices.length - b.choices.length)[0]!;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${COURSE}${lesson}.html`);
      await expectHydrated(page, `[data-scenario="${id}"]`);
      let node = other.start;
      for (const index of safe.choices) {
        const choice = other.nodes[node]!.choices[index]!;
        await pressButton(page, choice.text);
        node = choice.next;
      }
      const ending = other.endings[safe.to]!;
      // Feedback comes first, with the focus; the ending follows it.
      await expect(page.locator(`[data-scenario="${id}"] .scenario-feedback`)).toBeFocused();
      await expect(page.getByRole('heading', { name: new RegExp(ending.title) })).toBeVisible();
      await expectNoAxeViolations(page, `${id} ending`);
    });
  }
});
