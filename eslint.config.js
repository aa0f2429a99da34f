// Import direction and console use are enforced here; ARCHITECTURE.md explains the stages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const later = (...stages) => stages.map((s) => ({ group: [`**/${s}/*`, `../${s}/*`, `../../${s}/*`], message: `this stage may not import src/${s} (see ARCHITECTURE.md)` }));
const vitestOnly = { group: ['vitest', 'vitest/*', '@vitest/*'], message: 'only src/suites and src/results import vitest' };
const ajvOnly = { group: ['ajv', 'ajv/*', 'ajv-formats'], message: 'only src/schemas imports ajv' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', '.corpus/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/__tests__/**', 'src/**/__helpers__/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/__tests__/**', 'src/**/__helpers__/**', 'src/suites/**', 'src/results/**', 'src/schemas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly, ajvOnly, ...later('cli')] }] },
  },
  {
    files: ['src/schemas/**/*.ts'],
    ignores: ['src/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly, ...later('cli', 'mock', 'suites', 'results', 'reporters', 'transport')] }] },
  },
  {
    files: ['src/suites/**/*.ts', 'src/results/**/*.ts'],
    ignores: ['src/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ajvOnly, ...later('cli')] }] },
  },
  {
    files: ['src/docs/**/*.ts'],
    ignores: ['src/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly, ajvOnly, ...later('model', 'schemas', 'contracts', 'transport', 'mock', 'suites', 'results', 'reporters', 'cli')] }] },
  },
  {
    files: ['src/model/**/*.ts'],
    ignores: ['src/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly, ajvOnly, ...later('schemas', 'contracts', 'transport', 'mock', 'suites', 'results', 'reporters', 'cli')] }] },
  },
  {
    files: ['src/reporters/**/*.ts'],
    ignores: ['src/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly, ajvOnly, ...later('cli', 'suites', 'mock', 'transport')] }] },
  },
);
