// The linter: typescript-eslint's type-aware recommended rules over every
// TypeScript file, and eslint-plugin-astro's over the components and pages.
// `npm run lint` runs it after `astro check` (the type checker that also reads
// .astro files); `npm test` runs both first, and any problem fails it.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.dist-*/', '.astro/', '.bench/', 'node_modules/', 'tests/fixtures/**/dist/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Catches APIs on their way out, such as Zod 3's `message` where Zod 4 reads `error`.
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  {
    files: ['**/*.astro'],
    // The Astro parser reads types through `project`; given `projectService`, it says so on every file.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // The Astro parser gives the props of a component used in a template no
      // type, so every callback passed to one (`label={(e) => …}`) reads as
      // `any` here; `astro check` type-checks those templates instead.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
