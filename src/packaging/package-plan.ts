import type { BuildOptions } from '../course/options.ts';
import type { ManifestInput } from './manifest-input.ts';
import { STANDARD_FILE_SUFFIX, type PackageStandard } from './standards.ts';

/** What the packager needs to know of a lesson (read from `src/modules/<id>/lesson.yaml` and `quiz.yaml`). */
export interface LessonInfo {
  id: string;
  order: number;
  title: string;
  summary: string;
  /** The lesson holds the scored quiz, so a package with it has a pass mark. */
  scoredQuiz: boolean;
}

/** The course as the packager sees it: its lessons and its name in the build's language. */
export interface CourseCatalog {
  title: string;
  description: string;
  lessons: readonly LessonInfo[];
}

export interface PlannedPackage {
  standard: PackageStandard;
  fileName: string;
}

/** One build of the course (all selected lessons, or one lesson), and the packages made from it. */
export interface PackageScope {
  kind: 'course' | 'lesson';
  /** `course` or the lesson id: names the packages and the build folder. */
  slug: string;
  /** The options the build gets through SPEAKUP_OPTIONS. */
  options: BuildOptions;
  /** Everything the manifest says except the files, which come from the build. */
  manifest: Omit<ManifestInput, 'files' | 'launch'>;
  packages: PlannedPackage[];
}

export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

const FILE_PREFIX = 'speak-up';
const DEFAULT_IDENTIFIER = 'speak-up';
/** SCORM 2004 CP limits titles to 200 characters; the options schema allows 200 for the course alone. */
const MAX_TITLE = 200;
const MAX_IDENTIFIER = 64;
const SCORM_STANDARDS = ['scorm12', 'scorm2004'] as const;

export function packageFileName(slug: string, standard: PackageStandard): string {
  return `${FILE_PREFIX}-${slug}-${STANDARD_FILE_SUFFIX[standard]}.zip`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `speak-up-what-is-online-blackmail`: still a valid identifier (the options schema's rule) when cut short. */
export function lessonIdentifier(courseIdentifier: string, lessonId: string): string {
  return `${courseIdentifier}-${lessonId}`.slice(0, MAX_IDENTIFIER).replace(/[-_]+$/, '');
}

/**
 * The packages a run makes: each selected lesson on its own and the whole course, each as SCORM 1.2 and SCORM
 * 2004, plus one plain web zip of the whole course. Lessons keep the course's order (`lessons` as given, else
 * by their `order` field).
 */
export function planPackages(options: BuildOptions, catalog: CourseCatalog): PackageScope[] {
  const byId = new Map(catalog.lessons.map((lesson) => [lesson.id, lesson] as const));
  const unknown = options.lessons.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const known = [...catalog.lessons].sort((a, b) => a.order - b.order).map((l) => l.id);
    throw new PlanError(
      `${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is not a lesson' : 'are not lessons'}; the lessons are: ${known.join(', ') || '(none found in src/modules)'}`,
    );
  }
  const duplicate = options.lessons.find((id, index) => options.lessons.indexOf(id) !== index);
  if (duplicate) throw new PlanError(`lesson "${duplicate}" is selected twice`);
  const lessons =
    options.lessons.length > 0
      ? options.lessons.map((id) => byId.get(id)).filter((l): l is LessonInfo => l !== undefined)
      : [...catalog.lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id, 'en'));
  if (lessons.length === 0) throw new PlanError('there are no lessons to package (src/modules has none)');

  const courseTitle = truncate(options.title ?? catalog.title, MAX_TITLE);
  const courseIdentifier = options.identifier ?? DEFAULT_IDENTIFIER;
  const mastery = (scope: readonly LessonInfo[]) =>
    scope.some((lesson) => lesson.scoredQuiz) ? options.masteryScore : undefined;

  const course: PackageScope = {
    kind: 'course',
    slug: 'course',
    options: { ...options, lessons: lessons.map((l) => l.id), title: courseTitle, identifier: courseIdentifier },
    manifest: {
      identifier: courseIdentifier,
      title: courseTitle,
      description: catalog.description,
      language: options.language,
      keywords: [catalog.title, ...lessons.map((l) => l.title)],
      masteryScore: mastery(lessons),
    },
    packages: [...SCORM_STANDARDS, 'none' as const].map((standard) => ({
      standard,
      fileName: packageFileName('course', standard),
    })),
  };

  const perLesson = lessons.map((lesson): PackageScope => {
    const title = truncate(`${courseTitle}: ${lesson.title}`, MAX_TITLE);
    const identifier = lessonIdentifier(courseIdentifier, lesson.id);
    return {
      kind: 'lesson',
      slug: lesson.id,
      options: { ...options, lessons: [lesson.id], title, identifier },
      manifest: {
        identifier,
        title,
        description: lesson.summary,
        language: options.language,
        keywords: [catalog.title, lesson.title],
        masteryScore: mastery([lesson]),
      },
      packages: SCORM_STANDARDS.map((standard) => ({ standard, fileName: packageFileName(lesson.id, standard) })),
    };
  });

  return [course, ...perLesson];
}
