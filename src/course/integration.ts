import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderScenarioMap } from '../scenario-engine/build/scenario-map.ts';
import { largestSuspendData } from '../tracking/largest-state.ts';
import { PACKAGE_OPTIONS_FILE } from '../course-model/package-options.ts';
import { optionsFileText, packageOptionsOf } from '../packaging/options-file.ts';
import type { Course } from './assemble-course.ts';
import { loadCourse } from './load-course.ts';
import { ContentError } from '../content-source/problems.ts';
import { inlineHashes, withInlineHashes } from './page-policy.ts';

/**
 * Checks all the course content before Astro builds anything: a broken lesson, quiz or scenario fails the build
 * with every problem listed by file, line and field, so that it never reaches a learner. So does a course whose
 * largest possible progress would not fit SCORM 1.2's suspend_data.
 */
export function courseIntegration(): AstroIntegration {
  let built: { course: Course; root: string } | undefined;
  return {
    name: 'speak-up-course',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const { course, problems } = loadCourse(fileURLToPath(config.root));
        if (!course) throw new ContentError(problems);
        const size = largestSuspendData(course.structure);
        if (!size.fits) {
          throw new ContentError([
            {
              file: 'build options',
              where: 'field "lessons"',
              message: `the largest progress this course can produce takes ${size.length} characters of suspend_data, more than the ${size.limit} SCORM 1.2 guarantees; build fewer lessons per package`,
            },
          ]);
        }
        logger.info(`largest suspend_data: ${size.length} of ${size.limit} characters`);
        built = { course, root: fileURLToPath(config.root) };
      },
      // Astro's content layer leaves two empty modules in a static build; nothing loads them, so no package
      // should carry them.
      'astro:build:done': ({ dir, logger }) => {
        for (const name of ['content-assets.mjs', 'content-modules.mjs']) rmSync(new URL(name, dir), { force: true });
        // Every page's policy allows the inline scripts and styles of the build by their hashes, and nothing else.
        const pages = readdirSync(dir)
          .filter((name) => name.endsWith('.html'))
          .map((name) => ({ file: new URL(name, dir), html: readFileSync(new URL(name, dir), 'utf8') }));
        const hashes = inlineHashes(pages.map((page) => page.html));
        for (const page of pages) writeFileSync(page.file, withInlineHashes(page.html, hashes));
        // The classic script every page runs before it is drawn is written to be read (public/course-boot.js); the
        // first screen gets it without its comments: half a kilobyte of gzip fewer.
        const boot = new URL('course-boot.js', dir);
        writeFileSync(boot, transformSync(readFileSync(boot, 'utf8'), { minify: true, target: 'es2017' }).code);
        if (!built) return;
        // The build's own options file: the build's choices, until a package writes the school's.
        const { options, structure } = built.course;
        writeFileSync(
          new URL(PACKAGE_OPTIONS_FILE, dir),
          optionsFileText(
            packageOptionsOf(
              { ...options, lessons: structure.lessons.map((l) => l.id) },
              structure.title,
              structure.id,
            ),
          ),
        );
        // Each scenario's map, for the teacher guide and for authors: beside the course, never inside a package.
        const maps = join(built.root, 'dist', 'scenario-maps');
        mkdirSync(maps, { recursive: true });
        for (const scenario of Object.values(built.course.scenarios)) {
          writeFileSync(join(maps, `${scenario.id}.svg`), renderScenarioMap(scenario));
        }
        logger.info(`scenario maps in ${maps}`);
      },
    },
  };
}
