import type { ReadableAtom } from 'nanostores';
import type { SaveStatus } from '../tracking/save-status.ts';

/**
 * Shows the save status's words (carried by the notice element, per status), or nothing when all is well, on every
 * page; and says them aloud through a live region only when the status changes during the launch (a learner who
 * moves to the next lesson is not told again that progress stays on this device).
 */
export function bindSaveNotice(status: ReadableAtom<SaveStatus>, doc: Document = document): void {
  const words = () =>
    doc.querySelector<HTMLElement>('[data-save-notice]')?.getAttribute(`data-notice-${status.get()}`) ?? '';
  const show = () => {
    const notice = doc.querySelector<HTMLElement>('[data-save-notice]');
    if (notice && notice.textContent !== words()) notice.textContent = words();
  };
  let said: SaveStatus | undefined;
  status.subscribe((current) => {
    show();
    if (current === 'starting') return;
    // The first status of the launch is only shown; a later change is said too.
    if (said !== undefined && current !== said) {
      const live = doc.querySelector<HTMLElement>('[data-save-announce]');
      if (live) live.textContent = words();
    }
    said = current;
  });
  // The client router swaps the page in new; show the status on the new notice too, without saying it again.
  doc.addEventListener('astro:page-load', show);
}
