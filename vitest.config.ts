import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { postgresBinDir } from './test/postgres/cluster.ts';

/**
 * Two projects: `sqlite` runs every test as it always has; `postgres` runs the end-to-end and browser tests again with
 * PLAUDIT_TEST_STORE=postgres, where test/test-database.ts gives each a schema in the run's PostgreSQL cluster instead
 * of a SQLite file. Without PostgreSQL the second project is left out, except under CI=true, where its tests fail.
 */
const postgresInstalled = Boolean(process.env.PLAUDIT_TEST_POSTGRES_URL) || postgresBinDir() !== null;
const ci = process.env.CI === 'true';
if (!postgresInstalled && !ci) console.warn('[skip] the postgres project (end-to-end tests on PostgreSQL): PostgreSQL is not installed.');

const sqlite: TestProjectInlineConfiguration = {
  extends: true,
  test: { name: 'sqlite', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
};

const postgres: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'postgres',
    include: ['test/e2e/**/*.test.ts'],
    // Screenshots go to test-artifacts/postgres/ (the browser tests' ARTIFACTS), beside the SQLite run's.
    exclude: [
      // About the SQLite file itself: its backup and restore, and its state after the writer is killed.
      'test/e2e/backup-restore.test.ts',
      'test/e2e/crash-safety.test.ts',
      // PostgreSQL's own already (workers and their job board): they run once, in the first project.
      'test/e2e/worker-race.test.ts',
      'test/e2e/worker-export.test.ts',
    ],
    env: { PLAUDIT_TEST_STORE: 'postgres' },
  },
};

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that spawn the CLI or open SQLite files are I/O bound; two cores is the CI machine.
    pool: 'forks',
    // One throwaway PostgreSQL cluster for the run (started by the root project only, see global-setup.ts); each
    // PostgreSQL test works in a schema of its own.
    globalSetup: ['test/postgres/global-setup.ts'],
    projects: postgresInstalled || ci ? [sqlite, postgres] : [sqlite],
  },
});
