import { describe, expect, it } from 'vitest';
import { bannedPhrases } from '../../../src/content-checks/banned-phrases.ts';
import { READING_GRADE_LIMIT, readingLevel } from '../../../src/content-checks/reading-level.ts';
import type { AgeBand } from '../../../src/course-model/core-messages.ts';
import { bandMessages, LANGUAGES, messagesFor } from '../../../src/i18n/index.ts';

describe("each band's own words (src/i18n/<language>/band-<band>.json)", () => {
  for (const language of LANGUAGES) {
    const base = messagesFor(language);
    for (const [band, own] of Object.entries(bandMessages(language)) as [AgeBand, Record<string, string>][]) {
      it(`${language}, ages ${band}: replace texts that exist, and the course for the band reads them`, () => {
        expect(Object.keys(own).filter((key) => !(key in base))).toEqual([]);
        const messages = messagesFor(language, band);
        for (const [key, text] of Object.entries(own)) expect(messages[key], key).toBe(text);
      });

      if (language !== 'en') continue;
      it(`en, ages ${band}: hold no word the band may not read, at its reading level`, () => {
        const units = Object.entries(own).map(([key, text], index) => ({ text, line: index + 1, key }));
        expect(bannedPhrases(units, [band]).map((found) => `${units[found.line - 1]!.key}: ${found.phrase}`)).toEqual(
          [],
        );
        const texts = units.filter((unit) => !unit.key.endsWith('Title') && !unit.key.endsWith('.title'));
        expect(readingLevel(texts).grade).toBeLessThanOrEqual(READING_GRADE_LIMIT[band]);
      });
    }
  }

  it('leave the other bands with the shared words', () => {
    expect(messagesFor('en', '11-13')['core.stop-dont-pay.text']).toBe(messagesFor('en')['core.stop-dont-pay.text']);
    expect(messagesFor('en', '7-10')['core.stop-dont-pay.text']).not.toBe(messagesFor('en')['core.stop-dont-pay.text']);
  });
});
