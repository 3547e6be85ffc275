import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGE_BANDS } from '../course-model/core-messages.ts';
import { loadBands } from '../course/load-bands.ts';
import { readLanguages } from '../course/content-files.ts';
import { countryVariants } from '../help/help-view.ts';
import { INTERNATIONAL } from '../help/helpline-schema.ts';
import type { BuildOptions } from '../course/options.ts';
import { ContentError } from '../content-source/problems.ts';
import { parseYaml } from '../content-source/yaml-source.ts';
import type { CourseCatalog, LessonInfo } from './package-plan.ts';

/**
 * The catalog through the course's own loader (src/course/load-course.ts), which checks every content file: a
 * broken lesson stops the packager before any build, with the same messages the build would give. Throws
 * ContentError with every problem.
 */
export function loadCourseCatalog(root: string, options: BuildOptions): CourseCatalog {
  // Every lesson of every band (or of the band asked for): the selection is the plan's job.
  const { bands, problems } = loadBands(root, options);
  if (problems.length > 0) throw new ContentError(problems);
  const lessons = new Map<string, LessonInfo>();
  for (const lesson of bands.flatMap(({ course }) => course.lessons)) {
    lessons.set(lesson.meta.id, {
      id: lesson.meta.id,
      order: lesson.meta.order,
      title: lesson.meta.title,
      summary: lesson.meta.summary,
      scoredQuiz: lesson.quiz?.scored === true,
      ageBands: lesson.meta.ageBands,
    });
  }
  const help = bands[0]?.course.help ?? {};
  return {
    ...courseText(root, options.language),
    lessons: [...lessons.values()],
    countries: countryVariants(help)
      .filter((country) => country.country !== INTERNATIONAL)
      .map((country) => ({ code: country.country, name: country.name })),
    languages: readLanguages(root),
  };
}

/**
 * A shallow reader of the same facts, for tests and tools that work on a folder of lesson files without the rest
 * of the course. Reads what the packager needs from the content files: each lesson's id, order, title and summary, whether it
 * holds the scored quiz, and the course's name in the build language. It checks nothing but that the files read as
 * YAML (a ContentError says where one does not).
 */
export function readCourseCatalog(root: string, language: string): CourseCatalog {
  const modules = join(root, 'src', 'modules');
  const lessons: LessonInfo[] = [];
  const folders = existsSync(modules) ? readdirSync(modules, { withFileTypes: true }) : [];
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const lessonFile = `src/modules/${folder.name}/lesson.yaml`;
    if (!existsSync(join(root, lessonFile))) continue;
    const data = readYamlRecord(root, lessonFile);
    const quizFile = `src/modules/${folder.name}/quiz.yaml`;
    const quiz = existsSync(join(root, quizFile)) ? readYamlRecord(root, quizFile) : {};
    lessons.push({
      id: typeof data['id'] === 'string' ? data['id'] : folder.name,
      order: typeof data['order'] === 'number' ? data['order'] : Number.MAX_SAFE_INTEGER,
      title: typeof data['title'] === 'string' ? data['title'] : folder.name,
      summary: typeof data['summary'] === 'string' ? data['summary'] : '',
      scoredQuiz: quiz['scored'] === true,
      ageBands: Array.isArray(data['ageBands'])
        ? AGE_BANDS.filter((band) => (data['ageBands'] as unknown[]).includes(band))
        : [],
    });
  }
  lessons.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return { ...courseText(root, language), lessons, countries: [], languages: [language] };
}

/** The course's name, description and band titles in the build language. */
function courseText(root: string, language: string): Pick<CourseCatalog, 'title' | 'description' | 'bandTitle'> {
  const text = readCourseText(root, language);
  return {
    title: text['title'] ?? 'Speak Up',
    description: text['description'] ?? '',
    bandTitle: text['bandTitle'] ?? '{title}: ages {band}',
  };
}

/** `src/i18n/<language>/course.json` (`title`, `description`), falling back to English. */
function readCourseText(root: string, language: string): Record<string, string | undefined> {
  for (const lang of [language, language.split('-')[0] ?? language, 'en']) {
    const file = join(root, 'src', 'i18n', lang, 'course.json');
    if (!existsSync(file)) continue;
    const data = asRecord(JSON.parse(readFileSync(file, 'utf8')));
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? value : undefined]),
    );
  }
  return {};
}

/** A content file's data, read as every content file is (src/content-source/yaml-source.ts). */
function readYamlRecord(root: string, file: string): Record<string, unknown> {
  const parsed = parseYaml(file, readFileSync(join(root, file), 'utf8'));
  if (!parsed.ok) throw new ContentError(parsed.problems);
  return asRecord(parsed.source.data);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
