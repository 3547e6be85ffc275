import { describe, expect, it } from 'vitest';
import { buildOptionsSchema } from '../../../src/course/options.ts';
import { lessonIdentifier, planPackages, PlanError, type CourseCatalog } from '../../../src/packaging/package-plan.ts';

const catalog: CourseCatalog = {
  title: 'Speak Up',
  description: 'Recognise online blackmail, respond safely, and get help without shame.',
  bandTitle: '{title}: ages {band}',
  countries: [{ code: 'IE', name: 'Ireland' }],
  languages: ['en'],
  lessons: [
    {
      id: 'getting-help',
      order: 3,
      title: 'Getting help',
      summary: 'Who can help.',
      scoredQuiz: true,
      ageBands: ['11-13'],
    },
    {
      id: 'what-is-online-blackmail',
      order: 1,
      title: 'What online blackmail is',
      summary: 'How it starts.',
      scoredQuiz: false,
      ageBands: ['11-13'],
    },
    {
      id: 'if-it-happens',
      order: 2,
      title: 'If it happens',
      summary: 'What to do.',
      scoredQuiz: false,
      ageBands: ['11-13'],
    },
    { id: 'tricks', order: 1, title: 'Online tricks', summary: 'Tricks.', scoredQuiz: false, ageBands: ['7-10'] },
    { id: 'tricks-quiz', order: 2, title: 'Tricks quiz', summary: 'Quiz.', scoredQuiz: true, ageBands: ['7-10'] },
  ],
};
const options = (input: object = {}) => buildOptionsSchema.parse(input);

describe('the package plan', () => {
  it('makes each band’s whole course (1.2, 2004, web) and each lesson (1.2, 2004), bands youngest first', () => {
    const plan = planPackages(options(), catalog);
    expect(plan.map((s) => `${s.band} ${s.slug}`)).toEqual([
      '7-10 course-7-10',
      '7-10 tricks',
      '7-10 tricks-quiz',
      '11-13 course-11-13',
      '11-13 what-is-online-blackmail',
      '11-13 if-it-happens',
      '11-13 getting-help',
    ]);
    expect(plan.filter((s) => s.band === '11-13').flatMap((s) => s.packages.map((p) => p.fileName))).toEqual([
      'speak-up-course-11-13-scorm12.zip',
      'speak-up-course-11-13-scorm2004.zip',
      'speak-up-course-11-13-web.zip',
      'speak-up-what-is-online-blackmail-scorm12.zip',
      'speak-up-what-is-online-blackmail-scorm2004.zip',
      'speak-up-if-it-happens-scorm12.zip',
      'speak-up-if-it-happens-scorm2004.zip',
      'speak-up-getting-help-scorm12.zip',
      'speak-up-getting-help-scorm2004.zip',
    ]);
    const course = plan.find((s) => s.slug === 'course-11-13');
    expect(course?.options).toMatchObject({
      band: '11-13',
      lessons: ['what-is-online-blackmail', 'if-it-happens', 'getting-help'],
    });
    // The LMS lists the package by its title: it says the band.
    expect(course?.manifest).toMatchObject({ identifier: 'speak-up-11-13', title: 'Speak Up: ages 11-13' });
    expect(plan.find((s) => s.slug === 'course-7-10')?.options.lessons).toEqual(['tricks', 'tricks-quiz']);
  });

  it('packages one band when the options name it', () => {
    const plan = planPackages(options({ band: '7-10' }), catalog);
    expect(plan.map((s) => s.slug)).toEqual(['course-7-10', 'tricks', 'tricks-quiz']);
    expect(plan.every((s) => s.options.band === '7-10')).toBe(true);
  });

  it('gives each lesson build its own lesson, band, title and identifier, keeping the other options', () => {
    const plan = planPackages(options({ country: 'IE', masteryScore: 70, title: 'Stay safe' }), catalog);
    const lesson = plan.find((s) => s.slug === 'getting-help');
    expect(lesson?.options).toMatchObject({
      band: '11-13',
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
    expect(plan.find((s) => s.slug === 'course-7-10')?.manifest).toMatchObject({ title: 'Stay safe: ages 7-10' });
  });

  it('sets a pass mark only where the scored quiz is', () => {
    const plan = planPackages(options({ masteryScore: 75, band: '11-13' }), catalog);
    expect(Object.fromEntries(plan.map((s) => [s.slug, s.manifest.masteryScore]))).toEqual({
      'course-11-13': 75,
      'what-is-online-blackmail': undefined,
      'if-it-happens': undefined,
      'getting-help': 75,
    });
  });

  it('keeps the course order of the selected lessons, whatever order they are named in, as one course of their band', () => {
    const plan = planPackages(
      options({ lessons: ['getting-help', 'what-is-online-blackmail'], identifier: 'school-x' }),
      catalog,
    );
    expect(plan.map((s) => s.slug)).toEqual(['course-11-13', 'what-is-online-blackmail', 'getting-help']);
    expect(plan[0]?.options.lessons).toEqual(['what-is-online-blackmail', 'getting-help']);
    expect(plan[2]?.manifest.identifier).toBe('school-x-getting-help');
  });

  it('refuses unknown or repeated lessons, naming the real ones, and lessons of two bands in one course', () => {
    expect(() => planPackages(options({ lessons: ['nope'] }), catalog)).toThrow(
      new PlanError(
        '"nope" is not a lesson; the lessons are: tricks, what-is-online-blackmail, if-it-happens, tricks-quiz, getting-help',
      ),
    );
    expect(() => planPackages(options({ lessons: ['getting-help', 'getting-help'] }), catalog)).toThrow(
      'lesson "getting-help" is selected twice',
    );
    expect(() => planPackages(options({ lessons: ['tricks', 'getting-help'] }), catalog)).toThrow(
      'the lessons chosen are not all for one age band',
    );
    expect(() => planPackages(options({ lessons: ['tricks'], band: '11-13' }), catalog)).toThrow(
      'the lessons chosen are not all for ages 11-13 ("tricks" is for 7-10)',
    );
    expect(() => planPackages(options({ band: '14-18' }), catalog)).toThrow('there are no lessons for ages 14-18');
    expect(() => planPackages(options(), { ...catalog, lessons: [] })).toThrow('there are no lessons to package');
  });

  it('keeps derived identifiers valid when they would be too long', () => {
    const id = lessonIdentifier('a'.repeat(60), 'lesson-name');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(buildOptionsSchema.shape.identifier.safeParse(id).success).toBe(true);
  });
});
