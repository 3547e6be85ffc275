import { createHash } from 'node:crypto';
import type { CourseStructure } from '../course-model/structure.ts';
import { quizStructure } from '../quiz-engine/index.ts';
import { scenarioStructure, type Scenario } from '../scenario-engine/index.ts';
import type { LoadedLesson } from './load-lessons.ts';
import type { BuildOptions } from './options.ts';

/** What the learner's browser is told about the course it runs (course-model/structure.ts), with its fingerprint. */
export function courseStructure(
  options: BuildOptions,
  lessons: LoadedLesson[],
  scenarios: Record<string, Scenario>,
): CourseStructure {
  const single = lessons.length === 1 ? lessons[0] : undefined;
  const indexed = {
    lessons: lessons.map((lesson) => ({
      id: lesson.meta.id,
      title: lesson.meta.title,
      page: `${lesson.meta.id}.html`,
      required: lesson.meta.required,
      completion: lesson.meta.completion.map((rule) =>
        rule === 'reach-end'
          ? { kind: 'reach-end' as const }
          : 'scenario' in rule
            ? { kind: 'finish-scenario' as const, scenario: rule.scenario }
            : { kind: 'finish-quiz' as const, quiz: rule.quiz },
      ),
    })),
    scenarios: Object.values(scenarios).map(scenarioStructure),
    quizzes: lessons.flatMap((lesson) => (lesson.quiz ? [quizStructure(lesson.quiz, lesson.meta.id)] : [])),
  };
  // The fingerprint covers what saved progress indexes (ids, order, answers' shapes), so that progress saved by
  // another version of the course is never misread.
  const fingerprint = createHash('sha256').update(JSON.stringify(indexed)).digest('base64url').slice(0, 8);
  return {
    id: options.identifier ?? (single ? `speak-up-${single.meta.id}` : 'speak-up'),
    title: options.title ?? (single ? `Speak Up: ${single.meta.title}` : 'Speak Up'),
    language: options.language,
    fingerprint,
    masteryScore: options.masteryScore,
    quizAttempts: options.quizAttempts,
    reportScenarioOutcomes: options.reportScenarioOutcomes,
    quickExitUrl: options.quickExitUrl,
    ...indexed,
  };
}
