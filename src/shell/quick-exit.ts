/**
 * Quick exit: hide everything at once (no animation), let the tracker save, then leave for a neutral page with
 * `location.replace`, so that Back does not return to the course.
 */
export interface QuickExitOptions {
  /** A page of the package (`exit.html`) or an https:// address. */
  destination: string;
  /** Saves progress before leaving; must not throw and should be quick (it runs synchronously). */
  beforeLeave?: () => void;
}

export function quickExit({ destination, beforeLeave }: QuickExitOptions, win: Window = window): void {
  win.document.documentElement.style.visibility = 'hidden';
  win.document.title = '';
  try {
    beforeLeave?.();
  } catch (error) {
    console.warn('Quick exit: progress could not be saved before leaving', error);
  }
  const target = new URL(destination, win.location.href).href;
  if (/^https:/.test(destination)) {
    // An outside page replaces the whole LMS window where the browser lets a framed course do so
    // (it does after a click or key press); otherwise only the course's frame leaves.
    try {
      win.top?.location.replace(target);
      return;
    } catch {
      /* cross-origin top window that refuses: fall through */
    }
  }
  win.location.replace(target);
}

/** Calls `onDoubleEscape` when Escape is pressed twice within `withinMs`. Returns a function that stops listening. */
export function listenForDoubleEscape(onDoubleEscape: () => void, target: Document = document, withinMs = 1500) {
  let last = Number.NEGATIVE_INFINITY;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.repeat) return;
    if (event.timeStamp - last <= withinMs) {
      last = Number.NEGATIVE_INFINITY;
      onDoubleEscape();
    } else {
      last = event.timeStamp;
    }
  };
  target.addEventListener('keydown', onKey, true);
  return () => target.removeEventListener('keydown', onKey, true);
}
