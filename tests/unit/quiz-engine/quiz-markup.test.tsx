import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import Quiz from '../../../src/components/quiz/Quiz.tsx';
import { CORE_MESSAGES } from '../../../src/course-model/core-messages.ts';
import english from '../../../src/i18n/en/quiz.json';
import { validQuiz } from './helpers.ts';

// The page as the build renders it (no browser: no jsdom here). The end-to-end tests drive the hydrated island.
const messages = {
  ...Object.fromEntries(Object.entries(english).map(([key, text]) => [`quiz.${key}`, text])),
  ...Object.fromEntries(CORE_MESSAGES.map((id) => [`core.${id}.title`, id])),
};
const render = (scored: boolean) => renderToString(<Quiz quiz={{ ...validQuiz(), scored }} messages={messages} />);
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('the quiz island, as built', () => {
  const html = render(false);

  it('names every question group by its prompt', () => {
    // One fieldset per question, inside the one that keeps the inputs disabled until the island has hydrated.
    expect(count(html, /<fieldset/)).toBe(5 + 1);
    expect(count(html, /<legend/)).toBe(5);
    expect(html).toMatch(/<fieldset class="quiz-questions" disabled="">/);
    expect(html).toContain('<legend class="quiz-prompt">Which of these is a warning sign?</legend>');
  });

  it('uses native radio buttons and checkboxes, each inside its label', () => {
    expect(count(html, /type="radio"/)).toBe(3 + 2);
    expect(count(html, /type="checkbox"/)).toBe(3);
    for (const match of html.matchAll(/<label[^>]*for="([^"]+)"[^>]*><input id="([^"]+)"/g)) {
      expect(match[1]).toBe(match[2]);
    }
    expect(count(html, /<label[^>]*><input /)).toBe(8);
  });

  it('gives every step Move up and Move down buttons named with the step', () => {
    expect(html).toContain('aria-label="Move up: Stop replying"');
    expect(html).toContain('aria-label="Move down: Report the account"');
    expect(count(html, /aria-label="Move (up|down): /)).toBe(8);
    expect(count(html, /aria-disabled="true"/)).toBe(2); // the first step's Move up, the last step's Move down
  });

  it('gives every item to match a labelled list of targets', () => {
    expect(count(html, /<select/)).toBe(3);
    expect(html).toMatch(/<label for="([^"]+)" class="quiz-match-source">Take It Down<\/label><select id="\1"/);
  });

  it('checks a knowledge check question by question; the scored quiz is submitted once', () => {
    expect(count(html, />Check answer</)).toBe(5);
    expect(html).not.toContain('Submit answers');
    const scored = render(true);
    expect(count(scored, />Check answer</)).toBe(0);
    expect(count(scored, />Submit answers</)).toBe(1);
  });

  it('has a polite status region for what the buttons do', () => {
    expect(html).toMatch(/<p id="[^"]+" class="visually-hidden" role="status"><\/p><\/section>$/);
  });
});
