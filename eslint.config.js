import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// esbuild cannot tree-shake zod's named `z`: it would put every zod locale into each
// Lambda bundle and slow its cold start. The namespace import shakes.
const zodNamespace = {
  selector:
    "ImportDeclaration[source.value='zod'][importKind='value'] > :matches(ImportSpecifier[imported.name='z'][importKind='value'], ImportDefaultSpecifier)",
  message: "Import zod as a namespace: import * as z from 'zod'.",
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'cdk.out',
      'web/dist',
      '.data',
      'bench-results',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  // The type-checked rules: each file is checked with the TypeScript project that owns
  // it (tsconfig.json for Node code, web/tsconfig.json for the browser app).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': ['error', zodNamespace],
    },
  },
  {
    // The browser app: browser globals, not Node's, and the rules of hooks.
    files: ['web/src/**'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The browser suite's page callbacks run in Chromium; the fixtures are a web build's files.
    files: ['test/browser/**', 'test/infra/fixtures/web-dist/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // One way to open a page and check a screen, so every test checks the same things.
    files: ['test/browser/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        zodNamespace,
        {
          selector: 'FunctionDeclaration[id.name=/^(withPage|record)$/]',
          message:
            'Use withCleanPage and recordScreen from test/browser/support.ts, not a copy of them.',
        },
      ],
    },
  },
  {
    // Plain JavaScript (configs, test fixtures) is outside the TypeScript projects.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // CommonJS config files (dependency-cruiser reads .cjs): require() is how they import.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['infra/local/**', 'test/**', '**/*.test.ts', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching, …) are typed `any`
    // so that they fit any expected value; placing them in an expected object is safe.
    files: ['test/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  prettier,
);
