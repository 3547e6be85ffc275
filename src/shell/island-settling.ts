/**
 * The client router unmounts a page's React islands when it swaps the page. An island still hydrating (the learner
 * scrolled to the end of a lesson, so its quiz began to hydrate, and went on at once) then makes React report
 * "this root received an early update, before anything was able to hydrate" (React error 424). So a navigation
 * waits, briefly, until every island whose hydration has begun has committed its first render.
 */
const committed = new WeakSet<Element>();

/** Called by an island (from an effect) once React has committed it. */
export function islandCommitted(element: Element | null): void {
  const island = element?.closest('astro-island');
  if (island) committed.add(island);
}

/** Resolves once every island that has begun to hydrate (lost its `ssr` attribute) has committed, or after `maxMs`. */
export function islandsSettled(doc: Document = document, maxMs = 3000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      const hydrating = [...doc.querySelectorAll('astro-island:not([ssr])')].some((island) => !committed.has(island));
      if (!hydrating || Date.now() - started > maxMs) resolve();
      else setTimeout(check, 25);
    };
    check();
  });
}
