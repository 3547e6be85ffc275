import { parseMdx } from '../content-source/mdx-source.ts';
import type { ContentProblem } from '../content-source/problems.ts';
import { parseQuiz, type Quiz } from '../quiz-engine/index.ts';
import { byFolder, SOURCE_LANGUAGE, type ContentFile } from './content-files.ts';
import { parseLesson, type LessonMeta } from './lesson.ts';
import { findMdxReferences, type MdxReferences } from './mdx-references.ts';

/** A lesson as the build uses it. */
export interface CourseLesson {
  meta: LessonMeta;
  /** File name of its content in the build's language (`content.mdx`, `content.de.mdx`). */
  contentFile: string;
  /** The lesson's quiz, if it has one. */
  quiz?: Quiz | undefined;
  /** The id of the section (heading) each embed is in, to link to: `quiz`, and each scenario by id. */
  sections: { quiz?: string | undefined; scenarios: Record<string, string> };
}

/** A lesson read from its folder, with what the cross-file checks need. */
export interface LoadedLesson extends CourseLesson {
  file: string;
  /** What its content shows (scenarios, the quiz) and its headings, with their lines. */
  references: MdxReferences;
}

/** A lesson folder's files as read: the lesson, its quiz file, and every file of the folder. */
export interface LessonFolder {
  lesson: LoadedLesson;
  quizFile?: string | undefined;
  folderFiles: Map<string, ContentFile>;
}

/** Reads and checks every lesson, its quiz and its text in the build's language; the problems go into `problems`. */
export function loadLessons(files: readonly ContentFile[], language: string, problems: ContentProblem[]) {
  const lessons: { lesson: LoadedLesson; quizFile?: string | undefined; folderFiles: Map<string, ContentFile> }[] = [];
  for (const { folder, files: entries } of byFolder(files, 'src/modules')) {
    const file = entries.get('lesson.yaml');
    if (!file) {
      problems.push({ file: `src/modules/${folder}/`, message: 'has no lesson.yaml (see docs/authoring.md)' });
      continue;
    }
    const parsed = parseLesson(file.path, file.text, folder);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const contentFile = language === SOURCE_LANGUAGE ? 'content.mdx' : `content.${language}.mdx`;
    const content = entries.get(contentFile);
    if (!content) {
      problems.push({
        file: `src/modules/${folder}/`,
        message: `has no ${contentFile}: the lesson text in the build's language ("${language}")`,
      });
      continue;
    }
    let quiz: Quiz | undefined;
    const quizFile = entries.get('quiz.yaml');
    if (quizFile) {
      const parsedQuiz = parseQuiz(quizFile.path, quizFile.text);
      if (!parsedQuiz.ok) {
        problems.push(...parsedQuiz.problems);
        continue;
      }
      quiz = parsedQuiz.quiz;
    }
    const tree = parseMdx(content.path, content.text);
    if (!tree.ok) {
      problems.push(...tree.problems);
      continue;
    }
    const { refs, problems: refProblems } = findMdxReferences(content.path, tree.root);
    problems.push(...refProblems);
    lessons.push({
      lesson: {
        meta: parsed.lesson,
        contentFile,
        quiz,
        file: file.path,
        references: refs,
        sections: {
          quiz: refs.quizzes[0]?.section,
          scenarios: Object.fromEntries(refs.scenarios.flatMap((r) => (r.section ? [[r.id, r.section]] : []))),
        },
      },
      quizFile: quizFile?.path,
      folderFiles: entries,
    });
  }
  return lessons;
}
