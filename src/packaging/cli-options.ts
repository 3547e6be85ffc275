import type { ZodIssue } from 'zod';
import { formatProblem } from '../content-source/problems.ts';
import { fieldProblems } from '../content-source/schema-problems.ts';
import { readOptionsText } from '../course/build-options.ts';
import { buildOptionsSchema, CONFIG_FILE, type BuildOptions } from '../course/options.ts';

/**
 * Build options for `npm run package`: `speakup.config.json` (optional) overridden by command-line flags, checked
 * with the one schema of src/course/options.ts. Every error names the flag or the config field to fix.
 */
type Kind = 'string' | 'list' | 'integer' | 'boolean';

interface FlagSpec {
  flag: string;
  /** Path in the options object. */
  path: readonly [string] | readonly [string, string];
  kind: Kind;
}

export const OPTION_FLAGS: readonly FlagSpec[] = [
  { flag: '--band', path: ['band'], kind: 'string' },
  { flag: '--lessons', path: ['lessons'], kind: 'list' },
  { flag: '--language', path: ['language'], kind: 'string' },
  { flag: '--country', path: ['country'], kind: 'string' },
  { flag: '--mastery-score', path: ['masteryScore'], kind: 'integer' },
  { flag: '--quiz-attempts', path: ['quizAttempts'], kind: 'integer' },
  { flag: '--report-scenario-outcomes', path: ['reportScenarioOutcomes'], kind: 'boolean' },
  { flag: '--title', path: ['title'], kind: 'string' },
  { flag: '--identifier', path: ['identifier'], kind: 'string' },
  { flag: '--quick-exit-url', path: ['quickExitUrl'], kind: 'string' },
  { flag: '--school-contact-name', path: ['schoolContact', 'name'], kind: 'string' },
  { flag: '--school-contact-description', path: ['schoolContact', 'description'], kind: 'string' },
  { flag: '--school-contact-phone', path: ['schoolContact', 'phone'], kind: 'string' },
  { flag: '--school-contact-url', path: ['schoolContact', 'url'], kind: 'string' },
];

/** Flags of the packager itself, not build options. */
export const SCRIPT_FLAGS = ['--out', '--build-dir', '--help'] as const;

export interface PackagerArgs {
  options: BuildOptions;
  /** Folder the zips go to. */
  out: string | undefined;
  /** Pack from the band builds in this folder (`npm run build`'s dist/course) instead of building. */
  buildDir: string | undefined;
  help: boolean;
  /** Where each option came from, in words (`--lessons`, `speakup.config.json field "lessons"`): for later errors. */
  sourceOf: (path: string) => string;
}

export type ArgsResult = { ok: true; args: PackagerArgs } | { ok: false; errors: string[] };

type Mutable = Record<string, unknown>;

function setPath(target: Mutable, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = target[head];
  const next: Mutable =
    child !== null && typeof child === 'object' && !Array.isArray(child) ? { ...(child as Mutable) } : {};
  setPath(next, rest, value);
  target[head] = next;
}

/**
 * `configText` is the content of speakup.config.json, or undefined when there is none; `argv` the arguments after
 * the script name.
 */
export function parsePackagerArgs(argv: readonly string[], configText: string | undefined): ArgsResult {
  const errors: string[] = [];
  let config: Mutable = {};
  if (configText !== undefined) {
    const read = readOptionsText(CONFIG_FILE, configText);
    errors.push(...read.problems.map(formatProblem));
    config = read.input as Mutable;
  }

  const merged: Mutable = structuredClone(config);
  const fromFlag = new Map<string, string>();
  let out: string | undefined;
  let buildDir: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      errors.push(`unexpected argument "${arg}": options are flags such as --lessons a,b (see --help)`);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (name === '--help' || name === '-h') {
      help = true;
      continue;
    }
    const negated = name.startsWith('--no-') ? `--${name.slice(5)}` : undefined;
    const spec = OPTION_FLAGS.find((f) => f.flag === name || (f.kind === 'boolean' && f.flag === negated));
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push(`${name} needs a value`);
        return undefined;
      }
      i++;
      return next;
    };
    if (name === '--out') {
      out = takeValue();
      continue;
    }
    if (name === '--build-dir') {
      buildDir = takeValue();
      continue;
    }
    if (!spec) {
      errors.push(
        `unknown flag ${name}; the flags are ${[...OPTION_FLAGS.map((f) => f.flag), ...SCRIPT_FLAGS].join(', ')}`,
      );
      continue;
    }
    let value: unknown;
    if (spec.kind === 'boolean') {
      if (inline !== undefined && inline !== 'true' && inline !== 'false') {
        errors.push(`${name} takes no value, or =true / =false`);
        continue;
      }
      value = negated ? false : inline !== 'false';
    } else {
      const raw = takeValue();
      if (raw === undefined) continue;
      if (spec.kind === 'list') {
        value = raw
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
      } else if (spec.kind === 'integer') {
        if (!/^-?\d+$/.test(raw.trim())) {
          errors.push(`${name}: "${raw}" is not a whole number`);
          continue;
        }
        value = Number(raw.trim());
      } else {
        value = raw;
      }
    }
    setPath(merged, spec.path, value);
    fromFlag.set(spec.path.join('.'), spec.flag);
  }

  const sourceOf = (path: string): string => {
    const flag = fromFlag.get(path) ?? fromFlag.get(path.split('.')[0] ?? '');
    return flag ?? `${CONFIG_FILE} field "${path}"`;
  };

  if (errors.length > 0) return { ok: false, errors };
  const result = buildOptionsSchema.safeParse(merged);
  if (!result.success) return { ok: false, errors: describeIssues(merged, result.error.issues, sourceOf) };
  return { ok: true, args: { options: result.data, out, buildDir, help, sourceOf } };
}

/** Each schema problem with the flag or the config field that set the bad value. */
function describeIssues(merged: Mutable, issues: readonly ZodIssue[], sourceOf: (path: string) => string): string[] {
  return fieldProblems(buildOptionsSchema, merged, issues).map(({ path, message }) => {
    const fields = path.filter((p) => typeof p === 'string').join('.');
    const where = fields === '' ? CONFIG_FILE : sourceOf(fields);
    const items = path.filter((p) => typeof p === 'number');
    const element = items.length > 0 ? ` (item ${items.join('.')})` : '';
    return `${where}${element}: ${message}`;
  });
}

export const PACKAGER_HELP = `Usage: npm run package -- [flags]

Builds the course once for each age band and packs it as SCORM 1.2, SCORM 2004 and web zips in dist/packages/,
with each lesson on its own as SCORM 1.2 and 2004, all from that one build: the school's choices (country,
contact, pass mark...) go into each package's options file. The teacher site's package builder makes the same
zips, byte for byte, in the browser.
Options come from ${CONFIG_FILE} (optional) and these flags, which win over it:

  --band 11-13                  only this age band (7-10, 11-13 or 14-18; default: every band)
  --lessons a,b                 lesson ids, in course order, all of one band (default: every lesson)
  --language en                 language of the course
  --country IE                  country whose helplines the Help panel shows
  --mastery-score 80            pass mark of the scored quiz, 0-100
  --quiz-attempts 2             submissions allowed for the scored quiz (0 = no limit)
  --report-scenario-outcomes    send scenario endings to the LMS (off by default: sensitive)
  --title "..."                 course title
  --identifier speak-up         package identifier
  --quick-exit-url exit.html    where Quick exit goes
  --school-contact-name "..."   the school's own contact (also -description, -phone, -url)
  --out dist/packages           where the zips go
  --build-dir dist/course       pack the builds npm run build left there instead of building again
  --help                        this text
`;
