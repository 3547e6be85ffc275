import type { Page } from '@playwright/test';
import { answerByKeyboard, loadQuiz, rightAnswer, wrongAnswer } from './answer-questions.ts';
import { builtCourses } from './built-courses.ts';
import {
  COURSE,
  expect,
  expectHydrated,
  expectNoAxeViolations,
  pressButton,
  seedCompletedLessons,
  seedProgress,
  tabToElement,
  test,
} from './fixtures.ts';

const finalQuiz = loadQuiz('final-quiz');
/** The 11-13 course's lessons before its final quiz. */
const lessonsBeforeFinal = builtCourses
  .find((course) => course.band === '11-13')!
  .structure.lessons.map((lesson) => lesson.id)
  .filter((id) => id !== 'final-quiz');

async function openFinalQuiz(page: Page) {
  await page.goto(`${COURSE}final-quiz.html`);
  await expectHydrated(page, '[data-quiz="final-quiz"]');
}

test.describe('quizzes, answered with the keyboard alone', () => {
  // The final quiz has 28 questions, each reached and answered by key: 10-12 s on a quiet machine, 14 s busy.
  test.describe.configure({ timeout: 60_000 });
  for (const lesson of ['what-is-online-blackmail', 'what-to-do', 'helping-a-friend']) {
    test(`the knowledge check of ${lesson}: each question checked, with feedback that gets the focus`, async ({
      page,
    }) => {
      const quiz = loadQuiz(lesson);
      await page.goto(`${COURSE}${lesson}.html`);
      await expectHydrated(page, `[data-quiz="${quiz.id}"]`);
      for (const [index, question] of quiz.questions.entries()) {
        const group = page.locator(`[data-question="${question.id}"]`);
        // Right answers for all but the last question, so both kinds of feedback are seen.
        const last = index === quiz.questions.length - 1;
        await answerByKeyboard(page, question, last ? wrongAnswer(question) : rightAnswer(question));
        await tabToElement(page, group.getByRole('button', { name: 'Check answer' }), 'Check answer');
        await page.keyboard.press('Enter');
        const heading = group.getByRole('heading', { name: last ? 'Not quite: here is why' : "That's right" });
        await expect(heading).toBeFocused();
      }
      await expectNoAxeViolations(page, `${lesson} checked`);
    });
  }

  test('the final quiz: every type answered right, submitted, and passed', async ({ page }) => {
    await openFinalQuiz(page);
    expect(new Set(finalQuiz.questions.map((q) => q.type))).toEqual(
      new Set(['single-choice', 'multiple-response', 'true-false', 'sequencing', 'matching']),
    );
    for (const question of finalQuiz.questions) await answerByKeyboard(page, question, rightAnswer(question));
    await expectNoAxeViolations(page, 'final quiz answered');
    await pressButton(page, 'Submit answers');
    const results = page.getByRole('heading', { name: 'Your results' });
    await expect(results).toBeFocused();
    // The results open in view, at the top, just below the header: not below the fold.
    const headerBottom = await page
      .locator('.course-header')
      .evaluate((header) => header.getBoundingClientRect().bottom);
    const top = (await results.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(headerBottom + 60);
    const count = finalQuiz.questions.length;
    await expect(page.getByText(`You answered ${count} of ${count} questions right: 100%.`)).toBeVisible();
    await expect(page.getByText('You passed. The pass mark is 80%.')).toBeVisible();
    // A pass is final: the LMS keeps the last attempt, so a retry could only lower it.
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'final quiz results');
  });

  test('the final quiz: wrong answers show what to revisit, and Try again starts afresh', async ({ page }) => {
    await openFinalQuiz(page);
    for (const question of finalQuiz.questions) await answerByKeyboard(page, question, wrongAnswer(question));
    await pressButton(page, 'Submit answers');
    await expect(page.getByText(`You answered 0 of ${finalQuiz.questions.length} questions right: 0%.`)).toBeVisible();
    await expect(page.getByText('You have not reached the pass mark of 80% yet.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Worth another look' })).toBeVisible();
    // Each topic to revisit links to the lesson that teaches it.
    const links = page.locator('.quiz-revisit a');
    expect(await links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^(?!final-quiz)[a-z0-9-]+\.html#[a-z0-9-]+$/);
    // Try again is beside the score, before the list of answers.
    const order = await page
      .locator('.quiz-results')
      .evaluate((results) => [...results.querySelectorAll('button, h3, h4')].map((el) => el.textContent));
    expect(order.indexOf('Try again')).toBeLessThan(order.indexOf('Your answers'));
    await pressButton(page, 'Try again');
    await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
    await expect(page.locator('[data-quiz="final-quiz"] input:checked')).toHaveCount(0);
  });

  test('a topic worth another look opens its lesson at the section that practises it, below the header', async ({
    page,
  }) => {
    await seedProgress(page, (state) => {
      // A submitted attempt with nothing right.
      state.quizzes[finalQuiz.id] = { responses: {}, attempts: 1, submitted: true, score: 0, passed: false };
    });
    await openFinalQuiz(page);
    const link = page.locator('.quiz-revisit a').first();
    const [target, section] = (await link.getAttribute('href'))!.split('#');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}#${section}$`));
    const heading = page.locator(`[id="${section}"]`);
    await expect(heading).toBeInViewport();
    const headerBottom = await page
      .locator('.course-header')
      .evaluate((header) => header.getBoundingClientRect().bottom);
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom - 1);
  });

  test('submitting the final quiz once every lesson is done says that the course is finished, and where help is', async ({
    page,
  }) => {
    await seedCompletedLessons(page, lessonsBeforeFinal);
    await openFinalQuiz(page);
    for (const question of finalQuiz.questions) await answerByKeyboard(page, question, rightAnswer(question));
    await pressButton(page, 'Submit answers');
    const finished = page.locator('.quiz-finished');
    await expect(finished.getByRole('heading', { name: 'You have finished the course' })).toBeVisible();
    await expect(finished.getByRole('button', { name: 'Help' })).toBeVisible();
    await page.getByRole('link', { name: 'Speak Up' }).click();
    await expect(page.getByRole('heading', { name: 'You have finished the course' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go through the course again' })).toBeVisible();
  });

  test('submitting with questions unanswered says which, and takes the learner there', async ({ page }) => {
    await openFinalQuiz(page);
    const [first, second] = finalQuiz.questions;
    await answerByKeyboard(page, first!, rightAnswer(first!));
    await pressButton(page, 'Submit answers');
    await pressButton(page, 'Go to question 2');
    await expect(page.locator(`[data-question="${second!.id}"] :focus`)).toHaveCount(1);
  });

  test('a reload in the middle of the final quiz keeps the answers given so far', async ({ page }) => {
    await openFinalQuiz(page);
    const [first, second] = finalQuiz.questions;
    await answerByKeyboard(page, first!, rightAnswer(first!));
    await answerByKeyboard(page, second!, rightAnswer(second!));
    await page.reload();
    await expectHydrated(page, '[data-quiz="final-quiz"]');
    const checked = page.locator(`[data-question="${second!.id}"] input:checked`);
    await expect(checked).toHaveCount(1);
    await expect(page.locator(`[data-question="${first!.id}"] input:checked`)).toHaveCount(rightAnswer(first!).length);
  });
});
