import type { CourseState } from '../course-state/state.ts';
import { report } from '../course-state/store.ts';

/** Marks completed lessons in the lesson list and switches Start to Continue; re-run after every page swap. */
export function showProgress(state: CourseState, doc: Document = document): void {
  for (const item of doc.querySelectorAll<HTMLElement>('[data-lesson-item]')) {
    const done = state.lessons[item.dataset.lessonItem ?? '']?.completed === true;
    item.querySelector<HTMLElement>('[data-status-text]')?.toggleAttribute('hidden', !done);
  }
  const resume = doc.querySelector<HTMLAnchorElement>('[data-continue]');
  if (resume && state.location) {
    resume.href = state.location;
    resume.textContent = resume.dataset.continue ?? resume.textContent;
  }
}

/** Reports the lesson's end once the learner has scrolled to it. */
export function watchLessonEnd(lesson: string, doc: Document = document): () => void {
  const marker = doc.querySelector('[data-lesson-end]');
  if (!marker || typeof IntersectionObserver === 'undefined') return () => {};
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      report({ type: 'lesson.endReached', lesson });
    }
  });
  observer.observe(marker);
  return () => observer.disconnect();
}
