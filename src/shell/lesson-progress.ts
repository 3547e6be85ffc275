import type { CourseStructure } from '../course-model/structure.ts';
import { courseResult, lessonStatus, nextLesson, type CourseState } from '../course-state/state.ts';
import { report } from '../course-state/store.ts';

/**
 * Shows the learner's progress on the page, after every page swap: each lesson's status in the lesson list, where
 * Start and Continue lead (the next lesson not finished yet, never one already done), and the course-complete part of
 * the start page once everything is done. The words ride on the elements (`data-*`), in the page's language.
 */
export function showProgress(state: CourseState, structure: CourseStructure, doc: Document = document): void {
  for (const item of doc.querySelectorAll<HTMLElement>('[data-lesson-item]')) {
    const status = lessonStatus(state, item.dataset['lessonItem'] ?? '');
    const text = item.querySelector<HTMLElement>('[data-status-text]');
    if (!text) continue;
    text.dataset['status'] = status;
    text.textContent = text.getAttribute(`data-status-${status}`) ?? '';
  }
  const started = Object.values(state.lessons).some((lesson) => lesson.visited);
  const next = nextLesson(state, structure);
  const finished = courseResult(state, structure).completed;
  const start = doc.querySelector<HTMLAnchorElement>('[data-start]');
  if (start) {
    const target = next ?? structure.lessons[0];
    if (target) start.href = target.page;
    const label = finished
      ? start.dataset['again']
      : started && next
        ? start.dataset['continue']
        : start.dataset['first'];
    start.textContent = (label ?? start.textContent ?? '').replace('{title}', next?.title ?? '');
  }
  doc.querySelector<HTMLElement>('[data-course-complete]')?.toggleAttribute('hidden', !finished);
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
