import type { HelpDirectory } from '../help/helpline-schema.ts';
import type { ContentProblem } from '../content-source/problems.ts';

/**
 * No helpline number is written into course text: a number right for one country is wrong for the next, and a child
 * may dial it. Lessons name a service by purpose (`<Helpline purpose="talk" />`), which shows the school's country's
 * entry from the helpline data. This check finds what looks like a phone number in a content file: six digits or
 * more in groups (0800 1111, 1-800-422-4453, 13 11 14), or any number the helpline data holds (999, 116 111, 3018).
 */

/** Digits only: how numbers are compared. */
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Numbers of at least three digits in the helpline data, as digits (shorter ones, such as 17, are too common). */
export function knownNumbers(directory: HelpDirectory): Set<string> {
  const known = new Set<string>();
  for (const country of Object.values(directory)) {
    for (const entry of country.entries) {
      for (const contact of entry.contact) {
        if ('number' in contact && digitsOf(contact.number).length >= 3) known.add(digitsOf(contact.number));
      }
    }
  }
  return known;
}

// Runs of digits joined by one space, hyphen or dot; a thousands separator (26,718), a decimal, a date, a time or a
// web address is not a phone number, and is blanked out first.
const NOT_PHONE = [/https?:\/\/\S+/g, /\b\d{4}-\d{2}-\d{2}\b/g, /\d{1,3}(?:,\d{3})+/g, /\d+[.:]\d+(?![ .-]?\d)/g];
const RUN = /(?<![\w£$€])\d+(?:[ .-]\d+)*(?![\w%])/g;

/** Where a text holds what looks like a phone number: its line (1-based) and the number as written. */
export function findPhoneNumbers(text: string, known: ReadonlySet<string>): { line: number; number: string }[] {
  const found: { line: number; number: string }[] = [];
  text.split('\n').forEach((raw, index) => {
    let line = raw;
    for (const pattern of NOT_PHONE) line = line.replace(pattern, (match) => ' '.repeat(match.length));
    for (const match of line.matchAll(RUN)) {
      const number = match[0].replace(/[ .-]+$/, '');
      const digits = digitsOf(number);
      const grouped = /[ .-]/.test(number);
      if ((grouped && digits.length >= 6) || digits.length >= 7 || known.has(digits)) {
        found.push({ line: index + 1, number });
      }
    }
  });
  return found;
}

/** One problem per number found in a content file. */
export function phoneNumberProblems(
  file: { path: string; text: string },
  known: ReadonlySet<string>,
): ContentProblem[] {
  return findPhoneNumbers(file.text, known).map(({ line, number }) => ({
    file: file.path,
    line,
    message: `"${number}" looks like a phone number; never write a helpline's number into course text, which is read in many countries. In a lesson use <Helpline purpose="talk" /> (or crisis, report, remove, emergency); in a quiz or scenario name the service by what it does and point to Help`,
  }));
}
