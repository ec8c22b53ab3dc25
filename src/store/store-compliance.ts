/**
 * One vitest suite that every ReviewStore adapter runs (SQLite now, PostgreSQL later), so both keep the port's
 * promises: idempotent batches, versions by source key, film matching, name dedupe, all-or-nothing writes, the
 * read side's orders, film facts and near-duplicate reviews. The cases live in compliance/; this file wires them to a fresh store per test.
 *
 * @example
 * runStoreComplianceSuite('sqlite', async () => {
 *   const dir = await mkdtemp(join(tmpdir(), 'plaudit-'));
 *   const store = await openSqliteStore({ path: join(dir, 'test.db') });
 *   return { store, cleanup: async () => { await store.close(); await rm(dir, { recursive: true }); } };
 * });
 */
import { afterEach, beforeEach, describe } from 'vitest';
import { describeFacts } from './compliance/facts-cases.ts';
import { describeFilmMatching } from './compliance/film-cases.ts';
import { describeReading } from './compliance/read-cases.ts';
import { describeSaving } from './compliance/save-cases.ts';
import type { ComplianceTarget, TargetHandle } from './compliance/target.ts';

export type { ComplianceTarget } from './compliance/target.ts';

export function runStoreComplianceSuite(name: string, open: () => Promise<ComplianceTarget>): void {
  describe(`${name} store: ReviewStore compliance`, () => {
    let target: ComplianceTarget | null = null;
    beforeEach(async () => {
      target = await open();
    });
    afterEach(async () => {
      await target?.cleanup();
      target = null;
    });
    const handle: TargetHandle = {
      get store() {
        if (target === null) throw new Error('no store is open outside a test');
        return target.store;
      },
      get reopen() {
        return target?.reopen;
      },
    };
    describeSaving(handle);
    describeFilmMatching(handle);
    describeReading(handle);
    describeFacts(handle);
  });
}
