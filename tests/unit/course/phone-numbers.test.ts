import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../../src/content-checks/phone-numbers.ts';
import { readContentFiles } from '../../../src/course/content-files.ts';
import { loadCourse } from '../../../src/course/load-course.ts';
import { formatProblem } from '../../../src/content-source/problems.ts';

const known = new Set(['999', '112', '116111', '3018']);
const numbers = (text: string) => findPhoneNumbers(text, known).map((found) => found.number);

describe('findPhoneNumbers', () => {
  it('finds numbers written as people write them, and the helpline data’s short numbers', () => {
    expect(numbers('Call Childline on 0800 1111.')).toEqual(['0800 1111']);
    expect(numbers('Call 1-800-422-4453 or 13 11 14')).toEqual(['1-800-422-4453', '13 11 14']);
    expect(numbers('In an emergency call 999, or 112.')).toEqual(['999', '112']);
    expect(numbers('Call 116 111 or 3018')).toEqual(['116 111', '3018']);
    expect(numbers('08001111')).toEqual(['08001111']);
  });

  it('leaves alone what is not a phone number', () => {
    expect(
      numbers(
        'In 2023, 91% of 176 reports; 26,718 reports; aged 14-18; £100 in 30 minutes; 1.5 hours; checked 2026-12-01',
      ),
    ).toEqual([]);
    expect(numbers('https://example.org/news/12345678/page')).toEqual([]);
  });

  it('says on which line a number is', () => {
    expect(findPhoneNumbers('first\nsecond 0800 1111\n', known)).toEqual([{ line: 2, number: '0800 1111' }]);
  });
});

describe('the course content', () => {
  it('holds no phone number', () => {
    const { problems } = loadCourse(process.cwd(), {});
    expect(problems.filter((p) => p.message.includes('looks like a phone number')).map(formatProblem)).toEqual([]);
  });

  it('is refused with file and line when a lesson writes a helpline number into its text', async () => {
    const { assembleCourse } = await import('../../../src/course/assemble-course.ts');
    const { readLanguages } = await import('../../../src/course/content-files.ts');
    const { buildOptionsSchema } = await import('../../../src/course/options.ts');
    const files = readContentFiles(process.cwd()).map((file) =>
      file.path === 'src/modules/what-to-do/content.mdx'
        ? { ...file, text: file.text.replace('## Step 1', 'In Europe, call 116 111 for free.\n\n## Step 1') }
        : file,
    );
    const line = files
      .find((f) => f.path === 'src/modules/what-to-do/content.mdx')!
      .text.split('\n')
      .indexOf('In Europe, call 116 111 for free.');
    const { problems } = assembleCourse(files, buildOptionsSchema.parse({}), readLanguages(process.cwd()));
    expect(problems.map(formatProblem)).toEqual([
      `src/modules/what-to-do/content.mdx:${line + 1}: "116 111" looks like a phone number; never write a helpline's number into course text, which is read in many countries. In a lesson use <Helpline purpose="talk" /> (or crisis, report, remove, emergency); in a quiz or scenario name the service by what it does and point to Help`,
    ]);
  });
});
