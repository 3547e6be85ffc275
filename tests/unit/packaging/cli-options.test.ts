import { describe, expect, it } from 'vitest';
import { parsePackagerArgs } from '../../../src/packaging/cli-options.ts';

const errorsOf = (argv: string[], config?: string) => {
  const result = parsePackagerArgs(argv, config);
  return result.ok ? [] : result.errors;
};

describe('packager options', () => {
  it('read flags over the config file', () => {
    const result = parsePackagerArgs(
      [
        '--band',
        '14-18',
        '--lessons',
        'a, b',
        '--country=IE',
        '--mastery-score',
        '90',
        '--report-scenario-outcomes',
        '--title',
        'My course',
      ],
      JSON.stringify({ language: 'en', country: 'GB', quizAttempts: 2, schoolContact: { name: 'Ms Byrne' } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.args.options).toMatchObject({
      band: '14-18',
      lessons: ['a', 'b'],
      country: 'IE',
      masteryScore: 90,
      quizAttempts: 2,
      reportScenarioOutcomes: true,
      title: 'My course',
      schoolContact: { name: 'Ms Byrne' },
    });
  });

  it('merge nested school-contact flags into the config’s contact', () => {
    const result = parsePackagerArgs(
      ['--school-contact-phone', '01 234'],
      JSON.stringify({ schoolContact: { name: 'Office' } }),
    );
    expect(result.ok && result.args.options.schoolContact).toEqual({ name: 'Office', phone: '01 234' });
  });

  it('apply the schema defaults without a config file', () => {
    const result = parsePackagerArgs([], undefined);
    expect(result.ok && result.args.options).toMatchObject({
      lessons: [],
      language: 'en',
      masteryScore: 80,
      quizAttempts: 0,
    });
  });

  it('name the flag that is wrong', () => {
    expect(errorsOf(['--mastery-score', 'high'])).toEqual(['--mastery-score: "high" is not a whole number']);
    expect(errorsOf(['--mastery-score', '120'])).toEqual([
      '--mastery-score: the pass mark must be a whole number from 0 to 100 (it is a percentage)',
    ]);
    expect(errorsOf(['--country', 'ireland'])).toEqual([
      '--country: must be a two-letter country code such as "GB" or "IE"',
    ]);
    expect(errorsOf(['--title'])).toEqual(['--title needs a value']);
    expect(errorsOf(['--band', '12-14'])).toEqual(['--band: must be an age band: 7-10, 11-13, 14-18']);
    expect(errorsOf(['--identifier', '9lives'])).toEqual([
      '--identifier: must start with a letter and use only letters, digits, "-" and "_"',
    ]);
    expect(errorsOf(['--colour', 'red'])[0]).toMatch(/^unknown flag --colour; the flags are --band, --lessons, /);
    expect(errorsOf(['lessons'])[0]).toMatch(/^unexpected argument "lessons"/);
  });

  it('name the config field that is wrong, in the course’s words, with did-you-mean for a misspelt one', () => {
    expect(errorsOf([], '{ "masteryScore": "80" }')).toEqual([
      'speakup.config.json field "masteryScore": the pass mark must be a whole number from 0 to 100',
    ]);
    expect(errorsOf([], '{ "contry": "IE" }')).toEqual([
      'speakup.config.json: has an unknown field "contry"; did you mean "country"?',
    ]);
    expect(errorsOf([], '{ "colour": "red" }')).toEqual([
      'speakup.config.json: has an unknown field "colour"; the fields it can have are "band", "lessons", "language", "country", "masteryScore", "quizAttempts", "reportScenarioOutcomes", "title", "identifier", "quickExitUrl", "schoolContact"',
    ]);
    expect(errorsOf([], '{ "schoolContact": { "phone": "1" } }')).toEqual([
      'speakup.config.json field "schoolContact.name": is required but missing',
    ]);
    expect(errorsOf([], '{ "lessons": ["a", 3] }')).toEqual([
      'speakup.config.json field "lessons" (item 1): must be text, not a number',
    ]);
    expect(errorsOf([], '[]')).toEqual(['speakup.config.json: must be a JSON object such as {"country": "IE"}']);
  });

  it('say at which line the config file’s JSON breaks, and how to mend it', () => {
    expect(errorsOf([], '{\n  "country": "IE"\n  "band": "7-10"\n}\n')).toEqual([
      'speakup.config.json:3: a comma is missing before this item; put , after the item before it',
    ]);
    expect(errorsOf([], '{\n  "lessons": ["what-to-do"\n}\n')).toEqual([
      'speakup.config.json:2: this list starts with [ but never ends; close it with ]',
    ]);
  });

  it('report a flag, not the config, when the flag set the bad value', () => {
    expect(errorsOf(['--language', 'English'], '{ "language": "en" }')).toEqual([
      '--language: must be a language code such as "en" or "pt-BR"',
    ]);
  });

  it('know the packager’s own flags', () => {
    const result = parsePackagerArgs(['--out', '/tmp/x', '--help'], undefined);
    expect(result.ok && [result.args.out, result.args.help]).toEqual(['/tmp/x', true]);
  });
});
