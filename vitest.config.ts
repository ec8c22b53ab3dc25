import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that spawn the CLI or open SQLite files are I/O bound; two cores is the CI machine.
    pool: 'forks',
    // One throwaway PostgreSQL cluster for the run; each PostgreSQL test works in a schema of its own.
    globalSetup: ['test/postgres/global-setup.ts'],
  },
});
