import { describe, expect, it } from 'vitest';
import { buildOptionsSchema } from '../../../src/course/options.ts';
import { lessonIdentifier, planPackages, PlanError, type CourseCatalog } from '../../../src/packaging/package-plan.ts';

const catalog: CourseCatalog = {
  title: 'Speak Up',
  description: 'Recognise online blackmail, respond safely, and get help without shame.',
  lessons: [
    { id: 'getting-help', order: 3, title: 'Getting help', summary: 'Who can help.', scoredQuiz: true },
    {
      id: 'what-is-online-blackmail',
      order: 1,
      title: 'What online blackmail is',
      summary: 'How it starts.',
      scoredQuiz: false,
    },
    { id: 'if-it-happens', order: 2, title: 'If it happens', summary: 'What to do.', scoredQuiz: false },
  ],
};
const options = (input: object = {}) => buildOptionsSchema.parse(input);

describe('the package plan', () => {
  it('makes the whole course (1.2, 2004, web) and each lesson (1.2, 2004), lessons in course order', () => {
    const plan = planPackages(options(), catalog);
    expect(plan.map((s) => s.slug)).toEqual(['course', 'what-is-online-blackmail', 'if-it-happens', 'getting-help']);
    expect(plan.flatMap((s) => s.packages.map((p) => p.fileName))).toEqual([
      'speak-up-course-scorm12.zip',
      'speak-up-course-scorm2004.zip',
      'speak-up-course-web.zip',
      'speak-up-what-is-online-blackmail-scorm12.zip',
      'speak-up-what-is-online-blackmail-scorm2004.zip',
      'speak-up-if-it-happens-scorm12.zip',
      'speak-up-if-it-happens-scorm2004.zip',
      'speak-up-getting-help-scorm12.zip',
      'speak-up-getting-help-scorm2004.zip',
    ]);
    expect(plan[0]?.options.lessons).toEqual(['what-is-online-blackmail', 'if-it-happens', 'getting-help']);
  });

  it('gives each lesson build its own lesson, title and identifier, keeping the other options', () => {
    const plan = planPackages(options({ country: 'IE', masteryScore: 70, title: 'Stay safe' }), catalog);
    const lesson = plan.find((s) => s.slug === 'getting-help');
    expect(lesson?.options).toMatchObject({
      lessons: ['getting-help'],
      title: 'Stay safe: Getting help',
      identifier: 'speak-up-getting-help',
      country: 'IE',
      masteryScore: 70,
    });
    expect(lesson?.manifest).toMatchObject({
      identifier: 'speak-up-getting-help',
      description: 'Who can help.',
      language: 'en',
    });
    expect(plan[0]?.manifest).toMatchObject({ identifier: 'speak-up', title: 'Stay safe' });
  });

  it('sets a pass mark only where the scored quiz is', () => {
    const plan = planPackages(options({ masteryScore: 75 }), catalog);
    expect(Object.fromEntries(plan.map((s) => [s.slug, s.manifest.masteryScore]))).toEqual({
      course: 75,
      'what-is-online-blackmail': undefined,
      'if-it-happens': undefined,
      'getting-help': 75,
    });
  });

  it('follows the selected lessons in the order given', () => {
    const plan = planPackages(
      options({ lessons: ['getting-help', 'what-is-online-blackmail'], identifier: 'school-x' }),
      catalog,
    );
    expect(plan.map((s) => s.slug)).toEqual(['course', 'getting-help', 'what-is-online-blackmail']);
    expect(plan[0]?.options.lessons).toEqual(['getting-help', 'what-is-online-blackmail']);
    expect(plan[1]?.manifest.identifier).toBe('school-x-getting-help');
  });

  it('refuses unknown or repeated lessons, naming the real ones', () => {
    expect(() => planPackages(options({ lessons: ['nope'] }), catalog)).toThrow(
      new PlanError('"nope" is not a lesson; the lessons are: what-is-online-blackmail, if-it-happens, getting-help'),
    );
    expect(() => planPackages(options({ lessons: ['getting-help', 'getting-help'] }), catalog)).toThrow(
      'lesson "getting-help" is selected twice',
    );
    expect(() => planPackages(options(), { ...catalog, lessons: [] })).toThrow('there are no lessons to package');
  });

  it('keeps derived identifiers valid when they would be too long', () => {
    const id = lessonIdentifier('a'.repeat(60), 'lesson-name');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(buildOptionsSchema.shape.identifier.safeParse(id).success).toBe(true);
  });
});
