import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule that keeps build-only code out of what the learner's browser loads (eslint.config.js). */
const eslint = new ESLint({ cwd: process.cwd() });
const RULE = '@typescript-eslint/no-restricted-imports';

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('browser code and build-only code', () => {
  it('refuses zod, yaml, xstate/graph and the build side of an engine in browser code', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { parse } from 'yaml';",
      "import { getSimplePaths } from 'xstate/graph';",
      "import { checkScenario } from '../../scenario-engine/build/check-scenario.ts';",
      'export const used = [z, parse, getSimplePaths, checkScenario];',
      '',
    ].join('\n');
    expect(await ruleHits('src/components/scenario/Example.tsx', code)).toHaveLength(4);
    expect(await ruleHits('src/scenario-engine/browser/example.ts', code)).toHaveLength(4);
  });

  it('lets browser code import types from the build side, and build code import anything', async () => {
    const typeOnly = "import type { Scenario } from '../build/schema.ts';\nexport type S = Scenario;\n";
    expect(await ruleHits('src/scenario-engine/browser/example.ts', typeOnly)).toEqual([]);
    const build = "import { z } from 'zod';\nexport const schema = z.string();\n";
    expect(await ruleHits('src/scenario-engine/build/example.ts', build)).toEqual([]);
  });
}, 30_000);
