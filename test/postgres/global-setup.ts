/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run (cluster.ts), its URL handed to every test
 * file as `postgresUrl` (test/postgres/schema.ts gives each test a schema of its own in it). Without PostgreSQL the
 * URL is empty: the PostgreSQL tests are skipped, except under CI=true, where they fail.
 *
 * The projects in vitest.config.ts extend the root config, so each inherits this file too; only the root project
 * starts the cluster (vitest runs the root's global setup on every run), and the projects inherit what it provides.
 */
import type { TestProject } from 'vitest/node';
import { startTestCluster } from './cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!project.isRootProject()) return async () => undefined;
  const cluster = await startTestCluster();
  project.provide('postgresUrl', cluster?.url ?? '');
  return async () => {
    await cluster?.stop();
  };
}
