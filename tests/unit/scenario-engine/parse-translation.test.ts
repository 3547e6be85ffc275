import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content-source/problems.ts';
import { parseTranslation, translationKey } from '../../../src/scenario-engine/build/parse-translation.ts';
import { textPaths } from '../../../src/scenario-engine/build/scenario-texts.ts';
import { edit, fixture, fixtureText } from './helpers.ts';

const original = fixture('sample-new-follower');
const DE = fixtureText('sample-new-follower', 'de.yaml');
const FILE = 'src/scenarios/sample-new-follower/de.yaml';
const REMOVE =
  'is not a text of scenario.yaml; a translation holds only those texts, under the same keys, so remove it';

function problemsOf(text: string, file = FILE): string[] {
  const result = parseTranslation(file, text, original);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseTranslation', () => {
  it('puts every translated text in place and keeps everything else', () => {
    const result = parseTranslation(FILE, DE, original);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { scenario } = result;
    expect(scenario.language).toBe('de');
    expect(scenario.title).toBe('Ein neuer Follower');
    expect(scenario.characters['mum']).toEqual({ name: 'Mama', role: 'trusted-adult' });
    expect(scenario.nodes['first-message']?.messages[1]).toEqual({
      from: 'jay',
      attachment: 'ein Foto von einem Skatepark',
    });
    expect(scenario.nodes['threat']?.choices[0]).toEqual({
      text: 'Zahlen, damit es aufhört',
      next: 'paid',
      rating: 'unsafe',
      practises: 'stop-dont-pay',
      feedback: 'Wer zahlt, bekommt meist neue Forderungen. Auch nach dem Zahlen kann Sam aufhören und Hilfe holen.',
    });
    expect(scenario.endings['told-mum']?.whatToDo).toEqual(original.endings['told-mum']?.whatToDo);
    // No text of the original is left untranslated (the fixture translates every one of them).
    const stillEnglish = textPaths(original).filter((path) => {
      const get = (s: unknown) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], s);
      return get(scenario) === get(original) && !['Sam', 'jay_skates'].includes(String(get(original)));
    });
    expect(stillEnglish.map(translationKey)).toEqual([]);
  });

  it('lists each missing text by its dotted key, counting list items from 1', () => {
    expect(problemsOf(edit(DE, '        feedback: Innehalten und prüfen ist ein gutes Gespür.\n', ''))).toEqual([
      `${FILE}:36: key "nodes.asks-to-move-app.choices.3.feedback": is missing; every text of scenario.yaml needs its translation`,
    ]);
    const withoutChoice = edit(
      DE,
      '      - text: Noch einmal das Profil ansehen\n        feedback: Innehalten und prüfen ist ein gutes Gespür.\n',
      '',
    );
    expect(problemsOf(withoutChoice)).toEqual([
      `${FILE}:31: key "nodes.asks-to-move-app.choices.3.text": is missing; every text of scenario.yaml needs its translation`,
      `${FILE}:31: key "nodes.asks-to-move-app.choices.3.feedback": is missing; every text of scenario.yaml needs its translation`,
    ]);
    const oneObjective = edit(DE, '  - Wissen, dass es immer hilft, einer Vertrauensperson davon zu erzählen\n', '');
    expect(problemsOf(oneObjective)).toEqual([
      `${FILE}:3: key "objectives.2": is missing; every text of scenario.yaml needs its translation`,
    ]);
  });

  it('lists each added key where it starts', () => {
    const withSender = edit(
      DE,
      '      - text: das konto ist zwei tage alt',
      '      - from: sam\n        text: das konto ist zwei tage alt',
    );
    expect(problemsOf(withSender)).toEqual([`${FILE}:22: key "nodes.checks-profile.messages.1.from": ${REMOVE}`]);
    expect(problemsOf(`${DE}language: de\n`)).toEqual([`${FILE}:71: key "language": ${REMOVE}`]);
    const extraNode = edit(DE, 'endings:\n', '  extra-node:\n    messages: [{ text: hallo }]\nendings:\n');
    expect(problemsOf(extraNode)).toEqual([`${FILE}:56: key "nodes.extra-node": ${REMOVE}`]);
  });

  it('refuses empty text, a list where text belongs, and a message over 280 characters', () => {
    expect(problemsOf(edit(DE, 'title: Sam hat gezahlt', "title: ''"))).toEqual([
      `${FILE}:69: key "endings.paid.title": is empty; every text of scenario.yaml needs its translation`,
    ]);
    const summary = 'summary: Sam bekommt eine Nachricht von jemand Neuem, der sehr freundlich wirkt.';
    expect(problemsOf(edit(DE, summary, 'summary: [a, b]'))).toEqual([
      `${FILE}:2: key "summary": must be text, as in scenario.yaml`,
    ]);
    const long = edit(DE, '      - text: danke,', `      - text: ${'sehr '.repeat(60)}danke,`);
    expect(problemsOf(long)).toEqual([
      `${FILE}:63: key "endings.told-mum.messages.1.text": is 374 characters long; a message is at most 280, so shorten it`,
    ]);
  });

  it('names a key written twice', () => {
    expect(problemsOf(edit(DE, '  paid:\n', '  blocked:\n'))).toEqual([
      `${FILE}:68: key "endings.blocked": is written twice in the same place (first on line 57); keys and ids must be unique, so rename or remove one of them`,
    ]);
  });

  it('wants a map of texts and a file named after its language', () => {
    expect(problemsOf('- a\n- b\n')).toEqual([
      `${FILE}:1: the file: must hold the texts of scenario.yaml under the same keys (title, summary, objectives, ...)`,
    ]);
    expect(problemsOf(DE, 'src/scenarios/sample-new-follower/german.yaml')).toEqual([
      'src/scenarios/sample-new-follower/german.yaml:1: the file: has no language in its name; a translation is named after its language, such as de.yaml or pt-BR.yaml',
    ]);
    const result = parseTranslation('src/scenarios/sample-new-follower/pt-BR.yml', DE, original);
    expect(result.ok && result.scenario.language).toBe('pt-BR');
  });
});
