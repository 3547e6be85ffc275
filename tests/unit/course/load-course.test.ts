import { describe, expect, it } from 'vitest';
import { assembleCourse } from '../../../src/course/assemble-course.ts';
import type { ContentFile } from '../../../src/course/content-files.ts';
import { loadCourse } from '../../../src/course/load-course.ts';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { courseFiles, options, problemsWith, quizText, replaceIn } from './course-fixture.ts';

describe('assembleCourse', () => {
  it('assembles the lessons in order, with their quiz and scenarios, and the structure the browser needs', () => {
    const { course, problems } = assembleCourse(courseFiles(), options(), ['en']);
    expect(problems).toEqual([]);
    expect(course?.lessons.map((l) => l.meta.id)).toEqual(['first', 'second']);
    expect(Object.keys(course?.scenarios ?? {})).toEqual(['minimal']);
    const structure = course!.structure;
    expect(structure.id).toBe('speak-up');
    expect(structure.lessons[0]).toEqual({
      id: 'first',
      title: 'Lesson first',
      page: 'first.html',
      required: true,
      completion: [
        { kind: 'reach-end' },
        { kind: 'finish-scenario', scenario: 'minimal' },
        { kind: 'finish-quiz', quiz: 'first-check' },
      ],
    });
    expect(structure.quizzes.map((q) => q.id)).toEqual(['first-check']);
    expect(structure.scenarios.map((s) => s.id)).toEqual(['minimal']);
    expect(structure.fingerprint).toMatch(/^[\w-]{8}$/);
  });

  it('builds one lesson on its own with a title and identifier of its own', () => {
    const { course } = assembleCourse(courseFiles(), options({ lessons: ['second'] }), ['en']);
    expect(course?.lessons.map((l) => l.meta.id)).toEqual(['second']);
    expect(course?.structure).toMatchObject({ id: 'speak-up-second', title: 'Speak Up: Lesson second' });
    expect(course?.scenarios).toEqual({});
  });

  it('changes the fingerprint when what saved progress indexes changes', () => {
    const before = assembleCourse(courseFiles(), options(), ['en']).course!.structure.fingerprint;
    const files = courseFiles();
    replaceIn(files, 'src/modules/first/lesson.yaml', 'order: 1', 'order: 3');
    const after = assembleCourse(files, options(), ['en']).course!.structure.fingerprint;
    expect(after).not.toBe(before);
  });

  it('names the file, line and field of a broken lesson', () => {
    expect(
      problemsWith((files) => replaceIn(files, 'src/modules/second/lesson.yaml', 'minutes: 15', 'duration: 15')),
    ).toEqual([
      'src/modules/second/lesson.yaml:1: field "minutes": is required but missing',
      'src/modules/second/lesson.yaml:6: the file: has an unknown field "duration"; the fields it can have are "id", "order", "title", "summary", "ageBands", "minutes", "objectives", "required", "completion", "teacherNotes", "illustration", "sources"',
    ]);
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/second/lesson.yaml', '  atRisk: Tell the DSL at once.\n', ''),
      ),
    ).toEqual(['src/modules/second/lesson.yaml:12: field "teacherNotes.atRisk": is required but missing']);
    expect(
      problemsWith((files) => replaceIn(files, 'src/modules/second/lesson.yaml', 'id: second', 'id: other')),
    ).toEqual([
      'src/modules/second/lesson.yaml:1: field "id": is "other" but the folder is "second"; they must be the same',
    ]);
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/second/lesson.yaml', 'ageBands: [7-10]', 'ageBands: [12-15]'),
      ),
    ).toEqual([
      'src/modules/second/lesson.yaml:5: field "ageBands.0": must be one of "7-10", "11-13", "14-18", not "12-15"',
    ]);
  });

  it('refuses a scenario that is missing, or not written for every age band of its lesson', () => {
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/first/content.mdx', '<Scenario id="minimal" />', '<Scenario id="minimall" />'),
      ),
    ).toEqual([
      'src/modules/first/content.mdx:3: <Scenario id="minimall">: there is no scenario "minimall" (src/scenarios/minimall/scenario.yaml)',
      'src/modules/first/lesson.yaml: completion rule 2: needs scenario "minimal", but the lesson\'s text does not show it (<Scenario id="minimal" />)',
    ]);
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/first/lesson.yaml', 'ageBands: [7-10]', 'ageBands: [7-10, 11-13]'),
      ),
    ).toEqual([
      'src/modules/first/content.mdx:3: <Scenario id="minimal">: the lesson is for ages 7-10, 11-13 but the scenario is written for 7-10; it must be written for every age band of its lesson (11-13 missing)',
    ]);
  });

  it('refuses a quiz the lesson never shows, and a <Quiz /> with no quiz', () => {
    expect(problemsWith((files) => replaceIn(files, 'src/modules/first/content.mdx', '<Quiz />', ''))).toEqual([
      'src/modules/first/content.mdx: the lesson has a quiz (quiz.yaml) but its text never shows it; add <Quiz /> where it belongs',
    ]);
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/second/content.mdx', '## Only text', '## Only text\n<Quiz />'),
      ),
    ).toEqual(['src/modules/second/content.mdx:2: <Quiz />: the lesson has no quiz.yaml to show']);
  });

  it('refuses a question id used in two quizzes, since the LMS reports answers by id', () => {
    const problems = problemsWith((files) => {
      files.push({
        path: 'src/modules/second/quiz.yaml',
        text: quizText.replace('id: first-check', 'id: second-check'),
      });
      replaceIn(files, 'src/modules/second/content.mdx', '## Only text', '## Only text\n<Quiz />');
    });
    expect(problems[0]).toBe(
      'src/modules/second/quiz.yaml: question "spot-the-fake-profile": the id is used in src/modules/first/quiz.yaml too; question ids must be unique in the course (the LMS reports by id)',
    );
  });

  it('refuses headings that repeat the page title, the quiz title or each other, naming file and line', () => {
    const problems = problemsWith((files) => {
      replaceIn(files, 'src/modules/first/content.mdx', '## Start', '## Lesson first\n\n## Start\n\n## start');
      replaceIn(files, 'src/modules/second/content.mdx', '## Only text', '## Only text\n\n### Check what you know');
    });
    expect(problems).toEqual([
      'src/modules/first/content.mdx:1: heading "Lesson first": repeats the lesson\'s title, which is the page\'s main heading; give the section a name of its own',
      expect.stringMatching(/^src\/modules\/first\/content\.mdx:5: heading "start": repeats the heading on line 3/),
    ]);
    const quizTitle = /^title: (.+)$/m.exec(quizText)![1]!;
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/first/content.mdx', '<Quiz />', `## ${quizTitle}\n\n<Quiz />`),
      ),
    ).toEqual([expect.stringMatching(new RegExp(`^src/modules/first/content\\.mdx:5: heading "${quizTitle}": `))]);
    expect(
      problemsWith((files) =>
        replaceIn(files, 'src/modules/first/quiz.yaml', `title: ${quizTitle}`, 'title: Lesson first'),
      ),
    ).toEqual([
      'src/modules/first/quiz.yaml: field "title": is the lesson\'s title too, which is the page\'s main heading; give the quiz a title of its own',
    ]);
  });

  it('refuses a lesson picture that is not in src/illustrations', () => {
    const picture = { path: 'src/illustrations/trusted-hand.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
    const withPicture = (name: string) => (files: ContentFile[]) => {
      files.push(picture);
      replaceIn(files, 'src/modules/second/lesson.yaml', 'minutes: 15', `minutes: 15\nillustration: ${name}`);
    };
    expect(problemsWith(withPicture('trusted-hand'))).toEqual([]);
    expect(problemsWith(withPicture('trusted-hands'))).toEqual([
      'src/modules/second/lesson.yaml: field "illustration": names "trusted-hands", but there is no src/illustrations/trusted-hands.svg',
    ]);
  });

  it('refuses a lesson, quiz or scenario above its band’s reading level, naming the hardest sentence', () => {
    const hard =
      'Communication with unfamiliar individuals frequently necessitates considerable caution, particularly regarding photographic material.';
    const problems = problemsWith((files) =>
      replaceIn(files, 'src/modules/second/content.mdx', '## Only text', `## Only text\n\n${hard}`),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^src/modules/second/content\\.mdx:3: reads at grade \\d+\\.\\d \\(Flesch-Kincaid\\), above 4 for ages 7-10: .*"${hard}"`,
        ),
      ),
    ]);
    // The same sentence is within reach for ages 14-18 only when the text around it is plain: a band's limit.
    const scenario = problemsWith((files) =>
      replaceIn(
        files,
        'src/scenarios/minimal/scenario.yaml',
        'text: great. now send me a photo of you',
        `text: ${hard} ${hard}`,
      ),
    );
    expect(scenario[0]).toMatch(
      /^src\/scenarios\/minimal\/scenario\.yaml:\d+: reads at grade .* above 4 for ages 7-10/,
    );
  });

  it('refuses blaming words in every band and sexual words for 7-10, naming line and phrase; a quote or a "not" is fine', () => {
    const lesson = 'src/modules/second/content.mdx';
    const withLine = (line: string) =>
      problemsWith((files) => replaceIn(files, lesson, '## Only text', `## Only text\n\n${line}`));
    expect(withLine('It was her own fault.')).toEqual([
      `${lesson}:3: "her own fault" says whose fault it is; say that it is not their fault, or quote it as speech that hurts`,
    ]);
    expect(withLine("Why did you send it? That's what people ask.")).toEqual([
      `${lesson}:3: "Why did you" asks a victim to explain themselves; say that it is not their fault, or quote it as speech that hurts`,
    ]);
    expect(withLine('It is not her fault, and it is never your fault.')).toEqual([]);
    expect(withLine('Saying “Why did you send it?” hurts: it sounds like blame.')).toEqual([]);
    expect(withLine('Someone asked for nudes.')).toEqual([
      `${lesson}:3: "nudes" is a sexual word, not for ages 7-10; say "a photo you would not want others to see"`,
    ]);
    expect(withLine('Someone said “send nudes”.')).toHaveLength(1);
    // In a quiz's feedback just the same, by the file's line.
    const inQuiz = problemsWith((files) =>
      replaceIn(
        files,
        'src/modules/first/quiz.yaml',
        'feedback: A friend you know in real life liking a photo is normal.',
        'feedback: You should have known it was normal.',
      ),
    );
    expect(inQuiz).toEqual([expect.stringMatching(/^src\/modules\/first\/quiz\.yaml:13: "should have known" blames/)]);
  });

  it('refuses choices whose lengths give the safe one away, naming the node and the figures', () => {
    const problems = problemsWith((files) =>
      replaceIn(
        files,
        'src/scenarios/minimal/scenario.yaml',
        'text: Say yes and keep it secret',
        'text: Say yes, keep it a secret from everyone, and wait to see what the coins are',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/scenarios\/minimal\/scenario\.yaml:\d+: node "hello": the choices differ too much in length \(\d+ and 22 characters/,
      ),
    ]);
  });

  it('says which lesson a build option names that does not exist, and which language has no text', () => {
    expect(problemsWith(() => {}, { lessons: ['frist'] })).toEqual([
      'build options: field "lessons": there is no lesson "frist" (lessons: first, second)',
    ]);
    expect(problemsWith(() => {}, { language: 'de' })).toEqual([
      'build options: field "language": there is no interface text for "de"; add src/i18n/de/ (languages: en)',
      'src/modules/first/: has no content.de.mdx: the lesson text in the build\'s language ("de")',
      'src/modules/second/: has no content.de.mdx: the lesson text in the build\'s language ("de")',
    ]);
  });

  it('passes a broken scenario file on to its author with file, line and field', () => {
    const problems = problemsWith((files) =>
      replaceIn(files, 'src/scenarios/minimal/scenario.yaml', 'next: asked-dad', 'next: asked-mum'),
    );
    expect(problems[0]).toMatch(
      /^src\/scenarios\/minimal\/scenario\.yaml:\d+: node "hello", choice 1, field "next": names "asked-mum", but there is no node or ending with that id/,
    );
  });
});

describe('loadCourse on this repository', () => {
  it('finds the real course valid (the same check as the build and npm run check)', () => {
    const { course, problems } = loadCourse(process.cwd(), {});
    expect(problems.map(formatProblem)).toEqual([]);
    expect(course?.lessons.length).toBeGreaterThanOrEqual(4);
    expect(course?.structure.quizzes.filter((q) => q.scored)).toHaveLength(1);
  });
});
