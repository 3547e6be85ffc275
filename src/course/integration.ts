import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { largestSuspendData } from '../tracking/largest-state.ts';
import { loadCourse } from './load-course.ts';
import { ContentError } from './problems.ts';

/**
 * Checks all the course content before Astro builds anything: a broken lesson, quiz or scenario fails the build
 * with every problem listed by file, line and field, so that it never reaches a learner. So does a course whose
 * largest possible progress would not fit SCORM 1.2's suspend_data.
 */
export function courseIntegration(): AstroIntegration {
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
      },
    },
  };
}
