import { atom } from 'nanostores';
import type { CourseStructure } from '../course-model/structure.ts';
import type { CourseEvent } from './events.ts';
import { applyEvent, emptyState, withCompletion, type CourseState } from './state.ts';

/**
 * The learner's progress through the course. Components read it and report what happened with `report()`;
 * the tracker (src/tracking) listens and persists. One module instance per page load: Astro's client router keeps
 * it alive across lessons.
 */
export const $course = atom<CourseState>(emptyState());

/** The course being run; set once by the session before anything is reported. */
export const $structure = atom<CourseStructure | undefined>(undefined);

type Listener = (event: CourseEvent, state: CourseState) => void;
const listeners = new Set<Listener>();

/** Reports something the learner did. Updates `$course`, then tells the listeners (the tracker). */
export function report(event: CourseEvent): void {
  const structure = $structure.get();
  if (!structure) throw new Error(`report(${event.type}): the course structure is not set; start the session first`);
  const next = applyEvent($course.get(), event, structure);
  $course.set(next);
  for (const listener of listeners) listener(event, next);
}

/** Calls `listener` after every reported event; returns a function that stops it. */
export function onCourseEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Replaces the state with one restored from storage (no events are reported). */
export function restoreCourse(state: CourseState): void {
  const structure = $structure.get();
  $course.set(structure ? withCompletion(state, structure) : state);
}
