/** Mounting the chat island in a DOM (happy-dom), as the page would, with the course state it reports to. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import ScenarioPlayer from '../../../src/components/scenario/ScenarioPlayer.tsx';
import { emptyState } from '../../../src/course-state/state.ts';
import { $course, $structure } from '../../../src/course-state/store.ts';
import { messagesFor, pickMessages } from '../../../src/i18n/index.ts';
import type { Scenario } from '../../../src/scenario-engine/build/schema.ts';

const messages = pickMessages(messagesFor('en'), 'scenario.', 'core.');
let root: Root | undefined;
let host: HTMLElement | undefined;

/** Once per test file: React's act(), no pauses between messages (reduced motion), a course to report to. */
export function prepareChatDom(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query })) as never;
  $structure.set({
    id: 'test',
    title: 'Test',
    language: 'en',
    fingerprint: 'test',
    masteryScore: 80,
    quizAttempts: 0,
    reportScenarioOutcomes: false,
    quickExitUrl: 'exit.html',
    lessons: [],
    scenarios: [],
    quizzes: [],
  });
}

export function unmountChat(): void {
  act(() => root?.unmount());
  root = undefined;
  host?.remove();
}

/** The island for `scenario`, with the learner's course state as given (fresh by default). */
export function mountChat(scenario: Scenario, state = emptyState()): HTMLElement {
  unmountChat();
  $course.set(state);
  const page = document.createElement('div');
  document.body.append(page);
  host = page;
  root = createRoot(page);
  act(() => root!.render(<ScenarioPlayer scenario={scenario} messages={messages} />));
  return page;
}

export const choiceButtons = (page: HTMLElement) => [...page.querySelectorAll<HTMLButtonElement>('.scenario-choice')];
export const logText = (page: HTMLElement) => page.querySelector('[role="log"]')?.textContent ?? '';
export const press = (button: HTMLElement | undefined) => act(() => button?.click());
/** The button whose text is exactly `text`. */
export const button = (page: HTMLElement, text: string) =>
  [...page.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);
