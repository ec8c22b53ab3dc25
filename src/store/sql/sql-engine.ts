/**
 * What differs between the engines the Kysely store runs on, beyond what Kysely's dialects already hide: the text
 * and name search (FTS5 there, tsvector and pg_trgm here), the counter the web caches key on, what to do after the
 * last write, and how a write transaction starts. Each engine's opener (sqlite/open-sqlite-store.ts,
 * postgres/open-postgres-store.ts) builds one; the query modules stay the same for both.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { NameHit, PersonFilm, ReviewTextHit } from '../web-port.ts';
import type { Tables } from './tables.ts';

export interface SearchQueries {
  searchNames(db: Kysely<Tables>, query: string, limit: number): Promise<NameHit[]>;
  searchReviewText(db: Kysely<Tables>, query: string, limit: number): Promise<ReviewTextHit[]>;
  personFilms(db: Kysely<Tables>, name: string): Promise<PersonFilm[]>;
}

export interface SqlEngine {
  readonly search: SearchQueries;
  /** A counter that moves whenever another connection commits a change (the store adds its own writes to it). */
  outsideVersion(db: Kysely<Tables>): number | Promise<number>;
  /**
   * Inside a write transaction: whether another connection committed since this store's previous write transaction
   * (the first call says yes). The store's film, name and near-duplicate caches are trusted only while it is the
   * sole writer, so it drops them then: a second worker, the server and the CLI may all write to one database.
   */
  writtenByOthers(connection: Kysely<Tables>): boolean | Promise<boolean>;
  /** Runs once when a writable store closes, after its last write (SQLite folds its WAL back into the file). */
  afterLastWrite(db: Kysely<Tables>): Promise<void>;
}

/** True when this Kysely instance talks to PostgreSQL; the few queries that differ ask this rather than take an engine. */
export function isPostgres(db: Kysely<Tables>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The one lock every PostgreSQL write transaction takes first (an arbitrary constant, "Plaudi" in ASCII; one lock for the whole database, every Plaudit schema in it included).
 * Writers then run one at a time, as they do on SQLite, so every rule the save path checks by reading (is this
 * hash stored, which film has this key, which review extends this source key) still holds when it writes; readers
 * never wait for it. The pipeline's work before the save runs in parallel on every worker.
 */
const WRITE_LOCK = sql.lit(0x506c61756469);

/** Opens a write transaction on a connection Kysely holds for it (write-transaction.ts). */
export async function beginWrite(connection: Kysely<Tables>): Promise<void> {
  if (isPostgres(connection)) {
    await sql`begin`.execute(connection);
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(connection);
    // Other processes' web caches see the change by this counter (postgres/migrations/001-schema.ts data_version).
    await sql`update data_version set version = version + 1`.execute(connection);
    return;
  }
  // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and writes later fails at once
  // in WAL mode when another process (a second worker, the CLI) wrote in between.
  await sql`begin immediate`.execute(connection);
}
