import type { CoreMessageId } from '../course-model/core-messages.ts';
import type { Scenario } from '../scenario-engine/index.ts';
import { coverageParts } from './coverage.ts';
import type { CourseLesson } from './load-lessons.ts';

/** A lesson section to go back to for a core message: `page` may end in the section's `#id`. */
export interface RevisitLink {
  page: string;
  title: string;
}

/**
 * Where each core message is practised most: the knowledge check or the chat (not the scored quiz) that asks about
 * it most often, the first in course order on a tie. The final quiz's "worth another look" links to its section.
 */
export function whereTaught(
  lessons: readonly CourseLesson[],
  scenarios: Readonly<Record<string, Scenario>>,
): Partial<Record<CoreMessageId, RevisitLink>> {
  const best = new Map<CoreMessageId, { count: number; link: RevisitLink }>();
  for (const part of coverageParts(lessons, scenarios)) {
    if (part.lesson.quiz?.scored && part.kind === 'quiz') continue;
    const page = `${part.lesson.meta.id}.html${part.section ? `#${part.section}` : ''}`;
    for (const [message, count] of Object.entries(part.counts) as [CoreMessageId, number][]) {
      if (count > (best.get(message)?.count ?? 0)) {
        best.set(message, { count, link: { page, title: part.lesson.meta.title } });
      }
    }
  }
  return Object.fromEntries([...best].map(([message, { link }]) => [message, link]));
}
