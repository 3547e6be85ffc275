/** Opens and closes the Help dialog (a native <dialog>: it traps focus, closes on Escape and returns focus). */
export function bindHelpPanel(doc: Document = document): void {
  doc.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const dialog = doc.getElementById('help-panel');
    if (!target || !(dialog instanceof HTMLDialogElement)) return;
    if (target.closest('[data-help-open]')) {
      if (!dialog.open) dialog.showModal();
    } else if (target.closest('[data-help-close]') || target === dialog) {
      // A click on the backdrop lands on the dialog itself.
      dialog.close();
    }
  });
}
