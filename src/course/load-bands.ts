import type { ContentProblem } from '../content-source/problems.ts';
import { AGE_BANDS, type AgeBand } from '../course-model/core-messages.ts';
import type { Course } from './assemble-course.ts';
import { coverageParts, uncovered, type CoveragePart } from './coverage.ts';
import { loadCourse } from './load-course.ts';
import { OPTIONS_ENV, type BuildOptions } from './options.ts';

export interface BandCourse {
  band: AgeBand;
  /** Every lesson of the band (the options' lesson choice is left out), checked as a build checks it. */
  course: Course;
  parts: CoveragePart[];
}

/**
 * Every band's whole course, as `npm run check`, the packager and the coverage table see the content: each band that
 * has lessons, loaded and checked, and the core messages each band must practise and does not (src/course/coverage.ts).
 */
export function loadBands(
  root: string,
  options: BuildOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { bands: BandCourse[]; problems: ContentProblem[] } {
  const bands: BandCourse[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const band of options.band ? [options.band] : AGE_BANDS) {
    const bandEnv = { ...env, [OPTIONS_ENV]: JSON.stringify({ ...options, band, lessons: [] }) };
    const loaded = loadCourse(root, bandEnv);
    // Problems of a file show in every band's load: say each once.
    for (const problem of loaded.problems) {
      const key = JSON.stringify(problem);
      // A band with no lesson yet is not a problem of the content.
      if (problem.where === 'field "band"' || seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
    if (!loaded.course) continue;
    const parts = coverageParts(loaded.course.lessons, loaded.course.scenarios);
    const missing = uncovered(band, parts);
    for (const [kind, messages] of Object.entries(missing)) {
      if (messages.length === 0) continue;
      problems.push({
        file: `src/modules/ (ages ${band})`,
        message:
          `no ${kind === 'scenario' ? 'scenario choice practises' : 'quiz question checks'} ` +
          `${messages.map((m) => `"${m}"`).join(', ')}, which every course for ages ${band} must practise ` +
          `(tag a ${kind === 'scenario' ? 'choice with practises:' : 'question with checks:'})`,
      });
    }
    bands.push({ band, course: loaded.course, parts });
  }
  return { bands, problems };
}
