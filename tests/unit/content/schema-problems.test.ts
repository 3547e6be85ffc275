import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { checkSchema } from '../../../src/content-source/schema-problems.ts';
import { parseYaml } from '../../../src/content-source/yaml-source.ts';
import { parseLesson } from '../../../src/course/lesson.ts';
import { baselineSchema, curriculumSchema } from '../../../src/teacher-site/teacher-data.ts';
import { lessonYaml } from '../course/course-fixture.ts';

const FILE = 'src/modules/second/lesson.yaml';

/** The problems of the fixture lesson with `from` replaced by `to`. */
function problemsWith(from: string, to: string): string[] {
  const text = lessonYaml('second', 2);
  if (!text.includes(from)) throw new Error(`"${from}" is not in the fixture lesson`);
  const parsed = parseLesson(FILE, text.replace(from, to), 'second');
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('the error map: schema problems in the course’s words', () => {
  it('says that a text is empty, too long, or not text', () => {
    expect(problemsWith('title: Lesson second', "title: ''")).toEqual([
      `${FILE}:3: field "title": is empty; write the text`,
    ]);
    expect(problemsWith('title: Lesson second', 'title:')).toEqual([
      `${FILE}:3: field "title": is empty; write the text`,
    ]);
    expect(problemsWith('title: Lesson second', `title: ${'A long title. '.repeat(10)}`)).toEqual([
      `${FILE}:3: field "title": is 139 characters long; the most is 120 characters, so shorten it`,
    ]);
    expect(problemsWith('  - Learn something', '  - Learn this: it matters')).toEqual([
      `${FILE}:8: field "objectives.0": must be text, not a group of fields; if the text has ": " in it, put the whole text in quotes`,
    ]);
  });

  it('says what a number or a list must be', () => {
    expect(problemsWith('minutes: 15', 'minutes: ten')).toEqual([
      `${FILE}:6: field "minutes": must be a number, not text`,
    ]);
    expect(problemsWith('minutes: 15', 'minutes: 1.5')).toEqual([`${FILE}:6: field "minutes": must be a whole number`]);
    expect(problemsWith('minutes: 15', 'minutes: 90')).toEqual([`${FILE}:6: field "minutes": must be at most 60`]);
    expect(problemsWith('minutes: 15', 'minutes: 0')).toEqual([`${FILE}:6: field "minutes": must be at least 1`]);
    expect(problemsWith('minutes: 15', 'minutes:')).toEqual([`${FILE}:6: field "minutes": is empty; write a number`]);
    expect(problemsWith('ageBands: [7-10]', 'ageBands: 7-10')).toEqual([
      `${FILE}:5: field "ageBands": must be a list, not text`,
    ]);
    expect(problemsWith('ageBands: [7-10]', 'ageBands: []')).toEqual([
      `${FILE}:5: field "ageBands": must have at least one item`,
    ]);
  });

  it('names a misspelt field with the field it was meant to be, as one problem', () => {
    expect(problemsWith('minutes: 15', 'minuts: 15')).toEqual([
      `${FILE}:6: the file: has an unknown field "minuts"; did you mean "minutes"?`,
    ]);
    expect(problemsWith('  preparation:', '  preperation:')).toEqual([
      `${FILE}:15: field "teacherNotes": has an unknown field "preperation"; did you mean "preparation"?`,
    ]);
    expect(problemsWith('  - reach-end', '  - quizz: first-check')).toEqual([
      `${FILE}:11: field "completion.0": has an unknown field "quizz"; did you mean "quiz"?`,
    ]);
  });

  it('says that a required field is missing, and keeps a schema’s own hint', () => {
    expect(problemsWith('summary: A lesson for the tests.\n', '')).toEqual([
      `${FILE}:1: field "summary": is required but missing`,
    ]);
    expect(problemsWith('  - reach-end', '  - reach-the-end')).toEqual([
      `${FILE}:11: field "completion.0": must be reach-end, or "scenario:" or "quiz:" with an id, such as "scenario: new-follower"`,
    ]);
    expect(problemsWith('    - { minutes: 30, part: The whole lesson }', '    []')).toEqual([
      `${FILE}:13: field "teacherNotes.timing": must list the parts of the lesson with their minutes`,
    ]);
  });

  it('gives the id rule of docs/authoring.md, and refuses a source that is not a web address', () => {
    expect(problemsWith('id: second', 'id: Second_Lesson')).toEqual([
      `${FILE}:1: field "id": must use lowercase letters, digits and "-", start with a letter, and be at most 64 characters`,
    ]);
    expect(
      problemsWith('required: true', 'required: true\nsources:\n  - { title: A page, url: "javascript:alert(1)" }'),
    ).toEqual([`${FILE}:11: field "sources.0.url": must be a web address starting with https://`]);
  });

  it('counts the items of a list that has too few or too many', () => {
    const check = (file: string, schema: typeof curriculumSchema | typeof baselineSchema, text: string) => {
      const parsed = parseYaml(file, text);
      if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
      const checked = checkSchema(parsed.source, schema);
      return checked.ok ? [] : checked.problems.map(formatProblem);
    };
    const ref = '{ framework: f, ref: R1, text: A ref }';
    expect(
      check(
        'curriculum-map.yaml',
        curriculumSchema,
        `frameworks:\n  - { id: f, title: F, url: https://example.org }\nlessons:\n  - lesson: one\n    objectives:\n      - objective: 1\n        refs: [${Array(5).fill(ref).join(', ')}]\n`,
      ),
    ).toEqual(['curriculum-map.yaml:7: field "lessons.0.objectives.0.refs": has 5 items; the most is 4 items']);
    expect(
      check(
        'baseline.yaml',
        baselineSchema,
        'bands:\n  - band: 7-10\n    intro: Hi.\n    questions:\n' +
          '      - { id: q-one, kind: feel, question: How?, options: [{ text: Fine }] }\n'.repeat(4),
      ),
    ).toEqual(
      [5, 6, 7, 8].map(
        (line) => `baseline.yaml:${line}: field "bands.0.questions.${line - 5}.options": must have at least 2 items`,
      ),
    );
  });
});
