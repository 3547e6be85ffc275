import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { courseIntegration } from '../../../src/course/integration.ts';

/** A copy of this project's content in a temporary folder, to break. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'speakup-integration-'));
  for (const dir of ['src/modules', 'src/scenarios', 'src/i18n', 'src/help/helplines', 'src/illustrations'])
    cpSync(dir, join(root, dir), { recursive: true });
  return root;
}

/** Runs the integration's setup hook as `astro build` does. */
function setUp(root: string) {
  const hook = courseIntegration().hooks['astro:config:setup'] as NonNullable<
    AstroIntegration['hooks']['astro:config:setup']
  >;
  const info: string[] = [];
  const logger = { info: (line: string) => info.push(line) };
  (hook as (options: unknown) => void)({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger });
  return info;
}

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build', () => {
  it('goes ahead with valid content and says how much suspend_data the largest progress takes', () => {
    root = projectCopy();
    expect(setUp(root)).toEqual([expect.stringMatching(/^largest suspend_data: \d+ of 4096 characters$/)]);
  });

  it('fails on a broken scenario file, naming the file, the line, the node and the field', () => {
    root = projectCopy();
    const file = join(root, 'src/scenarios/new-follower/scenario.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('next: checks-profile', 'next: check-profile'));
    expect(() => setUp(root)).toThrowError(
      /^2 problems in the course content:\n {2}src\/scenarios\/new-follower\/scenario\.yaml:\d+: node "first-message", choice 1, field "next": names "check-profile", but there is no node or ending with that id; did you mean "checks-profile"\?\n {2}src\/scenarios\/new-follower\/scenario\.yaml:\d+: node "checks-profile": cannot be reached/,
    );
  });

  it('fails on a broken lesson or quiz file, naming file and field', () => {
    root = projectCopy();
    const quiz = join(root, 'src/modules/final-quiz/quiz.yaml');
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace('    correct: b\n', '\n'));
    expect(() => setUp(root)).toThrowError(
      /src\/modules\/final-quiz\/quiz\.yaml:\d+: question "[a-z-]+", field "correct": is required but missing/,
    );
  });
});
