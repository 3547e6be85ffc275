/**
 * Every budget on a figure that does not depend on the machine, in one place: `npm run bench` prints each figure
 * against its budget and the tests fail over it (tests/e2e/weight.spec.ts, tests/e2e/packages.spec.ts,
 * tests/unit/tracking/largest-state.test.ts, the full run in tests/e2e/lms.spec.ts).
 */

/**
 * JavaScript of a page, bytes of gzip: the first screen of any page at most 15 KB; a page with a chat at most 110 KB
 * in all (XState included), a page with only a quiz 100 KB, a text page 16 KB: its first screen, and the worker
 * that every page starts once it is idle, which keeps two copies of the course open at once in step (under 1 KB).
 */
export const PAGE_JS_BUDGETS = {
  firstScreen: 15 * 1024,
  total: { text: 16 * 1024, quiz: 100 * 1024, scenario: 110 * 1024 },
} as const;

/**
 * A band's whole-course package (each SCORM version and the web zip), bytes: 1.5 MB read as 1,500,000, the
 * stricter of the two readings, so it holds whichever an LMS's upload limit means.
 */
export const WHOLE_COURSE_PACKAGE_MAX_BYTES = 1_500_000;

/**
 * suspend_data of the largest state a band's course can produce, characters: well inside the 4,096 an LMS must keep
 * in SCORM 1.2 (src/tracking/suspend-data.ts), with room for the course to grow.
 */
export const SUSPEND_DATA_MAX_CHARS = 2_000;

/**
 * Commits in a full run through a course: at most this many per completed lesson, scenario or quiz, besides those
 * made when the page hides (the rule is tools/benchmark/lms-traffic.ts).
 */
export const COMMITS_PER_COMPLETED_UNIT = 1;
