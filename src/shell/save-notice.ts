import type { ReadableAtom } from 'nanostores';
import type { SaveStatus } from '../tracking/save-status.ts';

/** Shows the save status's words (carried by the notice element, per status) or nothing when all is well. */
export function bindSaveNotice(status: ReadableAtom<SaveStatus>, doc: Document = document): void {
  const show = () => {
    const notice = doc.querySelector<HTMLElement>('[data-save-notice]');
    if (!notice) return;
    const text = notice.getAttribute(`data-notice-${status.get()}`) ?? '';
    if (notice.textContent !== text) notice.textContent = text;
  };
  status.subscribe(show);
  // The client router swaps the page in new; show the status on the new notice too.
  doc.addEventListener('astro:page-load', show);
}
