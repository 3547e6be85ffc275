import { describe, expect, it } from 'vitest';
import { loadBands } from '../../../src/course/load-bands.ts';
import { buildOptionsSchema } from '../../../src/course/options.ts';
import { AGE_BANDS } from '../../../src/course-model/core-messages.ts';
import { largestSuspendData } from '../../../src/tracking/largest-state.ts';
import { SUSPEND_DATA_LIMIT_12 } from '../../../src/tracking/suspend-data.ts';
import { SUSPEND_DATA_MAX_CHARS } from '../../../tools/benchmark/budgets.ts';

// Each band's whole course, from the content in src/modules and src/scenarios, as the build assembles it. A band
// that does not load fails here, with the content's first problem, rather than passing unmeasured.
const { bands, problems } = loadBands(process.cwd(), buildOptionsSchema.parse({}));

describe.each(AGE_BANDS)('the largest state of the real course for ages %s', (band) => {
  const course = bands.find((b) => b.band === band)?.course;

  it(`takes at most ${SUSPEND_DATA_MAX_CHARS} characters of suspend_data, and fits SCORM 1.2's ${SUSPEND_DATA_LIMIT_12}`, () => {
    expect(course, `the course does not load: ${problems[0]?.message ?? 'no lessons'}`).toBeDefined();
    const structure = course!.structure;
    const { length, fits } = largestSuspendData(structure);
    const what = `${structure.lessons.length} lessons, ${structure.scenarios.length} scenarios, ${structure.quizzes.length} quizzes`;
    expect(fits, `${length} of SCORM 1.2's ${SUSPEND_DATA_LIMIT_12} characters (${what})`).toBe(true);
    expect(
      length,
      `largest suspend_data ${length} characters, budget ${SUSPEND_DATA_MAX_CHARS} (${what})`,
    ).toBeLessThanOrEqual(SUSPEND_DATA_MAX_CHARS);
  });
});
