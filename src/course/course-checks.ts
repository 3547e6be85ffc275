import type { ContentProblem } from '../content-source/problems.ts';
import type { ContentFile } from './content-files.ts';
import type { LessonFolder, LoadedLesson } from './load-lessons.ts';
import type { ScenarioTable } from './load-scenarios.ts';
import { findMdxReferences } from './mdx-references.ts';

/**
 * The rules that span files: ids unique across the course, what a lesson embeds and what completes it must exist,
 * be shown and suit its ages.
 */

/** Quiz ids and question ids are unique in the course: the LMS reports answers by id. */
export function checkUniqueIds(lessons: readonly LessonFolder[], problems: ContentProblem[]): void {
  const questionIds = new Map<string, string>();
  const quizIds = new Map<string, string>();
  for (const { lesson, quizFile } of lessons) {
    if (!lesson.quiz || !quizFile) continue;
    const seenQuiz = quizIds.get(lesson.quiz.id);
    if (seenQuiz) {
      problems.push({
        file: quizFile,
        where: 'field "id"',
        message: `quiz id "${lesson.quiz.id}" is used in ${seenQuiz} too`,
      });
    }
    quizIds.set(lesson.quiz.id, quizFile);
    for (const question of lesson.quiz.questions) {
      const seen = questionIds.get(question.id);
      if (seen && seen !== quizFile) {
        problems.push({
          file: quizFile,
          where: `question "${question.id}"`,
          message: `the id is used in ${seen} too; question ids must be unique in the course (the LMS reports by id)`,
        });
      }
      questionIds.set(question.id, quizFile);
    }
  }
}

/** What a lesson embeds and what completes it must exist, be shown, and suit its ages. */
export function checkLessonReferences(
  lesson: LoadedLesson,
  entries: Map<string, ContentFile>,
  scenarios: ScenarioTable,
  problems: ContentProblem[],
): void {
  const content = entries.get(lesson.contentFile);
  if (!content) return;
  const refs = findMdxReferences(content.text);
  for (const ref of refs.scenarios) {
    const found = scenarios.get(ref.id);
    if (found === 'broken') continue;
    if (!found) {
      problems.push({
        file: content.path,
        line: ref.line,
        where: `<Scenario id="${ref.id}">`,
        message: `there is no scenario "${ref.id}" (src/scenarios/${ref.id}/scenario.yaml)`,
      });
      continue;
    }
    const missing = lesson.meta.ageBands.filter((band) => !found.scenario.ageBands.includes(band));
    if (missing.length > 0) {
      problems.push({
        file: content.path,
        line: ref.line,
        where: `<Scenario id="${ref.id}">`,
        message: `the lesson is for ages ${lesson.meta.ageBands.join(', ')} but the scenario is written for ${found.scenario.ageBands.join(', ')}; it must be written for every age band of its lesson (${missing.join(', ')} missing)`,
      });
    }
  }
  if (lesson.quiz && refs.quizzes.length === 0) {
    problems.push({
      file: content.path,
      message: `the lesson has a quiz (quiz.yaml) but its text never shows it; add <Quiz /> where it belongs`,
    });
  }
  if (!lesson.quiz && refs.quizzes.length > 0) {
    problems.push({
      file: content.path,
      line: refs.quizzes[0]?.line,
      where: '<Quiz />',
      message: 'the lesson has no quiz.yaml to show',
    });
  }
  lesson.meta.completion.forEach((rule, index) => {
    const where = `completion rule ${index + 1}`;
    if (typeof rule !== 'object') return;
    if ('scenario' in rule && !refs.scenarios.some((r) => r.id === rule.scenario)) {
      problems.push({
        file: lesson.file,
        where,
        message: `needs scenario "${rule.scenario}", but the lesson's text does not show it (<Scenario id="${rule.scenario}" />)`,
      });
    }
    if ('quiz' in rule && lesson.quiz?.id !== rule.quiz) {
      problems.push({
        file: lesson.file,
        where,
        message: `needs quiz "${rule.quiz}", but the lesson's quiz is ${lesson.quiz ? `"${lesson.quiz.id}"` : 'missing'}`,
      });
    }
  });
}
