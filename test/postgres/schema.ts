/**
 * PostgreSQL for one test: the run's database (global-setup.ts) and a fresh schema in it, dropped afterwards, so
 * tests running in parallel never see each other's rows. `describePostgres` skips when PostgreSQL is not installed,
 * and fails under CI=true, where .ci/run installs it.
 */
import { randomBytes } from 'node:crypto';
import { describe, inject, it } from 'vitest';
import { query } from './cluster.ts';

export function postgresUrl(): string {
  return inject('postgresUrl');
}

/** describe() for PostgreSQL tests. */
export function describePostgres(name: string, body: () => void): void {
  if (postgresUrl() !== '') {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs PostgreSQL (install Debian\'s postgresql; .ci/run does)', () => {
        throw new Error('PostgreSQL is not installed: initdb was not found');
      });
    });
    return;
  }
  describe.skip(`${name} (PostgreSQL is not installed)`, body);
}

/** A new, empty schema name; the store creates it on open. */
export function freshSchema(): string {
  return `t_${process.pid}_${randomBytes(5).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  await query(postgresUrl(), `drop schema if exists "${schema}" cascade`);
}
