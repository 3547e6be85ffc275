import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { loadBands } from '../../../src/course/load-bands.ts';
import { buildOptionsSchema } from '../../../src/course/options.ts';
import { markdownToHtml } from '../../../src/teacher-site/markdown.ts';
import { BASELINE_FILE, CURRICULUM_FILE, loadTeacherData } from '../../../src/teacher-site/teacher-data.ts';

const { bands } = loadBands(process.cwd(), buildOptionsSchema.parse({}));
const lessons = bands.map(({ band, course }) => ({ band, lessons: course.lessons }));
let copy = '';
afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

/** A copy of the teacher data with one file edited, checked against the real lessons. */
function problemsWith(file: string, edit: (text: string) => string): string[] {
  copy = mkdtempSync(join(tmpdir(), 'speakup-teacher-'));
  cpSync('src/teacher-site/data', join(copy, 'src/teacher-site/data'), { recursive: true });
  writeFileSync(join(copy, file), edit(readFileSync(file, 'utf8')));
  return loadTeacherData(copy, lessons).problems.map(formatProblem);
}

describe('the teacher site’s data', () => {
  it('maps every lesson’s objectives and has a baseline activity for every band', () => {
    const { curriculum, baseline, problems } = loadTeacherData(process.cwd(), lessons);
    expect(problems.map(formatProblem)).toEqual([]);
    for (const { lessons: own } of lessons) {
      for (const lesson of own) {
        const mapped = curriculum!.lessons.find((entry) => entry.lesson === lesson.meta.id)!;
        expect(mapped.objectives.map((o) => o.objective).sort(), lesson.meta.id).toEqual(
          lesson.meta.objectives.map((_, index) => index + 1),
        );
      }
    }
    // Most questions ask what pupils would do, not what they know.
    for (const band of baseline!.bands) {
      expect(band.questions.filter((q) => q.kind === 'would-do').length, band.band).toBeGreaterThan(
        band.questions.length / 2,
      );
    }
  });

  it('refuses a lesson left out of the map, or an objective the lesson does not have, naming the file', () => {
    expect(
      problemsWith(CURRICULUM_FILE, (text) => text.replace('- lesson: online-tricks', '- lesson: online-trickz')),
    ).toEqual([
      `${CURRICULUM_FILE}: field "lessons.1.lesson": no lesson "online-trickz" in src/modules/`,
      `${CURRICULUM_FILE}: lesson "online-tricks" is not in the curriculum map`,
    ]);
    expect(problemsWith(CURRICULUM_FILE, (text) => text.replace('objective: 1\n', 'objective: 9\n'))[0]).toMatch(
      /lesson "online-tricks" has \d objectives, not 9/,
    );
  });

  it('refuses a "would do" question without a best answer, with its line', () => {
    const problems = problemsWith(BASELINE_FILE, (text) => text.replace('            best: true\n', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/teacher-site\/data\/baseline\.yaml:\d+.*needs an option marked best: true/);
  });

  it('renders teacher notes as HTML without passing on raw HTML or scripts', () => {
    const html = markdownToHtml('**Listen**, stay calm.\n\n<script>alert(1)</script>\n\n<b onclick="x()">hi</b>');
    expect(html).toContain('<strong>Listen</strong>');
    expect(html).not.toMatch(/<script|onclick|<b\b/);
  });
});
