import { describe, expect, it } from 'vitest';
import type { CourseStructure } from '../../../src/course-model/structure.ts';
import { largestSuspendData } from '../../../src/tracking/largest-state.ts';
import { SUSPEND_DATA_LIMIT_12 } from '../../../src/tracking/suspend-data.ts';

/**
 * The real course, built from the content in src/modules and src/scenarios with the default options, when the
 * content is there and complete. Loaded lazily so that content still being written cannot break the other tests.
 */
async function realCourse(): Promise<{ structure?: CourseStructure; why?: string }> {
  try {
    const { loadCourse } = await import('../../../src/course/load-course.ts');
    const { course, problems } = loadCourse(process.cwd(), {});
    if (!course) return { why: `${problems.length} content problem(s), first: ${problems[0]?.message ?? '?'}` };
    if (course.structure.lessons.length === 0) return { why: 'no lessons yet' };
    return { structure: course.structure };
  } catch (error) {
    return { why: `the course could not be loaded: ${String(error)}` };
  }
}

const real = await realCourse();

describe('the largest state of the real course', () => {
  it.skipIf(!real.structure)(`fits SCORM 1.2's suspend_data${real.why ? ` (skipped: ${real.why})` : ''}`, () => {
    const structure = real.structure as CourseStructure;
    const { length, fits } = largestSuspendData(structure);
    console.log(
      `largest suspend_data of the real course (${structure.lessons.length} lessons, ${structure.scenarios.length} scenarios): ${length} of ${SUSPEND_DATA_LIMIT_12} characters`,
    );
    expect(fits).toBe(true);
    expect(length).toBeLessThan(2000);
  });
});
