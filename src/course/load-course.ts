import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuiz, quizStructure, type Quiz } from '../quiz-engine/index.ts';
import {
  checkScenario,
  parseScenario,
  parseTranslation,
  scenarioStructure,
  type Scenario,
} from '../scenario-engine/index.ts';
import { HELPLINES_DIR, loadHelplines, supportedCountries } from '../help/load-helplines.ts';
import type { HelpDirectory } from '../help/helpline-schema.ts';
import type { LessonMeta } from './lesson.ts';
import { parseLesson } from './lesson.ts';
import { findMdxReferences } from './mdx-references.ts';
import { knownNumbers, phoneNumberProblems } from './phone-numbers.ts';
import { readBuildOptions } from './build-options.ts';
import type { BuildOptions } from './options.ts';
import type { ContentProblem } from './problems.ts';
import type { CourseStructure } from './structure.ts';

/** A lesson as the build uses it. */
export interface CourseLesson {
  meta: LessonMeta;
  /** File name of its content in the build's language (`content.mdx`, `content.de.mdx`). */
  contentFile: string;
  /** The lesson's quiz, if it has one. */
  quiz?: Quiz | undefined;
}

/** Everything a build of the course needs, checked. */
export interface Course {
  options: BuildOptions;
  /** The selected lessons, in course order. */
  lessons: CourseLesson[];
  /** Scenarios used by the selected lessons, in the build's language, by id. */
  scenarios: Record<string, Scenario>;
  structure: CourseStructure;
  /** Every country's helplines (the Help panel shows the build's country, or the international routes). */
  help: HelpDirectory;
}

/** A content file, with its path relative to the project root (`src/modules/x/lesson.yaml`). */
export interface ContentFile {
  path: string;
  text: string;
}

/** The reference language: `content.mdx` and scenario files without a translation are in it. */
export const SOURCE_LANGUAGE = 'en';

/** Reads every content file of the project: lessons, quizzes, lesson texts, scenarios, translations, helplines. */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const helplines = join(root, HELPLINES_DIR);
  if (existsSync(helplines)) {
    for (const name of readdirSync(helplines).sort()) {
      if (/\.ya?ml$/.test(name)) {
        files.push({ path: `${HELPLINES_DIR}/${name}`, text: readFileSync(join(helplines, name), 'utf8') });
      }
    }
  }
  for (const area of ['src/modules', 'src/scenarios']) {
    const dir = join(root, area);
    if (!existsSync(dir)) continue;
    for (const folder of readdirSync(dir).sort()) {
      const folderPath = join(dir, folder);
      if (!statSync(folderPath).isDirectory()) continue;
      for (const name of readdirSync(folderPath).sort()) {
        if (!/\.(ya?ml|mdx)$/.test(name)) continue;
        files.push({ path: `${area}/${folder}/${name}`, text: readFileSync(join(folderPath, name), 'utf8') });
      }
    }
  }
  return files;
}

interface FolderFiles {
  folder: string;
  files: Map<string, ContentFile>;
}

function byFolder(files: readonly ContentFile[], area: string): FolderFiles[] {
  const folders = new Map<string, Map<string, ContentFile>>();
  for (const file of files) {
    const match = new RegExp(`^${area}/([^/]+)/([^/]+)$`).exec(file.path);
    if (!match?.[1] || !match[2]) continue;
    const entries = folders.get(match[1]) ?? new Map<string, ContentFile>();
    entries.set(match[2], file);
    folders.set(match[1], entries);
  }
  return [...folders].map(([folder, entries]) => ({ folder, files: entries }));
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
  const scenarios = loadScenarios(files, options.language, problems);
  const lessons = loadLessons(files, options.language, problems);

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

  for (const { lesson, folderFiles } of lessons) {
    checkLessonReferences(lesson, folderFiles, scenarios, problems);
  }

  const available = lessons.map((l) => l.lesson).sort((a, b) => a.meta.order - b.meta.order);
  const selected = selectLessons(available, options, problems);
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
    for (const ref of lesson.scenarioRefs) used[ref] = loaded(scenarios, ref);
  }
  const course: Course = {
    options,
    lessons: selected.map(({ meta, contentFile, quiz }) => ({ meta, contentFile, quiz })),
    scenarios: used,
    structure: courseStructure(options, selected, used),
    help,
  };
  return { course, problems };
}

