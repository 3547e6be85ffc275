import { describe, expect, it } from 'vitest';
import { applyPackageOptions, type PackageOptions } from '../../../src/course-model/package-options.ts';
import type { CourseStructure } from '../../../src/course-model/structure.ts';
import { makePackage } from '../../../src/packaging/make-package.ts';
import { choosePackage, type PackageChoices } from '../../../src/packaging/package-choices.ts';
import { planPackages, type CourseCatalog } from '../../../src/packaging/package-plan.ts';
import { buildOptionsSchema } from '../../../src/course/options.ts';
import { packagePage } from '../../../src/packaging/package-pages.ts';

const lesson = (id: string) => ({ id, title: id, page: `${id}.html`, required: true, completion: [] });
const built: CourseStructure = {
  id: 'speak-up',
  title: 'Speak Up',
  language: 'en',
  fingerprint: 'abcdefgh',
  masteryScore: 80,
  quizAttempts: 0,
  reportScenarioOutcomes: false,
  quickExitUrl: 'exit.html',
  lessons: [lesson('one'), lesson('two'), lesson('three')],
  scenarios: [],
  quizzes: [{ id: 'three', lesson: 'three', scored: true, questions: [] }],
};
const options = (over: Partial<PackageOptions> = {}): PackageOptions => ({
  title: 'Speak Up',
  identifier: 'speak-up-11-13',
  lessons: ['one', 'two', 'three'],
  masteryScore: 70,
  quizAttempts: 2,
  reportScenarioOutcomes: true,
  quickExitUrl: 'exit.html',
  ...over,
});

describe('a package read at run time', () => {
  it("takes the package's pass mark, attempts and identifier, and keeps the build's fingerprint for all lessons", () => {
    const s = applyPackageOptions(built, options());
    expect([s.masteryScore, s.quizAttempts, s.reportScenarioOutcomes, s.id]).toEqual([70, 2, true, 'speak-up-11-13']);
    expect(s.fingerprint).toBe('abcdefgh');
    expect(applyPackageOptions(built, undefined)).toBe(built);
  });

  it('narrows to its lessons and their quizzes, with a fingerprint of its own so other progress is never misread', () => {
    const s = applyPackageOptions(built, options({ lessons: ['one', 'two'] }));
    expect(s.lessons.map((l) => l.id)).toEqual(['one', 'two']);
    expect(s.quizzes).toEqual([]);
    expect(s.fingerprint).not.toBe('abcdefgh');
    expect(applyPackageOptions(built, options({ lessons: ['two', 'three'] })).fingerprint).not.toBe(s.fingerprint);
  });

  it('shows only its lessons, renumbered and linked among themselves, its title, and the school contact as text', () => {
    const html = `<title>three | Speak Up</title><body data-lesson="three">
      <a class="course-title" data-course-title>Speak Up</a>
      <li data-lesson-item="one" data-minutes="5"><span data-lesson-number="Lesson {number}">Lesson 1</span></li>
      <li data-lesson-item="three" data-minutes="7"><span data-lesson-number="Lesson {number}">Lesson 3</span></li>
      <li data-duration="{minutes} minutes, {count} parts">12 minutes, 2 parts</li>
      <p data-lesson-position="Lesson {position} of {total}">Lesson 3 of 3</p>
      <nav data-pager data-previous="Previous: {title}" data-next="Next: {title}" data-back="Back to start"><a href="two.html">Previous: two</a></nav>
      <section class="help-school" data-school-contact hidden><h3>At your school</h3><p><strong data-school-name></strong></p>
        <p data-school-phone hidden><a data-template="Call {number}"></a></p>
        <p data-school-url hidden><a data-template="{organisation} website"></a></p></section>`;
    const chosen = options({
      title: 'Speak Up: Final quiz',
      lessons: ['three'],
      schoolContact: { name: '<b>Ms B</b>', phone: '01 234', url: 'javascript:alert(1)' },
    });
    const info = (id: string, order: number) => ({
      id,
      order,
      title: id,
      summary: '',
      scoredQuiz: false,
      ageBands: ['11-13' as const],
    });
    const page = packagePage(html, chosen, [info('one', 1), info('two', 2), info('three', 3)], built);
    expect(page).toContain('<title>three | Speak Up: Final quiz</title>');
    expect(page).toContain('data-course-title>Speak Up: Final quiz</a>');
    expect(page).not.toContain('data-lesson-item="one"');
    expect(page).toContain('">Lesson 1</span>');
    expect(page).toContain('">7 minutes, 1 parts</li>');
    expect(page).toContain('">Lesson 1 of 1</p>');
    expect(page).toMatch(
      /"><a class="button secondary" href="index.html" data-astro-history="replace">Back to start<\/a><\/nav>/,
    );
    expect(page).toContain('<strong>&lt;b&gt;Ms B&lt;/b&gt;</strong>');
    expect(page).toContain('<a href="tel:01234">Call 01 234</a>');
    // A link that would run script is never made.
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<section class="help-school" data-school-contact>');
  });
});

