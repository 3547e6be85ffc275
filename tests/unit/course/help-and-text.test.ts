import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_MESSAGES } from '../../../src/course/core-messages.ts';
import { FALLBACK_HELP, HELP_BY_COUNTRY, helpFor } from '../../../src/help/helplines.ts';
import { LANGUAGES, messagesFor, translator } from '../../../src/i18n/index.ts';

describe('helplines', () => {
  const all = [FALLBACK_HELP, ...Object.values(HELP_BY_COUNTRY)];

  it('gives every entry a way to reach it and a source', () => {
    for (const country of all) {
      for (const contact of country.contacts) {
        expect(contact.phone ?? contact.url, `${country.country}: ${contact.organisation}`).toBeTruthy();
        expect(contact.source, `${country.country}: ${contact.organisation}`).toMatch(/^https:\/\//);
        if (contact.url) expect(contact.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('gives every country someone to talk to and an emergency number', () => {
    for (const country of all) {
      const purposes = country.contacts.map((c) => c.purpose);
      expect(purposes.includes('child-helpline') || purposes.includes('report-abuse'), country.country).toBe(true);
      expect(purposes, country.country).toContain('emergency');
    }
  });

  it('falls back to 116 111 and 112 for a country without an entry', () => {
    expect(helpFor('NL')).toBe(FALLBACK_HELP);
    expect(helpFor(undefined)).toBe(FALLBACK_HELP);
    expect(FALLBACK_HELP.contacts.map((c) => c.phone)).toEqual(expect.arrayContaining(['116 111', '112']));
    expect(helpFor('GB').contacts.map((c) => c.phone)).toEqual(expect.arrayContaining(['0800 1111', '999']));
  });
});

describe('interface text', () => {
  const english = messagesFor('en');

  it('has the same keys in every language as in English', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(messagesFor(language)).sort(), language).toEqual(Object.keys(english).sort());
    }
  });

  it('words every core message and every help purpose', () => {
    for (const id of CORE_MESSAGES) {
      expect(english[`core.${id}.title`], id).toBeTruthy();
      expect(english[`core.${id}.text`], id).toBeTruthy();
    }
    const purposes = new Set(
      [FALLBACK_HELP, ...Object.values(HELP_BY_COUNTRY)].flatMap((c) => c.contacts.map((x) => x.purpose)),
    );
    for (const purpose of purposes) expect(english[`help.purpose.${purpose}`], purpose).toBeTruthy();
  });

  it('has no interface text written into components: every t() key used exists', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.(astro|ts|tsx)$/.test(entry.name)) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\bt\('((?:shell|help|course|exit)\.[\w.-]+)'/g)) {
            used.add(m[1]!);
          }
        }
      }
    };
    walk('src');
    expect(used.size).toBeGreaterThan(10);
    const t = translator(english);
    for (const key of used) expect(() => t(key), key).not.toThrow();
  });

  it('fills parameters and refuses an unknown key', () => {
    const t = translator(english);
    expect(t('shell.lessonOf', { position: 2, total: 4 })).toBe('Lesson 2 of 4');
    expect(() => t('shell.nope')).toThrow('Missing interface text "shell.nope"');
  });
});
