import { messagesFor, translator, type Messages, type Translate } from '../i18n/index.ts';
import type { Course } from './assemble-course.ts';
import { loadCourse } from './load-course.ts';
import { ContentError } from '../content-source/problems.ts';

/** The course being built, with its interface text; what every page and component of the build reads. */
export interface CurrentCourse extends Course {
  messages: Messages;
  t: Translate;
}

let current: CurrentCourse | undefined;

/** Loads the course once per build (the integration has already refused broken content, with every problem). */
export function getCourse(): CurrentCourse {
  if (current) return current;
  const { course, problems } = loadCourse(process.cwd());
  if (!course) throw new ContentError(problems);
  const messages = messagesFor(course.options.language, course.band);
  current = { ...course, messages, t: translator(messages) };
  return current;
}
