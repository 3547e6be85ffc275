import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { HELP_PURPOSES, INTERNATIONAL, REQUIRED_PURPOSES } from '../../../src/help/helpline-schema.ts';
import { contactHref, countryVariants, servicesFor } from '../../../src/help/help-view.ts';
import { HELPLINES_DIR, loadHelplines, supportedCountries } from '../../../src/help/load-helplines.ts';

const realFiles = readdirSync(HELPLINES_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ path: `${HELPLINES_DIR}/${name}`, text: readFileSync(`${HELPLINES_DIR}/${name}`, 'utf8') }));
const real = loadHelplines(realFiles);

describe('the helpline data', () => {
  it('has no problems', () => {
    expect(real.problems.map(formatProblem)).toEqual([]);
  });

  it('covers at least the eight countries the course supports, and the international routes', () => {
    expect(supportedCountries(real.directory)).toEqual(
      expect.arrayContaining(['AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'US']),
    );
    expect(real.directory[INTERNATIONAL]).toBeDefined();
  });

  it('gives every country someone to talk to, a crisis line, a way to report and an emergency number', () => {
    for (const code of supportedCountries(real.directory)) {
      const help = real.directory[code]!;
      for (const purpose of REQUIRED_PURPOSES) {
        expect(servicesFor(help, purpose).length, `${code} ${purpose}`).toBeGreaterThan(0);
      }
    }
  });

  it('has Germany call 110 for the police, not only 112', () => {
    const numbers = servicesFor(real.directory['DE']!, 'emergency').flatMap((entry) =>
      entry.contact.map((contact) => ('number' in contact ? contact.number : '')),
    );
    expect(numbers).toEqual(expect.arrayContaining(['110', '112']));
  });

  it('gives every entry its source page and the date it was checked', () => {
    for (const help of Object.values(real.directory)) {
      for (const entry of help.entries) {
        expect(entry.source, `${help.country}: ${entry.organisation}`).toMatch(/^https:\/\//);
        expect(entry.checked, `${help.country}: ${entry.organisation}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('puts no country’s number in the international routes', () => {
    const international = real.directory[INTERNATIONAL]!;
    expect(international.entries.every((entry) => entry.contact.every((contact) => !('number' in contact)))).toBe(true);
    expect(servicesFor(international, 'emergency')).toEqual([]);
  });

  it('lists the international routes last among the variants a page renders', () => {
    const variants = countryVariants(real.directory).map((help) => help.country);
    expect(variants.at(-1)).toBe(INTERNATIONAL);
    expect(variants.slice(0, -1)).toEqual(supportedCountries(real.directory));
  });
});

describe('loadHelplines', () => {
  const gb = readFileSync('tests/fixtures/helplines/GB.yaml', 'utf8');
  const international = {
    path: `${HELPLINES_DIR}/international.yaml`,
    text: readFileSync('tests/fixtures/helplines/international.yaml', 'utf8'),
  };
  const problemsOf = (text: string, name = 'GB') =>
    loadHelplines([{ path: `${HELPLINES_DIR}/${name}.yaml`, text }, international]).problems.map(formatProblem);

  it('accepts the fixture', () => {
    expect(problemsOf(gb)).toEqual([]);
  });

  it('names the country and the purpose that is missing', () => {
    const withoutCrisis = gb.replace(/ {2}- organisation: Test Crisis Line[\s\S]*?(?= {2}- organisation)/, '');
    expect(problemsOf(withoutCrisis)).toEqual([
      'src/help/helplines/GB.yaml:4: field "entries": GB (the United Kingdom) has no "crisis" service; every country needs one for talk, crisis, report and emergency, each with its source',
    ]);
  });

  it('refuses an entry without its source or the date it was checked, at its line', () => {
    const withoutSource = gb.replace('    source: https://example.org/talk\n', '');
    expect(problemsOf(withoutSource)).toEqual([
      'src/help/helplines/GB.yaml:5: field "entries.0.source": is required but missing',
    ]);
    const withoutDate = gb.replace(
      '    source: https://example.org/talk\n    checked: 2026-12-01\n',
      '    source: https://example.org/talk\n',
    );
    expect(problemsOf(withoutDate)).toEqual([
      'src/help/helplines/GB.yaml:5: field "entries.0.checked": is required but missing',
    ]);
    expect(
      problemsOf(
        gb.replace(
          'source: https://example.org/talk\n    checked: 2026-12-01',
          'source: https://example.org/talk\n    checked: 5',
        ),
      ),
    ).toEqual(['src/help/helplines/GB.yaml:11: field "entries.0.checked": must be text or a date, not a number']);
  });

  it('refuses a file named after another country, and an emergency number in the international routes', () => {
    expect(problemsOf(gb, 'IE')).toEqual([
      'src/help/helplines/IE.yaml:2: field "country": is "GB" but the file is IE.yaml; name the file after the country code',
    ]);
    const withEmergency = loadHelplines([
      { path: `${HELPLINES_DIR}/international.yaml`, text: gb.replace('country: GB', 'country: international') },
    ]).problems.map(formatProblem);
    expect(withEmergency).toContain(
      'src/help/helplines/international.yaml:4: field "entries": lists an emergency number, but no number is the same everywhere; schools without a country get a prompt to call their local emergency number',
    );
  });

  it('refuses a purpose it does not know, and a web address that is not https', () => {
    expect(problemsOf(gb.replace('purpose: talk', 'purpose: chat'))).toEqual([
      `src/help/helplines/GB.yaml:6: field "entries.0.purpose": must be one of ${HELP_PURPOSES.map((p) => `"${p}"`).join(', ')}, not "chat"`,
    ]);
    expect(problemsOf(gb.replace('url: https://example.org/report', 'url: http://example.org/report'))).toEqual([
      'src/help/helplines/GB.yaml:23: field "entries.2.contact.0.url": must be an https:// address',
    ]);
  });
});

describe('contact links', () => {
  it('dials digits only, and texts the keyword the service asks for', () => {
    expect(contactHref({ way: 'call', number: '0800 1111' })).toBe('tel:08001111');
    expect(contactHref({ way: 'call', number: '1-800-422-4453' })).toBe('tel:18004224453');
    expect(contactHref({ way: 'text', number: '85258', message: 'SHOUT' })).toBe('sms:85258?body=SHOUT');
    expect(contactHref({ way: 'web', url: 'https://example.org/' })).toBe('https://example.org/');
  });
});
