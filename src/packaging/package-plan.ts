import { AGE_BANDS, type AgeBand } from '../course-model/core-messages.ts';
import type { BuildOptions } from '../course/options.ts';
import { format } from '../i18n/format.ts';
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
  /** The age bands it is written for. */
  ageBands: readonly AgeBand[];
}

/**
 * The course as the packager sees it: its lessons, its name in the build's language, and what a school may choose
 * from. Plain data: the teacher site's package builder carries it into the browser.
 */
export interface CourseCatalog {
  title: string;
  description: string;
  /** The title of a band's course in the LMS, with `{title}` and `{band}`: "{title}: ages {band}". */
  bandTitle: string;
  lessons: readonly LessonInfo[];
  /** The countries with helplines, by code, with their names. */
  countries: readonly { code: string; name: string }[];
  /** The languages the course has interface text for. */
  languages: readonly string[];
}

export interface PlannedPackage {
  standard: PackageStandard;
  fileName: string;
}

/** One build of the course (a band's lessons, or one lesson), and the packages made from it. */
export interface PackageScope {
  kind: 'course' | 'lesson';
  /** `course-<band>` or the lesson id: names the packages and the build folder. */
  slug: string;
  band: AgeBand;
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
 * The packages a run makes: for each age band (or the one the options name), the band's whole course as SCORM 1.2,
 * SCORM 2004 and a plain web zip, and each of its lessons on its own as SCORM 1.2 and 2004. Lessons keep the
 * course's order (their `order` field), in whatever order they were named.
 */
export function planPackages(options: BuildOptions, catalog: CourseCatalog): PackageScope[] {
  const byId = new Map(catalog.lessons.map((lesson) => [lesson.id, lesson] as const));
  const inOrder = [...catalog.lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id, 'en'));
  const unknown = options.lessons.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new PlanError(
      `${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is not a lesson' : 'are not lessons'}; the lessons are: ${inOrder.map((l) => l.id).join(', ') || '(none found in src/modules)'}`,
    );
  }
  const duplicate = options.lessons.find((id, index) => options.lessons.indexOf(id) !== index);
  if (duplicate) throw new PlanError(`lesson "${duplicate}" is selected twice`);
  // Course order, whatever order they were named in: the pages of a build keep it, so the package does.
  const named = inOrder.filter((lesson) => options.lessons.includes(lesson.id));
  if (catalog.lessons.length === 0) throw new PlanError('there are no lessons to package (src/modules has none)');

  const bandsOf = (lessons: readonly LessonInfo[]) =>
    AGE_BANDS.filter((band) => lessons.some((lesson) => lesson.ageBands.includes(band)));
  let courses: { band: AgeBand; lessons: LessonInfo[] }[];
  if (named.length > 0) {
    const band = options.band ?? AGE_BANDS.find((b) => named.every((lesson) => lesson.ageBands.includes(b)));
    const outside = named.find((lesson) => band === undefined || !lesson.ageBands.includes(band));
    if (band === undefined || outside) {
      throw new PlanError(
        `the lessons chosen are not all for ${band ? `ages ${band}` : 'one age band'}` +
          (outside ? ` ("${outside.id}" is for ${outside.ageBands.join(', ')})` : '') +
          '; a course is for one band: choose the lessons of one band, or none and a band',
      );
    }
    courses = [{ band, lessons: named }];
  } else {
    const bands = options.band ? [options.band] : bandsOf(inOrder);
    courses = bands.map((band) => ({ band, lessons: inOrder.filter((lesson) => lesson.ageBands.includes(band)) }));
    const empty = courses.find((course) => course.lessons.length === 0);
    if (empty) throw new PlanError(`there are no lessons for ages ${empty.band} to package`);
  }

  const courseTitle = truncate(options.title ?? catalog.title, MAX_TITLE);
  const courseIdentifier = options.identifier ?? DEFAULT_IDENTIFIER;
  const mastery = (scope: readonly LessonInfo[]) =>
    scope.some((lesson) => lesson.scoredQuiz) ? options.masteryScore : undefined;

  const scopes: PackageScope[] = [];
  const packaged = new Set<string>();
  for (const { band, lessons } of courses) {
    const identifier = lessonIdentifier(courseIdentifier, band);
    const title = truncate(format(catalog.bandTitle, { title: courseTitle, band }), MAX_TITLE);
    const slug = `course-${band}`;
    scopes.push({
      kind: 'course',
      slug,
      band,
      options: { ...options, band, lessons: lessons.map((l) => l.id), title: courseTitle, identifier },
      manifest: {
        identifier,
        title,
        description: catalog.description,
        language: options.language,
        keywords: [catalog.title, ...lessons.map((l) => l.title)],
        masteryScore: mastery(lessons),
      },
      packages: [...SCORM_STANDARDS, 'none' as const].map((standard) => ({
        standard,
        fileName: packageFileName(slug, standard),
      })),
    });
    for (const lesson of lessons) {
      // A lesson written for two bands is packaged once, with the first.
      if (packaged.has(lesson.id)) continue;
      packaged.add(lesson.id);
      const lessonTitle = truncate(`${courseTitle}: ${lesson.title}`, MAX_TITLE);
      const lessonId = lessonIdentifier(courseIdentifier, lesson.id);
      scopes.push({
        kind: 'lesson',
        slug: lesson.id,
        band,
        options: { ...options, band, lessons: [lesson.id], title: lessonTitle, identifier: lessonId },
        manifest: {
          identifier: lessonId,
          title: lessonTitle,
          description: lesson.summary,
          language: options.language,
          keywords: [catalog.title, lesson.title],
          masteryScore: mastery([lesson]),
        },
        packages: SCORM_STANDARDS.map((standard) => ({ standard, fileName: packageFileName(lesson.id, standard) })),
      });
    }
  }
  return scopes;
}
