/**
 * A chat's choices are drawn in the page before its island can take them. A learner who clicks one in that moment
 * must not lose the click: public/course-boot.js (which runs before the page is drawn) notes it on the button
 * (`data-early-choice`) while the island has not committed (island-settling.ts), and the island takes it as soon as
 * it has started, if the chat is still at that node.
 */

/** The choice clicked early inside `root`, if any (and forgets it). */
export function takeEarlyChoice(root: Element | null): { node: string; index: number } | undefined {
  const button = root?.querySelector<HTMLElement>('[data-early-choice]');
  if (!button) return undefined;
  button.removeAttribute('data-early-choice');
  const index = Number(button.dataset['index']);
  const node = button.dataset['node'];
  return node !== undefined && Number.isInteger(index) ? { node, index } : undefined;
}
