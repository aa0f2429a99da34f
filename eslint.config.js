// Import direction, cycles and console use are enforced here; ARCHITECTURE.md explains the stages.
import { existsSync, readFileSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The stage order, earliest first (stages.json): every stage may import only the ones before it. */
const { stages } = JSON.parse(readFileSync(new URL('./stages.json', import.meta.url), 'utf8'));
/** A stage is a folder `src/<name>/` or a module `src/<name>.ts`. */
const pathOf = (stage) => (existsSync(new URL(`./src/${stage}`, import.meta.url)) ? `./src/${stage}` : `./src/${stage}.ts`);
const stageZones = stages.slice(0, -1).map((stage, i) => ({
  target: pathOf(stage),
  from: stages.slice(i + 1).map(pathOf),
  message: `src/${stage} may import only earlier stages (stages.json, ARCHITECTURE.md)`,
}));
for (const stage of stages) if (!existsSync(new URL(pathOf(stage), import.meta.url))) throw new Error(`stages.json names ${stage}, but src/${stage} does not exist`);

const vitestOnly = { group: ['vitest', 'vitest/*', '@vitest/*'], message: 'only src/suites, src/results and src/runner import vitest' };
const ajvOnly = { group: ['ajv', 'ajv/*', 'ajv-formats'], message: 'only src/schemas imports ajv' };
const tests = ['src/**/__tests__/**', 'src/**/__helpers__/**', 'src/**/__fixtures__/**'];

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
    ignores: ['src/cli/**', ...tests],
    rules: { 'no-console': 'error' },
  },
  {
    // Stage order (folders and modules of src/) and no import cycle between files, hence none between folders.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Sources import `./x.js` for `./x.ts` (NodeNext).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: tests,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: stageZones }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [...tests, 'src/suites/**', 'src/results/**', 'src/runner/**', 'src/schemas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly, ajvOnly] }] },
  },
  {
    files: ['src/schemas/**/*.ts'],
    ignores: tests,
    rules: { 'no-restricted-imports': ['error', { patterns: [vitestOnly] }] },
  },
  {
    files: ['src/suites/**/*.ts', 'src/results/**/*.ts', 'src/runner/**/*.ts'],
    ignores: tests,
    rules: { 'no-restricted-imports': ['error', { patterns: [ajvOnly] }] },
  },
);
