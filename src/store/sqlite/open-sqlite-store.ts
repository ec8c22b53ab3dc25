/**
 * Opens (or creates) a Plaudit SQLite database: checks that the file is ours, sets the connection up, and brings
 * the schema up to date. Every failure is a PlauditError('store-failed') that names the file.
 */
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import type { FilmsChangedHook } from '../port.ts';
import type { WebStore } from '../web-port.ts';
import { PLAUDIT_APPLICATION_ID } from './application-id.ts';
import { migrateToLatest, pendingMigrations, READING_IN_CONTEXT_MIGRATION } from './migrate.ts';
import { PlauditSqliteDialect } from './sqlite-dialect.ts';
import type { SqlEngine } from '../sql/sql-engine.ts';
import { SqlStore } from '../sql/sql-store.ts';
import * as search from './search-queries.ts';
import { withStatementCache } from './statement-cache.ts';
import type { Tables } from '../sql/tables.ts';

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' for a throwaway store. */
  path: string;
  /** Reads only; the file must exist and be migrated already. */
  readonly?: boolean;
  /** The clock for created_at/ingested_at; tests pass a fixed one. */
  now?: () => Date;
  /** How long to wait for another process's write lock, in ms (default 5,000). */
  busyTimeoutMs?: number;
  /**
   * Runs inside every write transaction with the films it changed (port.ts FilmsChangedHook; the composition root
   * passes use-cases/read-films-in-context.ts); without it every review keeps its reading alone.
   */
  onFilmsChanged?: FilmsChangedHook;
  /** Told the schema migrations this open applied (none when the schema was current). */
  onMigrated?: (names: readonly string[]) => void;
}

/**
 * @example
 * const store = await openSqliteStore({ path: 'plaudit.db' });
 * try { await store.saveReviews(batch); } finally { await store.close(); }
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<WebStore> {
  const readonly = options.readonly ?? false;
  const raw = openFile(options.path, readonly);
  try {
    assertPlauditDatabase(raw, options.path);
    raw.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5_000))}`);
    raw.pragma('foreign_keys = ON');
    // A bigger page cache (64 MiB) keeps the content-hash and source-key indexes in memory as they grow.
    raw.pragma('cache_size = -65536');
    if (!readonly) {
      raw.pragma('journal_mode = WAL');
      // With WAL, NORMAL loses at most the last commits on power loss, never consistency; FULL would fsync on
      // every batch.
      raw.pragma('synchronous = NORMAL');
      // A longer WAL between checkpoints (~40 MB) lets a page touched by many batches be copied back once; with
      // the bigger cache, bench/store-write.ts's new-versions pass went from ~15k to ~21k rows/s. close()
      // empties the WAL.
      raw.pragma('wal_autocheckpoint = 10000');
    }
  } catch (error) {
    raw.close();
    throw openError(options.path, error);
  }
  const db = new Kysely<Tables>({ dialect: new PlauditSqliteDialect({ database: withStatementCache(raw) }) });
  let migrated: string[] = [];
  try {
    if (readonly) await assertMigrated(db, options.path);
    else migrated = (await migrateToLatest(db)).map((result) => result.migrationName);
  } catch (error) {
    await db.destroy();
    throw error instanceof PlauditError ? error : openError(options.path, error);
  }
  options.onMigrated?.(migrated);
  const store = new SqlStore({ db, engine: sqliteEngine(raw), readonly, now: options.now ?? (() => new Date()), onFilmsChanged: options.onFilmsChanged });
  // Reviews saved before the store could read films in context get that reading now, once.
  if (migrated.includes(READING_IN_CONTEXT_MIGRATION)) {
    try {
      await store.rereadAllFilms();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

/** SQLite's side of sql-engine.ts: FTS5 search, PRAGMA data_version, and a WAL checkpoint on close. */
function sqliteEngine(raw: Database.Database): SqlEngine {
  // Prepared once: `raw.pragma()` prepares a statement on every call, which was a quarter of a cached hit's time. It
  // runs on the raw connection, not through Kysely's queue: a read of one counter.
  const dataVersion = raw.prepare<[], number>('PRAGMA data_version').pluck();
  let seen: number | undefined;
  return {
    search,
    outsideVersion: () => dataVersion.get()!,
    // data_version moves only for other connections' commits.
    writtenByOthers: () => {
      const now = dataVersion.get()!;
      const moved = now !== seen;
      seen = now;
      return moved;
    },
    afterLastWrite: async (db) => {
      // Taking the connection waits for a running query; TRUNCATE folds the WAL back and empties it, so the
      // database is one self-contained file again for copying.
      await db.connection().execute(async () => {
        raw.pragma('wal_checkpoint(TRUNCATE)');
      });
    },
  };
}

function openFile(path: string, readonly: boolean): Database.Database {
  try {
    return new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw openError(path, error);
  }
}

/**
 * Ours when the header carries Plaudit's application_id; new when it carries none and holds no tables but
 * Kysely's migration bookkeeping (left by a first open that failed). Anything else belongs to another program.
 */
function assertPlauditDatabase(raw: Database.Database, path: string): void {
  const applicationId = raw.pragma('application_id', { simple: true });
  if (applicationId === PLAUDIT_APPLICATION_ID) return;
  const tables = raw
    .prepare(
      "select count(*) from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'",
    )
    .pluck()
    .get();
  if (applicationId === 0 && tables === 0) return;
  throw new PlauditError('store-failed', `${path} is not a Plaudit database (it holds another program's data)`);
}

async function assertMigrated(db: Kysely<Tables>, path: string): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return;
  throw new PlauditError(
    'store-failed',
    `${path} needs a schema upgrade (${pending.join(', ')}); open it once without --readonly to apply it`,
  );
}

function openError(path: string, error: unknown): PlauditError {
  if (error instanceof PlauditError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') {
    return new PlauditError('store-failed', `${path} is not a Plaudit database (not an SQLite file)`, { cause: error });
  }
  return new PlauditError('store-failed', `cannot open the store at ${path}: ${message}`, { cause: error });
}
