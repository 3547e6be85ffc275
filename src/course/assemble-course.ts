import type { ContentProblem } from '../content-source/problems.ts';
import { knownNumbers, phoneNumberProblems } from '../content-checks/phone-numbers.ts';
import { AGE_BANDS, type AgeBand } from '../course-model/core-messages.ts';
import type { CourseStructure } from '../course-model/structure.ts';
import type { HelpDirectory } from '../help/helpline-schema.ts';
import { HELPLINES_DIR, loadHelplines, supportedCountries } from '../help/load-helplines.ts';
import type { Scenario } from '../scenario-engine/index.ts';
import type { ContentFile } from './content-files.ts';
import { checkLessonReferences, checkUniqueIds } from './course-checks.ts';
import { courseStructure } from './course-structure.ts';
import { loadLessons, type CourseLesson, type LoadedLesson } from './load-lessons.ts';
import { loaded, loadScenarios, type ScenarioTable } from './load-scenarios.ts';
import { choiceProblems, learnerTextProblems, type BandedFile } from '../content-checks/learner-text-checks.ts';
import { unsafeMarkupProblems } from '../content-checks/unsafe-markup.ts';
import type { BuildOptions } from './options.ts';

/** Everything a build of the course needs, checked. */
export interface Course {
  options: BuildOptions;
  /** The age band the course is for (the options' band, or the one its lessons share). */
  band: AgeBand;
  /** The selected lessons, in course order. */
  lessons: CourseLesson[];
  /** Scenarios used by the selected lessons, in the build's language, by id. */
  scenarios: Record<string, Scenario>;
  structure: CourseStructure;
  /** Every country's helplines (the Help panel shows the build's country, or the international routes). */
  help: HelpDirectory;
}

/**
 * Checks all the content and assembles the course the options select. Every file is checked, selected or not,
 * so that a broken file is found before anyone selects it. Returns every problem found; `course` only when none.
 */
