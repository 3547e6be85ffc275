/**
 * The client router unmounts a page's React islands when it swaps the page. An island still hydrating (the learner
 * scrolled to the end of a lesson, so its quiz began to hydrate, and went on at once) would then make React report
 * "this root received an early update, before anything was able to hydrate" (React error 424). So the unmount of
 * such an island waits until it has committed: the old page is already gone, and it is unmounted a moment later.
 */
const waiting = new WeakMap<Element, () => void>();

/**
 * Marks an island that has committed (`data-committed` on its `astro-island`): it handles its own clicks from then on.
 * The mark is read by course-boot.js, which keeps a chat choice clicked before then (see early-choices.ts).
 */
const COMMITTED = 'data-committed';
const isCommitted = (island: Element) => island.hasAttribute(COMMITTED);

/** Called by an island (from an effect) once React has committed it. */
export function islandCommitted(element: Element | null): void {
  const island = element?.closest('astro-island');
  if (!island) return;
  island.setAttribute(COMMITTED, '');
  const unmount = waiting.get(island);
  waiting.delete(island);
  unmount?.();
}

/**
 * Holds back `astro:unmount` for islands that have not committed. Listens in the capture phase on the page's body,
 * which an island's unmount event still passes through once the body has been swapped out.
 */
export function deferUnmountsUntilCommitted(body: HTMLElement): void {
  body.addEventListener(
    'astro:unmount',
    (event) => {
      const island = event.target;
      if (!(island instanceof Element) || island.localName !== 'astro-island' || isCommitted(island)) return;
      event.stopPropagation();
      waiting.set(island, () => island.dispatchEvent(new CustomEvent('astro:unmount')));
    },
    { capture: true },
  );
}
