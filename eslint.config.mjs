// Lint rules, including the folder boundaries of ../shared/ARCHITECTURE.md:
// src/core is pure (no React, Electron, UI or host), electron/ sees only the host contract and core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'electron', 'recharts'], message: 'src/core is pure: no React, Electron or charts.' },
          { group: ['**/ui/**', '**/host/**', '**/workers/**', '**/cli/**', 'node:*', 'fs', 'path'], message: 'src/core may not depend on the UI, the host, workers, the CLI or Node modules.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/src/ui/**', '**/ui/**', 'react', 'react-dom'], message: 'electron/ imports only the host contract and core.' },
        ],
      }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', '**/electron/**'], message: 'The UI talks to its host only through src/host.' }],
      }],
    },
  },
);
