import { readBuildOptions } from '../course/build-options.ts';
import { loadBands, type BandCourse } from '../course/load-bands.ts';
import type { CourseLesson } from '../course/load-lessons.ts';
import { ContentError, formatProblem } from '../content-source/problems.ts';
import type { AgeBand } from '../course-model/core-messages.ts';
import { messagesFor, translator, type Translate } from '../i18n/index.ts';
import type { Scenario } from '../scenario-engine/index.ts';
import { loadTeacherData, type Baseline, type CurriculumMap } from './teacher-data.ts';

/** Everything the teacher site shows: every band's course as the build checks it, with the band's words. */
export interface TeacherSite {
  bands: (BandCourse & { t: Translate })[];
  language: string;
  curriculum: CurriculumMap;
  baseline: Baseline;
}

export interface SiteLesson {
  band: AgeBand;
  lesson: CourseLesson;
  /** Its position in the band's course, from 1. */
  position: number;
}

export interface SiteScenario {
  band: AgeBand;
  scenario: Scenario;
  /** The lesson that plays it. */
  lesson: CourseLesson;
}

let site: TeacherSite | undefined;

/** Loaded once per build; broken content stops the build with every problem, as the course build does. */
export function teacherSite(): TeacherSite {
  if (site) return site;
  const root = process.cwd();
  const { options, problems } = readBuildOptions(root);
  if (!options) throw new ContentError(problems);
  // Every band, whatever the school's config narrows a course build to.
  const loaded = loadBands(root, { ...options, band: undefined, lessons: [] });
  const data = loadTeacherData(
    root,
    loaded.bands.map(({ band, course }) => ({ band, lessons: course.lessons })),
  );
  const all = [...loaded.problems, ...data.problems];
  if (all.length > 0 || !data.curriculum || !data.baseline) {
    throw new Error(`The teacher site cannot be built:\n  ${all.map(formatProblem).join('\n  ')}`);
  }
  site = {
    language: options.language,
    curriculum: data.curriculum,
    baseline: data.baseline,
    bands: loaded.bands.map((band) => ({ ...band, t: translator(messagesFor(options.language, band.band)) })),
  };
  return site;
}

export const siteLessons = (): SiteLesson[] =>
  teacherSite().bands.flatMap(({ band, course }) =>
    course.lessons.map((lesson, index) => ({ band, lesson, position: index + 1 })),
  );

export function siteScenarios(): SiteScenario[] {
  return teacherSite().bands.flatMap(({ band, course }) =>
    course.lessons.flatMap((lesson) =>
      lesson.meta.completion.flatMap((rule) =>
        typeof rule === 'object' && 'scenario' in rule
          ? [{ band, lesson, scenario: course.scenarios[rule.scenario]! }]
          : [],
      ),
    ),
  );
}

/** The minutes of a lesson in class: the sum of its plan's parts. */
export const minutesInClass = (lesson: CourseLesson) =>
  lesson.meta.teacherNotes.timing.reduce((sum, part) => sum + part.minutes, 0);

/** Page names of the site, in one place: every link is made here. */
export const pageOf = {
  band: (band: AgeBand) => `ages-${band}.html`,
  lesson: (id: string) => `lesson-${id}.html`,
  scenario: (id: string) => `scenario-${id}.html`,
  presentLesson: (id: string) => `present-lesson-${id}.html`,
  presentScenario: (id: string) => `present-scenario-${id}.html`,
  map: (id: string) => `map-${id}.svg`,
  baseline: (band: AgeBand) => `baseline-${band}.html`,
  card: (band: AgeBand) => `card-${band}.html`,
  /** The band's course as a web page (no LMS: progress stays in the browser), copied beside the site by the build. */
  course: (band: AgeBand) => `course/${band}/index.html`,
  courseLesson: (band: AgeBand, id: string) => `course/${band}/${id}.html`,
};
