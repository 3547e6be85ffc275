import type { ContentProblem } from '../content-source/problems.ts';
import { assembleCourse, type Course } from './assemble-course.ts';
import { readBuildOptions } from './build-options.ts';
import { readContentFiles, readLanguages } from './content-files.ts';

/** Reads the options and all content under `root`, checks everything, and assembles the selected course. */
export function loadCourse(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { course?: Course; problems: ContentProblem[] } {
  const { options, problems } = readBuildOptions(root, env);
  if (!options) return { problems };
  return assembleCourse(readContentFiles(root), options, readLanguages(root));
}
