import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: { ...jsxA11y.flatConfigs.strict.rules, ...reactHooks.configs.recommended.rules },
  },
  {
    // Code that runs in the learner's browser never imports what only the build needs (zod, yaml, xstate/graph,
    // Node, the loader and the checks): it would ship to every learner, or fail there. Types are free to share.
    files: [
      'src/components/**/*.tsx',
      'src/shell/**/*.ts',
      'src/tracking/**/*.ts',
      'src/course-state/**/*.ts',
      'src/course-model/**/*.ts',
      'src/scenario-engine/browser/**/*.ts',
      'src/quiz-engine/browser/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/build/*',
                '**/course/*',
                '**/content-source/*',
                '**/content-checks/*',
                '**/packaging/*',
                '**/help/load-helplines.ts',
                '**/help/helpline-schema.ts',
                '**/i18n/index.ts',
              ],
              message: 'browser code must not import build-only code (a type import is fine: `import type`)',
              allowTypeImports: true,
            },
            {
              group: ['zod', 'yaml', 'xstate/graph', 'node:*', 'fflate', 'astro'],
              message: 'browser code must not import build-only packages',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
