import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
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
