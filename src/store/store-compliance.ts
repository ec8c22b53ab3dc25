/**
 * One vitest suite that every ReviewStore adapter runs (SQLite now, PostgreSQL later), so both keep the port's
 * promises: idempotent batches, versions by source key only within one film, critic and sender, film matching, name dedupe, all-or-nothing writes, the
 * read side's orders, film facts, near-duplicate reviews, and reading a film's text-judged reviews in context. The
 * cases live in compliance/; this file wires them to a fresh store per test, opened with the options they need.
 *
 * @example
 * runStoreComplianceSuite('sqlite', async (options) => {
 *   const dir = await mkdtemp(join(tmpdir(), 'plaudit-'));
 *   const store = await openSqliteStore({ path: join(dir, 'test.db'), ...options });
 *   return { store, cleanup: async () => { await store.close(); await rm(dir, { recursive: true }); } };
 * });
 */
import { afterEach, beforeEach, describe } from 'vitest';
import { CONTEXT_READER, describeReadingInContext } from './compliance/context-cases.ts';
import { describeFacts } from './compliance/facts-cases.ts';
import { describeCatalog } from './compliance/catalog-cases.ts';
import { describeFilmMatching } from './compliance/film-cases.ts';
import { describeSourceIdentity } from './compliance/identity-cases.ts';
import { describeReading } from './compliance/read-cases.ts';
import { describeSaving } from './compliance/save-cases.ts';
import type { ComplianceTarget, TargetHandle, TargetOptions } from './compliance/target.ts';

export type { ComplianceTarget, TargetOptions } from './compliance/target.ts';

export function runStoreComplianceSuite(name: string, open: (options: TargetOptions) => Promise<ComplianceTarget>): void {
  describe(`${name} store: ReviewStore compliance`, () => {
    suiteWith(open, {}, (handle) => {
      describeSaving(handle);
      describeFilmMatching(handle);
      describeSourceIdentity(handle);
      describeReading(handle);
      describeFacts(handle);
      describeCatalog(handle);
    });
    describe('with a film reader', () => {
      suiteWith(open, { rereadFilm: CONTEXT_READER }, describeReadingInContext);
    });
  });
}

/**
 * Registers the cases in a describe of their own, with a fresh store opened with these options before each and
 * cleaned up after (hooks apply to nested describes, so each group keeps its own).
 */
function suiteWith(open: (options: TargetOptions) => Promise<ComplianceTarget>, options: TargetOptions, cases: (handle: TargetHandle) => void): void {
  describe(options.rereadFilm ? 'reading films in context' : 'saving and reading', () => {
    let target: ComplianceTarget | null = null;
    beforeEach(async () => {
      target = await open(options);
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
    cases(handle);
  });
}
