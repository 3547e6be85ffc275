import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestInput } from '../../../src/packaging/manifest-input.ts';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const fixtures = resolve(projectRoot, 'tests', 'fixtures', 'packaging');

/**
 * The shared schema validator, when this machine has it and xmllint can run. In CI a missing xmllint fails the
 * test rather than letting it pass unchecked: CI installs it (.ci/run), so its absence is a broken set-up.
 */
export function schemaValidator(): string | undefined {
  const script = resolve(projectRoot, '..', 'shared', 'scorm-schemas', 'validate');
  if (!existsSync(script)) return undefined;
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error && process.env['CI']) {
    throw new Error(
      'xmllint is missing, so the official SCORM schema checks cannot run: npm run test:setup installs it',
    );
  }
  return probe.error ? undefined : script;
}

export function warnSkipped(what: string): void {
  console.warn(`skipped: ${what} (../shared/scorm-schemas/validate or xmllint not available)`);
}

export const sampleInput: ManifestInput = {
  identifier: 'speak-up',
  title: 'Speak Up & "friends" <test>',
  description: 'Recognise online blackmail, respond safely, and get help.',
  language: 'en',
  keywords: ['Speak Up', 'What online blackmail is'],
  launch: 'index.html',
  files: ['what-is-online-blackmail.html', 'index.html', '_astro/page.Xy34Zw.js', '_astro/a b#c.css'],
  masteryScore: 80,
};
