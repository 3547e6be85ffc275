import type { CoreMessageId } from '../course-model/core-messages.ts';
import type { Scenario } from '../scenario-engine/index.ts';
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
  const consider = (lesson: CourseLesson, section: string | undefined, messages: readonly CoreMessageId[]) => {
    const counts = new Map<CoreMessageId, number>();
    for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
    const page = `${lesson.meta.id}.html${section ? `#${section}` : ''}`;
    for (const [message, count] of counts) {
      if (count > (best.get(message)?.count ?? 0))
        best.set(message, { count, link: { page, title: lesson.meta.title } });
    }
  };
  for (const lesson of lessons) {
    if (lesson.quiz?.scored) continue;
    if (lesson.quiz)
      consider(
        lesson,
        lesson.sections.quiz,
        lesson.quiz.questions.map((q) => q.checks),
      );
    for (const rule of lesson.meta.completion) {
      if (typeof rule !== 'object' || !('scenario' in rule)) continue;
      const nodes = Object.values(scenarios[rule.scenario]?.nodes ?? {});
      consider(
        lesson,
        lesson.sections.scenarios[rule.scenario],
        nodes.flatMap((node) => node.choices.map((choice) => choice.practises)),
      );
    }
  }
  return Object.fromEntries([...best].map(([message, { link }]) => [message, link]));
}
