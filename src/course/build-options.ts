import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOptionsSchema, CONFIG_FILE, OPTIONS_ENV, type BuildOptions, type BuildOptionsInput } from './options.ts';
import type { ContentProblem } from '../content-source/problems.ts';

function parseJson(file: string, text: string, problems: ContentProblem[]): BuildOptionsInput {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as BuildOptionsInput;
    problems.push({ file, message: 'must be a JSON object such as {"country": "IE"}' });
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
  }
  return {};
}

/** Validates options, naming each bad field; `origin` says where they came from (a file, a flag set, the env). */
export function validateOptions(
  input: BuildOptionsInput,
  origin: string,
): { options?: BuildOptions; problems: ContentProblem[] } {
  const result = buildOptionsSchema.safeParse(input);
  if (result.success) return { options: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: origin,
      where: issue.path.length > 0 ? `field "${issue.path.join('.')}"` : undefined,
      message:
        issue.code === 'unrecognized_keys'
          ? `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : issue.message.charAt(0).toLowerCase() + issue.message.slice(1),
    })),
  };
}

/**
 * The build's options: the school's `speakup.config.json` (if any), overridden by `SPEAKUP_OPTIONS`, which the
 * packager sets for each package it builds.
 */
export function readBuildOptions(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { options?: BuildOptions; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const configPath = join(root, CONFIG_FILE);
  const fromFile = existsSync(configPath) ? parseJson(CONFIG_FILE, readFileSync(configPath, 'utf8'), problems) : {};
  const envText = env[OPTIONS_ENV];
  const fromEnv = envText ? parseJson(OPTIONS_ENV, envText, problems) : {};
  if (problems.length > 0) return { problems };
  return validateOptions({ ...fromFile, ...fromEnv }, envText ? `${CONFIG_FILE} + ${OPTIONS_ENV}` : CONFIG_FILE);
}
