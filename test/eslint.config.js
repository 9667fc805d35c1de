// @ts-check
// Lives under test/ so the top level stays as the design card lists it: `npm run lint` passes it
// with --config, and basePath anchors every pattern below at the repository root.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig(
  {
    name: 'frontline/ignores',
    basePath: root,
    ignores: ['dist/', '.astro/', 'data/', 'test-results/', 'coverage/'],
  },
  {
    basePath: root,
    files: ['**/*.{js,mjs,ts}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      // One program from tsconfig.json: measurably cheaper on two cores than projectService.
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JavaScript config files are not worth a type-checked program of their own.
    basePath: root,
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
