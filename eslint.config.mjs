// Lint rules, including the folder boundaries described in docs/architecture.md: src/core is pure
// (no React, Electron, UI or host), its stages import one way only, and electron/ sees only the
// host contract and core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PURE_CORE = [
  { group: ['react', 'react-dom', 'react/*', 'electron', 'recharts'], message: 'src/core is pure: no React, Electron or charts.' },
  { group: ['**/ui/**', '**/host/**', '**/workers/**', '**/cli/**', 'node:*', 'fs', 'path'], message: 'src/core may not depend on the UI, the host, workers, the CLI or Node modules.' },
];

// The stages of src/core, in the order data flows through them: a stage may import the stages
// before it, never one after it. The kinds of data (sources/) use data, features and shape; model,
// train and evaluate are written once for every kind and know none of them.
const CORE_STAGES = ['data', 'features', 'shape', 'sources', 'model', 'train', 'evaluate', 'pipeline', 'experiment'];
const KIND_FREE_STAGES = new Set(['model', 'train', 'evaluate']);

function stageRule(files, where, forbidden) {
  const later = forbidden.map((name) => [`**/${name}`, `**/${name}/**`]).flat();
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...PURE_CORE,
          { group: later, message: `${where} may not import ${forbidden.join(', ')}: core's stages import one way only (data → features → shape → sources → model → train → evaluate → pipeline → experiment; model, train and evaluate never import a kind of data). See docs/architecture.md.` },
        ],
      }],
    },
  };
}

const stageRules = CORE_STAGES.slice(0, -1).map((stage, i) => {
  const after = CORE_STAGES.slice(i + 1);
  const forbidden = KIND_FREE_STAGES.has(stage) ? ['sources', ...after] : after;
  return stageRule([`src/core/${stage}/**/*.ts`], `src/core/${stage}`, forbidden);
});

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
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_CORE }] },
  },
  ...stageRules,
  // The files at core's root: errors and randomness are below every stage; the record schemas sit with the pipeline.
  stageRule(['src/core/errors.ts', 'src/core/random.ts'], 'src/core/errors.ts and random.ts', CORE_STAGES),
  // Messages and their catalogues are below every stage: every stage says what it means through them.
  stageRule(['src/core/i18n/**/*.ts'], 'src/core/i18n', CORE_STAGES),
  stageRule(['src/core/record-schemas.ts'], 'src/core/record-schemas.ts', ['experiment']),
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
