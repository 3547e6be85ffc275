/**
 * Every lesson of every band played through, by a driver that reads the content (the build's course structure and
 * the scenario and quiz files): each scenario to each of its endings, each quiz answered and checked, and axe at
 * every step; then each band's whole course completed. New content is covered with no new test code.
 */
import type { Page } from '@playwright/test';
import { answerByMouse, loadQuiz, rightAnswer } from './answer-questions.ts';
import { builtCourses } from './built-courses.ts';
import { expect, expectHydrated, expectNoAxeViolations, test } from './fixtures.ts';
import { loadScenario, shortestWayToEachEnding } from './scenario-ways.ts';

/** Takes the choices by their text, as a learner does, each once it is available. */
async function takeChoices(
  page: Page,
  id: string,
  choices: readonly string[],
  after?: (step: number) => Promise<void>,
) {
  const player = page.locator(`[data-scenario="${id}"]`);
  for (const [step, text] of choices.entries()) {
    const choice = player.locator('.scenario-choice:not([aria-disabled="true"])').getByText(text, { exact: true });
    await choice.click();
    await after?.(step);
  }
}

/** Answers every question of a lesson's quiz right, checking each (knowledge check) or submitting all (scored). */
async function answerQuiz(page: Page, lesson: string, checkEach: (what: string) => Promise<void>) {
  const quiz = loadQuiz(lesson);
  await expectHydrated(page, `[data-quiz="${quiz.id}"]`);
  for (const question of quiz.questions) {
    await answerByMouse(page, question, rightAnswer(question));
    if (quiz.scored) continue;
    const group = page.locator(`[data-question="${question.id}"]`);
    await group.getByRole('button', { name: 'Check answer' }).click();
    await expect(group.getByRole('heading', { name: "That's right" })).toBeVisible();
  }
  if (quiz.scored) {
    await page.getByRole('button', { name: 'Submit answers', exact: true }).click();
    await expect(
      page.getByText(`You answered ${quiz.questions.length} of ${quiz.questions.length} questions right`),
    ).toBeVisible();
  }
  await checkEach(`${quiz.id} answered`);
}

for (const course of builtCourses) {
  test.describe(`ages ${course.band}`, () => {
    for (const lesson of course.structure.lessons) {
      const page = `${course.url}${lesson.page}`;
      for (const rule of lesson.completion) {
        if (rule.kind !== 'finish-scenario') continue;
        const scenario = loadScenario(rule.scenario);
        const ways = shortestWayToEachEnding(scenario);

        test(`${lesson.id}: "${scenario.id}" reaches each of its ${ways.length} endings, with nothing for axe at any step`, async ({
          page: browser,
        }) => {
          // Every ending of a scenario of up to 16 nodes, and axe on each node: about 10 s on a quiet machine.
          test.setTimeout(60_000);
          expect(ways.map((way) => way.ending).sort()).toEqual(Object.keys(scenario.endings).sort());
          await browser.emulateMedia({ reducedMotion: 'reduce' });
          await browser.goto(page);
          await expectHydrated(browser, `[data-scenario="${scenario.id}"]`);
          const player = `[data-scenario="${scenario.id}"]`;
          const checked = new Set<string>();
          await expectNoAxeViolations(browser, `${scenario.id} at the start`, player);
          for (const [attempt, way] of ways.entries()) {
            if (attempt > 0)
              await browser.locator(player).getByRole('button', { name: 'Try again from the start' }).click();
            await takeChoices(browser, scenario.id, way.choices, async (step) => {
              // Each node once (its state after the choice that leads to it), and every ending.
              const next = way.trail[step + 1] ?? way.ending;
              if (checked.has(next)) return;
              checked.add(next);
              if (next === way.ending) {
                const title = scenario.endings[way.ending]!.title;
                await expect(browser.locator(player).getByRole('heading', { name: title })).toBeVisible();
              }
              await expectNoAxeViolations(browser, `${scenario.id} at ${next}`, player);
            });
          }
        });
      }
      if (course.structure.quizzes.some((quiz) => quiz.lesson === lesson.id)) {
        test(`${lesson.id}: its quiz, every question answered right, with nothing for axe`, async ({
          page: browser,
        }) => {
          await browser.goto(page);
          await answerQuiz(browser, lesson.id, (what) => expectNoAxeViolations(browser, what, '[data-quiz]'));
        });
      }
    }

    test(`the whole course for ages ${course.band}: every lesson done, then the course says it is finished`, async ({
      page,
    }) => {
      // Every lesson of the band, one ending of each chat, every quiz: up to 40 s with the other worker busy.
      test.setTimeout(150_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const lesson of course.structure.lessons) {
        await page.goto(`${course.url}${lesson.page}`);
        for (const rule of lesson.completion) {
          if (rule.kind === 'finish-scenario') {
            await expectHydrated(page, `[data-scenario="${rule.scenario}"]`);
            await takeChoices(page, rule.scenario, shortestWayToEachEnding(loadScenario(rule.scenario))[0]!.choices);
          }
          if (rule.kind === 'finish-quiz') await answerQuiz(page, lesson.id, async () => {});
        }
        // The end of the lesson, as a learner scrolls to it.
        await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
        await page.getByRole('link', { name: 'Speak Up' }).click();
        await expect(page.locator(`[data-lesson-item="${lesson.id}"] [data-status-text]`)).toHaveText('Done');
      }
      await expect(page.getByRole('heading', { name: 'You have finished the course' })).toBeVisible();
      await expect(page.getByText(`For ages ${course.band}`)).toBeVisible();
    });
  });
}
