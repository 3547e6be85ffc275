import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** `../shared/scorm-schemas/validate` beside the project, when this machine has it. */
export function findSchemaValidator(root: string): string | undefined {
  const script = resolve(root, '..', 'shared', 'scorm-schemas', 'validate');
  return existsSync(script) ? script : undefined;
}

export type SchemaResult =
  | { ran: true; valid: boolean; /** The validator's words: libxml2's messages when invalid. */ output: string }
  | { ran: false; reason: string };

/**
 * Validates one zip, folder or manifest against the official SCORM schemas with the shared script (xmllint
 * underneath). One call per path keeps each verdict tied to its file; a call costs a few tens of milliseconds.
 */
export function validateWithSchemas(script: string, path: string): SchemaResult {
  const run = spawnSync(script, [path], { encoding: 'utf8' });
  if (run.error) return { ran: false, reason: run.error.message };
  // Exit code 2: the validator could not run at all (no xmllint, bad usage).
  if (run.status === 2) return { ran: false, reason: (run.stderr || run.stdout).trim() };
  return { ran: true, valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
