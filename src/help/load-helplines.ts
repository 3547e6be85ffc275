import type { ContentProblem } from '../content-source/problems.ts';
import { checkSchema } from '../content-source/schema-problems.ts';
import { parseYaml } from '../content-source/yaml-source.ts';
import {
  countryHelpSchema,
  INTERNATIONAL,
  REQUIRED_PURPOSES,
  type CountryHelp,
  type HelpDirectory,
} from './helpline-schema.ts';

/** Where the helpline files are, relative to the project root. */
export const HELPLINES_DIR = 'src/help/helplines';

/**
 * Reads and checks every helpline file: the schema, the file's name, and that every country has someone to talk to,
 * a crisis line, a way to report and an emergency number. A problem names the country and the purpose missing, so
 * that a country is never shipped with a gap a child would fall into.
 */
export function loadHelplines(files: readonly { path: string; text: string }[]): {
  directory: HelpDirectory;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const directory: Record<string, CountryHelp> = {};
  for (const file of files) {
    const name = new RegExp(`^${HELPLINES_DIR}/([^/]+)\\.ya?ml$`).exec(file.path)?.[1];
    if (!name) continue;
    const parsed = parseYaml(file.path, file.text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const checked = checkSchema(parsed.source, countryHelpSchema);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    const help = checked.data;
    if (help.country !== name) {
      problems.push({
        file: file.path,
        line: parsed.source.lineOf(['country']),
        where: 'field "country"',
        message: `is "${help.country}" but the file is ${name}.yaml; name the file after the country code`,
      });
      continue;
    }
    if (help.country !== INTERNATIONAL) {
      for (const purpose of REQUIRED_PURPOSES) {
        if (!help.entries.some((entry) => entry.purpose === purpose)) {
          problems.push({
            file: file.path,
            line: parsed.source.lineOf(['entries']),
            where: 'field "entries"',
            message: `${help.country} (${help.name}) has no "${purpose}" service; every country needs one for talk, crisis, report and emergency, each with its source`,
          });
        }
      }
    } else if (help.entries.some((entry) => entry.purpose === 'emergency')) {
      problems.push({
        file: file.path,
        line: parsed.source.lineOf(['entries']),
        where: 'field "entries"',
        message:
          'lists an emergency number, but no number is the same everywhere; schools without a country get a prompt to call their local emergency number',
      });
    }
    directory[help.country] = help;
  }
  if (!directory[INTERNATIONAL] && problems.length === 0) {
    problems.push({
      file: `${HELPLINES_DIR}/${INTERNATIONAL}.yaml`,
      message: 'is missing; it holds the services shown when a package is built without a country',
    });
  }
  return { directory, problems };
}

/** The countries that have their own helplines, sorted. */
export function supportedCountries(directory: HelpDirectory): string[] {
  return Object.keys(directory)
    .filter((code) => code !== INTERNATIONAL)
    .sort();
}
