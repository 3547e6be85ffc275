import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { AgeBand } from '../course-model/core-messages.ts';
import type { TextUnit } from './learner-text.ts';

/**
 * Reading level (Flesch-Kincaid grade) a file for each band may not exceed: what a child of the band's youngest age
 * reads with ease (a grade is a year of US schooling: grade 4 is about age 9 to 10).
 */
export const READING_GRADE_LIMIT: Readonly<Record<AgeBand, number>> = { '7-10': 4, '11-13': 6, '14-18': 8 };

// The shape flesch-kincaid takes.
interface Counts {
  [count: string]: number;
  sentence: number;
  word: number;
  syllable: number;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

// Counting syllables is the slow part (a word list and rules per word), and course text repeats its words.
const syllables = new Map<string, number>();
const syllablesOf = (word: string) => {
  const key = word.toLowerCase();
  let count = syllables.get(key);
  if (count === undefined) syllables.set(key, (count = syllable(key)));
  return count;
};

function countsOf(sentence: string): Counts {
  const words = sentence.match(WORD) ?? [];
  return { sentence: 1, word: words.length, syllable: words.reduce((sum, word) => sum + syllablesOf(word), 0) };
}

/** The sentences of a text: split after . ! ? or …; a text with no full stop (a list item, a choice) is one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])["”’)]*\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

export interface ReadingLevel {
  grade: number;
  sentences: number;
  words: number;
  /** The sentence with the highest grade of its own, where it is: what to rewrite first. */
  hardest?: { text: string; line: number; grade: number } | undefined;
}

/** The Flesch-Kincaid grade of a file's prose (headings left out: they are not sentences). */
export function readingLevel(units: readonly TextUnit[]): ReadingLevel {
  const sentences = units
    .filter((unit) => !unit.heading)
    .flatMap((unit) => sentencesOf(unit.text).map((text) => ({ text, line: unit.line })));
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  let hardest: ReadingLevel['hardest'];
  for (const sentence of sentences) {
    const own = countsOf(sentence.text);
    counts.sentence += 1;
    counts.word += own.word;
    counts.syllable += own.syllable;
    const grade = fleschKincaid(own);
    if (!hardest || grade > hardest.grade) hardest = { ...sentence, grade };
  }
  return { grade: fleschKincaid(counts), sentences: counts.sentence, words: counts.word, hardest };
}

/** The strictest limit of a file's bands: a file for 11-13 and 14-18 is read by 11-year-olds. */
export function gradeLimitFor(bands: readonly AgeBand[]): number {
  return Math.min(...bands.map((band) => READING_GRADE_LIMIT[band]));
}
