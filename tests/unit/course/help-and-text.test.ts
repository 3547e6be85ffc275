import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_MESSAGES } from '../../../src/course-model/core-messages.ts';
import { HELP_PURPOSES } from '../../../src/help/helpline-schema.ts';
import { LANGUAGES, messagesFor, translator } from '../../../src/i18n/index.ts';

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
    for (const purpose of HELP_PURPOSES) expect(english[`help.inlineAnywhere.${purpose}`], purpose).toBeTruthy();
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