export function assembleCourse(
  files: readonly ContentFile[],
  options: BuildOptions,
  languages: readonly string[],
): { course?: Course; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (!languages.includes(options.language)) {
    problems.push({
      file: 'build options',
      where: 'field "language"',
      message: `there is no interface text for "${options.language}"; add src/i18n/${options.language}/ (languages: ${languages.join(', ')})`,
    });
  }

  const { directory: help, problems: helpProblems } = loadHelplines(files);
  problems.push(...helpProblems);
  const countries = supportedCountries(help);
  if (options.country !== undefined && helpProblems.length === 0 && !countries.includes(options.country)) {
    problems.push({
      file: 'build options',
      where: 'field "country"',
      message: `there are no helplines for "${options.country}" (countries: ${countries.join(', ')}); leave it out to show the international routes, or add ${HELPLINES_DIR}/${options.country}.yaml with a source for every entry`,
    });
  }
  if (helpProblems.length === 0) {
    const known = knownNumbers(help);
    for (const file of files) {
      if (/^src\/(modules|scenarios)\//.test(file.path)) problems.push(...phoneNumberProblems(file, known));
    }
  }
  for (const file of files) problems.push(...unsafeMarkupProblems(file));
  const scenarios = loadScenarios(files, options.language, problems);
  const lessons = loadLessons(files, options.language, problems);
  checkUniqueIds(lessons, problems);
  const illustrations = new Set(
    files.flatMap((file) => /^src\/illustrations\/([^/]+)\.svg$/.exec(file.path)?.slice(1, 2) ?? []),
  );
  for (const { lesson, folderFiles } of lessons) {
    checkLessonReferences(lesson, folderFiles, scenarios, illustrations, problems);
  }
  problems.push(...learnerTextProblems(learnerFiles(lessons, scenarios, files)));
  for (const entry of scenarios.values()) {
    const file = entry === 'broken' ? undefined : files.find((f) => f.path === entry.file);
    if (entry !== 'broken' && file) problems.push(...choiceProblems(entry.scenario, file));
  }

  const available = lessons.map((l) => l.lesson).sort((a, b) => a.meta.order - b.meta.order);
  const { band, selected } = selectLessons(available, options, problems);
  const scored = selected.filter((l) => l.quiz?.scored);
  if (scored.length > 1) {
    problems.push({
      file: 'build options',
      where: 'field "lessons"',
      message: `selects more than one scored quiz (${scored.map((l) => l.quiz?.id).join(', ')}); a course has one score`,
    });
  }
  if (problems.length > 0) return { problems };

  const used: Record<string, Scenario> = {};
  for (const lesson of selected) {
    for (const rule of lesson.meta.completion) {
      if (typeof rule === 'object' && 'scenario' in rule) used[rule.scenario] = loaded(scenarios, rule.scenario);
    }
    for (const ref of lesson.references.scenarios) used[ref.id] = loaded(scenarios, ref.id);
  }
  const course: Course = {
    options,
    band,
    lessons: selected.map(({ meta, contentFile, quiz, sections }) => ({ meta, contentFile, quiz, sections })),
    scenarios: used,
    structure: courseStructure(options, selected, used),
    help,
  };
  return { course, problems };
}

/**
 * The files in the reference language that a learner reads, with their bands: each lesson's text, title and quiz,
 * each scenario. (The reading-level formula and the phrase lists are English; translations are checked by people.)
 */
function learnerFiles(
  lessons: readonly { lesson: LoadedLesson; folderFiles: Map<string, ContentFile> }[],
  scenarios: ScenarioTable,
  files: readonly ContentFile[],
): BandedFile[] {
  const banded: BandedFile[] = [];
  for (const { lesson, folderFiles } of lessons) {
    const bands = lesson.meta.ageBands;
    for (const [name, graded] of [
      ['content.mdx', true],
      ['lesson.yaml', false],
      ['quiz.yaml', true],
    ] as const) {
      const file = folderFiles.get(name);
      if (file) banded.push({ file, bands, graded });
    }
  }
  for (const entry of scenarios.values()) {
    if (entry === 'broken') continue;
    const file = files.find((f) => f.path === entry.file);
    if (file) banded.push({ file, bands: entry.scenario.ageBands, graded: true });
  }
  return banded;
}

/** The band a build is for when the options do not say: the band the chosen lessons share, else this one. */
export const DEFAULT_BAND: AgeBand = '11-13';

/**
 * The lessons of the build: those the options name, or every lesson of the band. Every lesson must be for the
 * band, so that a package for 7-10 never shows a lesson written for older pupils.
 */
function selectLessons(
  available: LoadedLesson[],
  options: BuildOptions,
  problems: ContentProblem[],
): { band: AgeBand; selected: LoadedLesson[] } {
  const named: LoadedLesson[] = [];
  for (const id of options.lessons) {
    const lesson = available.find((l) => l.meta.id === id);
    if (lesson) named.push(lesson);
    else {
      problems.push({
        file: 'build options',
        where: 'field "lessons"',
        message: `there is no lesson "${id}" (lessons: ${available.map((l) => l.meta.id).join(', ')})`,
      });
    }
  }
  const shared = AGE_BANDS.filter((band) => named.length > 0 && named.every((l) => l.meta.ageBands.includes(band)));
  const band = options.band ?? shared[0] ?? DEFAULT_BAND;
  if (named.length === 0 && options.lessons.length === 0) {
    const selected = available.filter((l) => l.meta.ageBands.includes(band));
    // Said only when all else is well: a lesson that does not load is not "for" any band yet.
    if (selected.length === 0 && problems.length === 0) {
      problems.push({ file: 'build options', where: 'field "band"', message: `no lesson is for ages ${band}` });
    }
    return { band, selected };
  }
  for (const lesson of named) {
    if (!lesson.meta.ageBands.includes(band)) {
      problems.push({
        file: 'build options',
        where: 'field "lessons"',
        message: `lesson "${lesson.meta.id}" is for ages ${lesson.meta.ageBands.join(', ')}, not ${band}: a course is for one age band`,
      });
    }
  }
  return { band, selected: named };
}
