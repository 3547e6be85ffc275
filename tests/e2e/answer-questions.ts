import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { parseQuiz, type Quiz } from '../../src/quiz-engine/index.ts';
import type { Question } from '../../src/quiz-engine/build/schema.ts';
import { expect, tabTo, tabToElement } from './fixtures.ts';

/** A quiz file of the real course, read as the build reads it. */
export function loadQuiz(lesson: string): Quiz {
  const file = `src/modules/${lesson}/quiz.yaml`;
  const parsed = parseQuiz(file, readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.quiz;
}

/** The right answer of a question, in the words of its options. */
export function rightAnswer(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
      return [question.options.find((o) => o.id === question.correct)!.text];
    case 'multiple-response':
      return question.options.filter((o) => question.correct.includes(o.id)).map((o) => o.text);
    case 'true-false':
      return [question.correct ? 'True' : 'False'];
    case 'sequencing':
      return question.steps.map((s) => s.text);
    case 'matching':
      return question.sources.map((s) => `${s.id}=${s.match}`);
  }
}

/** A wrong answer: the first option that is not right (or the opposite, or the reverse order). */
export function wrongAnswer(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
      return [question.options.find((o) => o.id !== question.correct)!.text];
    case 'multiple-response':
      return [question.options.find((o) => !question.correct.includes(o.id))!.text];
    case 'true-false':
      return [question.correct ? 'False' : 'True'];
    case 'sequencing':
      return question.steps.map((s) => s.text).reverse();
    case 'matching': {
      const targets = question.sources.map((s) => s.match);
      return question.sources.map((s, i) => `${s.id}=${targets[(i + 1) % targets.length]}`);
    }
  }
}

const inQuestion = (question: Question, selector: string) => `[data-question="${question.id}"] ${selector}`;

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement
      ? (el.labels?.[0]?.textContent?.trim() ?? '')
      : (el?.textContent?.trim() ?? '');
  });
}

/** Answers a question with the keyboard alone: Tab, arrows, Space and Enter, as a learner without a mouse would. */
export async function answerByKeyboard(page: Page, question: Question, answer: string[]): Promise<void> {
  switch (question.type) {
    case 'single-choice':
    case 'true-false': {
      // Tab enters a radio group; the arrow keys move through it and select.
      await tabTo(page, `the options of "${question.id}"`, inQuestion(question, 'input[type="radio"]'));
      for (let i = 0; i < 6 && (await focused(page)) !== answer[0]; i++) await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toBe(answer[0]);
      await page.keyboard.press('Space');
      break;
    }
    case 'multiple-response': {
      for (const option of question.options) {
        await tabTo(page, `"${option.text}"`, inQuestion(question, `input[type="checkbox"][value="${option.id}"]`));
        const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
        if (checked !== answer.includes(option.text)) await page.keyboard.press('Space');
      }
      break;
    }
    case 'sequencing': {
      // Move each step up to its place, from the first place down.
      const group = page.locator(`[data-question="${question.id}"]`);
      for (const [place, text] of answer.entries()) {
        const now = (await group.locator('li').allInnerTexts()).findIndex((t) => t.includes(text));
        if (now > place) {
          await tabToElement(page, group.getByRole('button', { name: `Move up: ${text}` }), `Move up: ${text}`);
          for (let i = 0; i < now - place; i++) await page.keyboard.press('Enter');
        }
      }
      expect((await group.locator('li').allInnerTexts()).map((t) => answer.findIndex((a) => t.includes(a)))).toEqual(
        answer.map((_, i) => i),
      );
      break;
    }
    case 'matching': {
      for (const pair of answer) {
        const [source, target] = pair.split('=');
        const text = question.sources.find((s) => s.id === source)!.text;
        const select = page
          .locator(`[data-question="${question.id}"]`)
          .getByRole('combobox', { name: text, exact: true });
        await tabToElement(page, select, `the match for "${text}"`);
        // On a closed select, the arrow keys change the choice, as a keyboard user does it.
        for (let i = 0; i < 8 && (await select.inputValue()) !== target; i++) await page.keyboard.press('ArrowDown');
        await expect(select).toHaveValue(target!);
      }
      break;
    }
  }
}

/** Answers a question with the mouse (quick; the keyboard has its own tests), in a page or in the LMS's frame. */
export async function answerByMouse(root: Page | FrameLocator, question: Question, answer: string[]): Promise<void> {
  const group = root.locator(`[data-question="${question.id}"]`);
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
      await group.getByRole('radio', { name: answer[0], exact: true }).check();
      break;
    case 'multiple-response':
      for (const option of question.options) {
        await group.getByRole('checkbox', { name: option.text, exact: true }).setChecked(answer.includes(option.text));
      }
      break;
    case 'sequencing':
      for (const [place, text] of answer.entries()) {
        const now = (await group.locator('li').allInnerTexts()).findIndex((t) => t.includes(text));
        for (let i = 0; i < now - place; i++) await group.getByRole('button', { name: `Move up: ${text}` }).click();
      }
      break;
    case 'matching':
      for (const pair of answer) {
        const [source, target] = pair.split('=');
        const text = question.sources.find((s) => s.id === source)!.text;
        await group.getByRole('combobox', { name: text, exact: true }).selectOption(target!);
      }
      break;
  }
}

/** Checks that a question shows `answer` as the learner's answer (after a reload, say). */
export async function expectAnswer(root: Page | FrameLocator, question: Question, answer: string[]): Promise<void> {
  const group = root.locator(`[data-question="${question.id}"]`);
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
      await expect(group.getByRole('radio', { name: answer[0], exact: true })).toBeChecked();
      break;
    case 'multiple-response':
      for (const option of question.options) {
        const box = group.getByRole('checkbox', { name: option.text, exact: true });
        await expect(box).toBeChecked({ checked: answer.includes(option.text) });
      }
      break;
    case 'sequencing':
      await expect
        .poll(async () => (await group.locator('li').allInnerTexts()).map((t) => answer.find((a) => t.includes(a))))
        .toEqual(answer);
      break;
    case 'matching':
      for (const pair of answer) {
        const [source, target] = pair.split('=');
        const text = question.sources.find((s) => s.id === source)!.text;
        await expect(group.getByRole('combobox', { name: text, exact: true })).toHaveValue(target!);
      }
      break;
  }
}
