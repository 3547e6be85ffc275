import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOptionsSchema, CONFIG_FILE, OPTIONS_ENV, type BuildOptions, type BuildOptionsInput } from './options.ts';
import type { ContentProblem } from '../content-source/problems.ts';
import { checkSchema } from '../content-source/schema-problems.ts';
import { parseYaml, type YamlSource } from '../content-source/yaml-source.ts';

/**
 * Options as written (`speakup.config.json`, or `SPEAKUP_OPTIONS`), read like every content file: JSON is YAML, so
 * a slip in the file gets the same one sentence at its line.
 */
export function readOptionsText(
  file: string,
  text: string,
): { input: BuildOptionsInput; source?: YamlSource; problems: ContentProblem[] } {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { input: {}, problems: parsed.problems };
  const value = parsed.source.data;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return { input: value as BuildOptionsInput, source: parsed.source, problems: [] };
  }
  return { input: {}, problems: [{ file, message: 'must be a JSON object such as {"country": "IE"}' }] };
}

/**
 * Validates options, naming each bad field; `origin` says where they came from (a file, a flag set, the env), and
 * `lineOf` where each field is written, when they come from one file.
 */
function validateOptions(
  input: BuildOptionsInput,
  origin: string,
  lineOf: YamlSource['lineOf'] = () => undefined,
): { options?: BuildOptions; problems: ContentProblem[] } {
  const result = checkSchema({ file: origin, data: input, lineOf }, buildOptionsSchema);
  return result.ok ? { options: result.data, problems: [] } : { problems: result.problems };
}

/**
 * The build's options: the school's `speakup.config.json` (if any), overridden by `SPEAKUP_OPTIONS`, which the
 * packager sets for each package it builds.
 */
export function readBuildOptions(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { options?: BuildOptions; problems: ContentProblem[] } {
  const configPath = join(root, CONFIG_FILE);
  const fromFile = existsSync(configPath) ? readOptionsText(CONFIG_FILE, readFileSync(configPath, 'utf8')) : undefined;
  const envText = env[OPTIONS_ENV];
  const fromEnv = envText ? readOptionsText(OPTIONS_ENV, envText) : undefined;
  const problems = [...(fromFile?.problems ?? []), ...(fromEnv?.problems ?? [])];
  if (problems.length > 0) return { problems };
  const input = { ...fromFile?.input, ...fromEnv?.input };
  if (fromEnv) return validateOptions(input, `${CONFIG_FILE} + ${OPTIONS_ENV}`);
  return validateOptions(input, CONFIG_FILE, fromFile?.source?.lineOf);
}
