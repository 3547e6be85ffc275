/**
 * The course's header is sticky: whatever the browser scrolls to (a focused element, an anchor, a chat message) must
 * land below it, never under it (WCAG 2.2, 2.4.11 Focus Not Obscured). Its height changes with the width (the buttons
 * wrap at 320 px) and the text size, so it is measured, and the page's `scroll-padding-top` follows it
 * (`--header-height`, read by src/styles/course.css).
 */
export function keepBelowHeader(doc: Document = document): void {
  const root = doc.documentElement;
  const measure = () => {
    const header = doc.querySelector('.course-header');
    if (header) root.style.setProperty('--header-height', `${Math.ceil(header.getBoundingClientRect().height)}px`);
  };
  measure();
  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(measure);
    const watch = () => {
      observer.disconnect();
      const header = doc.querySelector('.course-header');
      if (header) observer.observe(header);
      measure();
    };
    watch();
    // The client router swaps the header in new with each page.
    doc.addEventListener('astro:page-load', watch);
  }
}
