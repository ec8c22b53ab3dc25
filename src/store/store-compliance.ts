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
import { READ_IN_CONTEXT, describeReadingInContext } from './compliance/context-cases.ts';
import { describeFacts } from './compliance/facts-cases.ts';
import { describeCatalog } from './compliance/catalog-cases.ts';
import { describeFilmMatching } from './compliance/film-cases.ts';
import { describeHeadlines } from './compliance/headline-cases.ts';
import { describeLanguages, describeLanguagesInContext } from './compliance/language-cases.ts';
import { describeSourceIdentity } from './compliance/identity-cases.ts';
import { describeReading } from './compliance/read-cases.ts';
import { describeSaving } from './compliance/save-cases.ts';
import type { ComplianceTarget, TargetHandle, TargetOptions } from './compliance/target.ts';
import { describeApiTokens } from './compliance/token-cases.ts';
import { describeUsersAndSessions } from './compliance/user-cases.ts';
import { describeWebReading } from './compliance/web-read-cases.ts';
import { describeWebSearch } from './compliance/web-search-cases.ts';
import { WEB_CLOCK_START, type WebComplianceTarget, type WebTargetHandle, type WebTargetOptions } from './compliance/web-target.ts';

export type { ComplianceTarget, TargetOptions } from './compliance/target.ts';
export type { WebComplianceTarget, WebTargetOptions } from './compliance/web-target.ts';

export function runStoreComplianceSuite(name: string, open: (options: TargetOptions) => Promise<ComplianceTarget>): void {
  describe(`${name} store: ReviewStore compliance`, () => {
    suiteWith(open, {}, (handle) => {
      describeSaving(handle);
      describeFilmMatching(handle);
      describeSourceIdentity(handle);
      describeReading(handle);
      describeFacts(handle);
      describeCatalog(handle);
      describeLanguages(handle);
      describeHeadlines(handle);
    });
    describe('with a film reader', () => {
      suiteWith(open, { onFilmsChanged: READ_IN_CONTEXT }, (handle) => {
        describeReadingInContext(handle);
        describeLanguagesInContext(handle);
      });
    });
  });
}

/**
 * Registers the cases in a describe of their own, with a fresh store opened with these options before each and
 * cleaned up after (hooks apply to nested describes, so each group keeps its own).
 */
function suiteWith(open: (options: TargetOptions) => Promise<ComplianceTarget>, options: TargetOptions, cases: (handle: TargetHandle) => void): void {
  describe(options.onFilmsChanged ? 'reading films in context' : 'saving and reading', () => {
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

/**
 * The web face's ports (web-port.ts, user-port.ts) on top of the ReviewStore: names and their counts, reviews by
 * scope, name and text search, a person's films, the data version, API tokens, users and sessions. An adapter that
 * hands out a WebStore runs this beside runStoreComplianceSuite; each test gets a fresh store on a clock it sets.
 *
 * @example
 * runWebStoreComplianceSuite('sqlite', async (options) => {
 *   const dir = await mkdtemp(join(tmpdir(), 'plaudit-'));
 *   const path = join(dir, 'test.db');
 *   const store = await openSqliteStore({ path, ...options });
 *   return { store, openAnother: () => openSqliteStore({ path }), cleanup: async () => { await store.close(); await rm(dir, { recursive: true }); } };
 * });
 */
export function runWebStoreComplianceSuite(name: string, open: (options: WebTargetOptions) => Promise<WebComplianceTarget>): void {
  describe(`${name} store: WebStore compliance`, () => {
    let target: WebComplianceTarget | null = null;
    let now = new Date(WEB_CLOCK_START);
    beforeEach(async () => {
      now = new Date(WEB_CLOCK_START);
      target = await open({ now: () => now });
    });
    afterEach(async () => {
      await target?.cleanup();
      target = null;
    });
    const handle: WebTargetHandle = {
      get store() {
        if (target === null) throw new Error('no store is open outside a test');
        return target.store;
      },
      get openAnother() {
        return target?.openAnother;
      },
      setNow(iso: string) {
        now = new Date(iso);
      },
    };
    describeWebReading(handle);
    describeWebSearch(handle);
    describeApiTokens(handle);
    describeUsersAndSessions(handle);
  });
}
