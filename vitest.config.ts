import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Commands under test build docs through the build cache as users' do, in a folder of the tests'
// own (never the user's cache); entries are keyed by content and code, so runs may share it.
process.env.GRAPH_CONTRACTS_CACHE_DIR = fileURLToPath(new URL('./node_modules/.cache/graph-contracts-tests', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Pure stage tests: no server, no child process (test/setup/pureUnit.ts refuses both). Pure
        // tests share no state, so one module graph per worker serves them all (isolate: false).
        test: {
          name: 'unit',
          include: ['src/**/__tests__/**/*.test.ts'],
          exclude: ['**/*.e2e.test.ts', '**/node_modules/**'],
          setupFiles: ['test/setup/pureUnit.ts'],
          pool: 'threads',
          isolate: false,
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
        },
      },
      {
        // Servers, child processes, browsers, the CLI end to end, the docs corpus.
        test: {
          name: 'e2e',
          include: ['src/**/__tests__/**/*.e2e.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/live/standIn.e2e.test.ts', '**/node_modules/**'],
          // Mostly waiting on children, servers and timers: two files at a time even on 2 cores.
          maxWorkers: 2,
          // After the unit tests, which fail fast and cheap.
          sequence: { groupOrder: 1 },
          // CLI children share 2 cores with the other e2e file: generous, so load alone never fails one.
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Two runs of the whole reference (live against the stand-in mock, and on the mock): minutes
        // of both cores, so alone, after the other e2e files, whose short timeouts it would starve.
        test: {
          name: 'stand-in',
          include: ['test/live/standIn.e2e.test.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The generated suites; `graph-contracts run` drives them with its own options instead.
        resolve: { alias: { 'graph-contracts/suite': fileURLToPath(new URL('./src/suites/define.ts', import.meta.url)) } },
        test: {
          name: 'contracts',
          include: ['suites/**/*.contract.test.ts'],
          globalSetup: ['src/runner/globalSetup.ts'],
          pool: 'threads',
          isolate: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