type ScenarioTable = Map<string, { scenario: Scenario; file: string } | 'broken'>;

/** A scenario known to be loaded (assembleCourse gets here only when there is no problem). */
function loaded(scenarios: ScenarioTable, id: string): Scenario {
  const entry = scenarios.get(id);
  if (!entry || entry === 'broken') throw new Error(`scenario "${id}" is not loaded`);
  return entry.scenario;
}

interface LoadedLesson extends CourseLesson {
  file: string;
  /** Scenarios its content embeds. */
  scenarioRefs: string[];
}

function loadScenarios(files: readonly ContentFile[], language: string, problems: ContentProblem[]) {
  const scenarios: ScenarioTable = new Map();
  for (const { folder, files: entries } of byFolder(files, 'src/scenarios')) {
    const file = entries.get('scenario.yaml');
    if (!file) {
      problems.push({ file: `src/scenarios/${folder}/`, message: 'has no scenario.yaml' });
      continue;
    }
    const parsed = parseScenario(file.path, file.text);
    // A broken scenario is reported once, by its own file; lessons that use it are not told it is missing.
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      scenarios.set(folder, 'broken');
      continue;
    }
    const found = checkScenario(parsed.scenario, parsed.source);
    problems.push(...found);
    if (found.length > 0) {
      scenarios.set(folder, 'broken');
      continue;
    }
    let scenario = parsed.scenario;
    for (const [name, translationFile] of entries) {
      const lang = /^([a-z]{2}(?:-[A-Z]{2})?)\.ya?ml$/.exec(name)?.[1];
      if (!lang) continue;
      const translated = parseTranslation(translationFile.path, translationFile.text, parsed.scenario);
      if (!translated.ok) problems.push(...translated.problems);
      else if (lang === language) scenario = translated.scenario;
    }
    scenarios.set(scenario.id, { scenario, file: file.path });
  }
  return scenarios;
}

function loadLessons(files: readonly ContentFile[], language: string, problems: ContentProblem[]) {
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
    const refs = findMdxReferences(content.text);
    lessons.push({
      lesson: {
        meta: parsed.lesson,
        contentFile,
        quiz,
        file: file.path,
        scenarioRefs: refs.scenarios.map((r) => r.id),
      },
      quizFile: quizFile?.path,
      folderFiles: entries,
    });
  }
  return lessons;
}

/** Cross-file rules: what a lesson embeds and what completes it must exist, be shown, and suit its ages. */
function checkLessonReferences(
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

function selectLessons(available: LoadedLesson[], options: BuildOptions, problems: ContentProblem[]): LoadedLesson[] {
  if (options.lessons.length === 0) return available;
  const selected: LoadedLesson[] = [];
  for (const id of options.lessons) {
    const lesson = available.find((l) => l.meta.id === id);
    if (lesson) selected.push(lesson);
    else {
      problems.push({
        file: 'build options',
        where: 'field "lessons"',
        message: `there is no lesson "${id}" (lessons: ${available.map((l) => l.meta.id).join(', ')})`,
      });
    }
  }
  return selected;
}

function courseStructure(
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

/** Languages that have interface text (`src/i18n/<language>/`). */
export function readLanguages(root: string): string[] {
  const dir = join(root, 'src/i18n');
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/** Reads the options and all content under `root`, checks everything, and assembles the selected course. */
export function loadCourse(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { course?: Course; problems: ContentProblem[] } {
  const { options, problems } = readBuildOptions(root, env);
  if (!options) return { problems };
  return assembleCourse(readContentFiles(root), options, readLanguages(root));
}
