/**
 * The courses `npm run build` made (one per age band, in dist/course/<band>/), read from the build itself: the
 * tests that walk every page, lesson, scenario and quiz take them from here, so new content is covered without new
 * test code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { AGE_BANDS, type AgeBand } from '../../src/course-model/core-messages.ts';
import type { CourseStructure } from '../../src/course-model/structure.ts';
import { BUILD_ROOT, buildDir, courseUrl } from './fixtures.ts';

export interface BuiltCourse {
  band: AgeBand;
  /** Where the built-in LMS serves it. */
  url: string;
  dir: string;
  structure: CourseStructure;
  /** Every page of the build (`index.html`, each lesson, `exit.html`). */
  pages: string[];
}

function read(band: AgeBand): BuiltCourse {
  const dir = buildDir(band);
  const index = readFileSync(`${dir}/index.html`, 'utf8');
  const json = /<script[^>]*id="speakup-course"[^>]*>([\s\S]*?)<\/script>/.exec(index)?.[1];
  if (!json) throw new Error(`${dir}/index.html holds no course structure (#speakup-course)`);
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  return { band, url: courseUrl(band), dir, structure: JSON.parse(json) as CourseStructure, pages };
}

/** Every band's course in the build; fails when a band has none, so a band left out of the build is noticed. */
export const builtCourses: readonly BuiltCourse[] = AGE_BANDS.map((band) => {
  if (!existsSync(`${buildDir(band)}/index.html`)) {
    throw new Error(`${BUILD_ROOT}/${band}/ has no build: npm run build builds every band (see scripts/build.ts)`);
  }
  return read(band);
});
