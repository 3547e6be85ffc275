import type { CourseStructure } from './structure.ts';

/**
 * What varies from one school's package to another, read by the course at run time from a small file inside the
 * package (`speakup-options.js`), so that one build of a band serves every package made from it: `npm run package`
 * and the teacher site's package builder only write this file and the manifest around files already built.
 * The band and the language are the build's own (they change the text of every page).
 */
export interface PackageOptions {
  /** Course title shown to learners (the LMS shows the manifest's). */
  title: string;
  /** Package identifier: the key of the learner's local copy of progress. */
  identifier: string;
  /** The lessons of the package, in course order; the build's other lessons are not in it. */
  lessons: string[];
  /** Whose helplines Help shows; absent: the routes that work anywhere. */
  country?: string | undefined;
  /** The school's own contact, first in Help. */
  schoolContact?: SchoolContact | undefined;
  masteryScore: number;
  quizAttempts: number;
  reportScenarioOutcomes: boolean;
  quickExitUrl: string;
}

export interface SchoolContact {
  name: string;
  description?: string | undefined;
  phone?: string | undefined;
  url?: string | undefined;
}

/** The file every build and every package carries; a classic script that sets `window.speakupOptions`. */
export const PACKAGE_OPTIONS_FILE = 'speakup-options.js';

/**
 * The course a package runs: the build's structure narrowed to the package's lessons (and their quizzes), with the
 * package's title, identifier, pass mark, attempts and reporting. Progress is indexed by position in these lists, so
 * a package of fewer lessons gets its own fingerprint: progress saved by another selection is never misread.
 */
export function applyPackageOptions(structure: CourseStructure, options: PackageOptions | undefined): CourseStructure {
  if (!options) return structure;
  const chosen = new Set(options.lessons);
  const lessons = structure.lessons.filter((lesson) => chosen.has(lesson.id));
  const narrowed = lessons.length > 0 && lessons.length < structure.lessons.length;
  const kept = narrowed ? lessons : structure.lessons;
  const mask = structure.lessons.reduce((bits, lesson, index) => (chosen.has(lesson.id) ? bits + 2 ** index : bits), 0);
  return {
    ...structure,
    id: options.identifier,
    title: options.title,
    fingerprint: narrowed ? `${structure.fingerprint.slice(0, 8)}-${mask.toString(36)}` : structure.fingerprint,
    masteryScore: options.masteryScore,
    quizAttempts: options.quizAttempts,
    reportScenarioOutcomes: options.reportScenarioOutcomes,
    quickExitUrl: options.quickExitUrl,
    lessons: kept,
    quizzes: structure.quizzes.filter((quiz) => kept.some((lesson) => lesson.id === quiz.lesson)),
  };
}

/** `window.speakupOptions`, as the options file left it; anything that is not an options object counts as none. */
export function readPackageOptions(value: unknown): PackageOptions | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const options = value as Partial<PackageOptions>;
  return typeof options.title === 'string' && typeof options.identifier === 'string' && Array.isArray(options.lessons)
    ? (options as PackageOptions)
    : undefined;
}