const catalog: CourseCatalog = {
  title: 'Speak Up',
  description: 'd',
  bandTitle: '{title}: ages {band}',
  countries: [
    { code: 'GB', name: 'the United Kingdom' },
    { code: 'IE', name: 'Ireland' },
  ],
  languages: ['en'],
  lessons: [
    { id: 'one', order: 1, title: 'One', summary: '', scoredQuiz: false, ageBands: ['11-13'] },
    { id: 'two', order: 2, title: 'Two', summary: '', scoredQuiz: true, ageBands: ['11-13'] },
  ],
};
const choices = (over: Partial<PackageChoices> = {}): PackageChoices => ({
  band: '11-13',
  scope: 'course',
  lessons: [],
  country: '',
  language: 'en',
  masteryScore: '80',
  quizAttempts: '0',
  reportScenarioOutcomes: false,
  standard: 'scorm12',
  schoolContact: { name: '', description: '', phone: '', url: '' },
  ...over,
});

describe("the builder's choices", () => {
  it('say what is wrong beside each field: no lesson, an unknown country, a pass mark of 120', () => {
    const result = choosePackage(choices({ scope: 'lessons', country: 'xy', masteryScore: '120' }), catalog);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'lessons', message: 'Tick at least one lesson, or choose the whole course.' },
        {
          field: 'masteryScore',
          message: 'The pass mark must be a whole number from 0 to 100 (it is a percentage)',
        },
        {
          field: 'country',
          message:
            'There are no helplines for "XY" in the course: choose one of GB, IE, or leave it empty for the routes that work anywhere.',
        },
      ],
    });
    expect(choosePackage(choices({ masteryScore: 'high' }), catalog)).toMatchObject({
      problems: [{ field: 'masteryScore', message: 'The pass mark must be a whole number from 0 to 100.' }],
    });
  });

  it("plan the command line's package for the same choices", () => {
    const result = choosePackage(choices({ country: 'ie', standard: 'scorm2004' }), catalog);
    const cli = planPackages(buildOptionsSchema.parse({ band: '11-13', country: 'IE' }), catalog)[0]!;
    expect(result).toEqual({ ok: true, scope: cli, planned: cli.packages[1] });
  });
});

describe('a package made from a band build', () => {
  it("leaves out the band's other lessons and writes the school's choices into the options file", () => {
    const page = (id: string) => new TextEncoder().encode(`<meta name="speakup-standard" content="auto"><p>${id}`);
    const build = new Map([
      ['index.html', page('index')],
      ['one.html', page('one')],
      ['two.html', page('two')],
      ['speakup-options.js', new TextEncoder().encode('window.speakupOptions = {};')],
    ]);
    const scope = planPackages(buildOptionsSchema.parse({ lessons: ['two'], country: 'IE' }), catalog)[0]!;
    const made = makePackage(build, scope, 'scorm12', catalog);
    expect([...made.files.keys()].sort()).toEqual(['imsmanifest.xml', 'index.html', 'speakup-options.js', 'two.html']);
    const file = new TextDecoder().decode(made.files.get('speakup-options.js'));
    expect(file).toContain('"lessons":["two"]');
    expect(file).toContain('"country":"IE"');
    expect(made.problems).toEqual([]);
  });
});
