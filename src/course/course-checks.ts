import type { ContentProblem } from '../content-source/problems.ts';
import type { ContentFile } from './content-files.ts';
import type { LessonFolder, LoadedLesson } from './load-lessons.ts';
import type { ScenarioTable } from './load-scenarios.ts';
import type { MdxHeading } from './mdx-references.ts';

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
  illustrations: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  const content = entries.get(lesson.contentFile);
  if (!content) return;
  const refs = lesson.references;
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
  checkHeadings(lesson, content, refs.headings, problems);
  const picture = lesson.meta.illustration;
  if (picture !== undefined && !illustrations.has(picture)) {
    problems.push({
      file: lesson.file,
      where: 'field "illustration"',
      message: `names "${picture}", but there is no src/illustrations/${picture}.svg`,
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

/**
 * A page whose headings repeat each other reads badly with a screen reader's list of headings: no section of a
 * lesson may repeat the lesson's title (the page's h1), the title of its quiz (which the quiz shows as its own
 * heading), or another section's heading.
 */
function checkHeadings(
  lesson: LoadedLesson,
  content: ContentFile,
  headings: readonly MdxHeading[],
  problems: ContentProblem[],
): void {
  const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (lesson.quiz && words(lesson.quiz.title) === words(lesson.meta.title)) {
    problems.push({
      file: lesson.file.replace(/lesson\.yaml$/, 'quiz.yaml'),
      where: 'field "title"',
      message: "is the lesson's title too, which is the page's main heading; give the quiz a title of its own",
    });
  }
  const seen = new Map<string, number>();
  for (const { text: heading, line } of headings) {
    const problem = (message: string) =>
      problems.push({ file: content.path, line, where: `heading "${heading}"`, message });
    const key = words(heading);
    if (key === words(lesson.meta.title)) {
      problem("repeats the lesson's title, which is the page's main heading; give the section a name of its own");
    } else if (lesson.quiz && key === words(lesson.quiz.title)) {
      problem("repeats the quiz's title, which the quiz shows as its own heading; leave this heading out");
    } else if (seen.has(key)) {
      problem(`repeats the heading on line ${seen.get(key)}; give each section a name of its own`);
    }
    seen.set(key, line);
  }
}
