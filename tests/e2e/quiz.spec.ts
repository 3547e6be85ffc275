import type { Page } from '@playwright/test';
import { answerByKeyboard, loadQuiz, rightAnswer, wrongAnswer } from './answer-questions.ts';
import { COURSE, expect, expectHydrated, expectNoAxeViolations, pressButton, tabToElement, test } from './fixtures.ts';

const finalQuiz = loadQuiz('final-quiz');

async function openFinalQuiz(page: Page) {
  await page.goto(`${COURSE}final-quiz.html`);
  await expectHydrated(page, '[data-quiz="final-quiz"]');
}

test.describe('quizzes, answered with the keyboard alone', () => {
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
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
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
    await pressButton(page, 'Try again');
    await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
    await expect(page.locator('[data-quiz="final-quiz"] input:checked')).toHaveCount(0);
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
