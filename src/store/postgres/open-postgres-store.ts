/**
 * Opens a Plaudit store on PostgreSQL: a connection pool (pg), Kysely's PostgreSQL dialect, the schema brought up to
 * date, and the same store classes SQLite uses (store/sql), with PostgreSQL's search and data version. Every failure
 * is a PlauditError('store-failed') that names the server and database, never the password.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PlauditError } from '../../domain/errors.ts';
import type { FilmsChangedHook } from '../port.ts';
import type { SqlEngine } from '../sql/sql-engine.ts';
import { SqlStore } from '../sql/sql-store.ts';
import type { Tables } from '../sql/tables.ts';
import type { WebStore } from '../web-port.ts';
import { postgresMigrations } from './migrate.ts';
import { describeDatabaseUrl } from './database-url.ts';
import * as search from './search-queries.ts';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database (or a socket directory as ?host=/run/postgresql). */
  url: string;
  /** The schema Plaudit's tables live in (created when missing); default: the server's search_path (public). */
  schema?: string;
  /** Reads only; the schema must be migrated already. */
  readonly?: boolean;
  /** The clock for created_at/ingested_at; tests pass a fixed one. */
  now?: () => Date;
  /** Runs inside every write transaction with the films it changed (port.ts FilmsChangedHook). */
  onFilmsChanged?: FilmsChangedHook;
  /** Connections in this process's pool (default 4: one writer at a time, readers beside it). */
  poolSize?: number;
  /** Told the schema migrations this open applied (none when the schema was current). */
  onMigrated?: (names: readonly string[]) => void;
}

/** Counts and ids come back as numbers, as SQLite gives them (pg returns int8 and numeric as strings). */
const NUMERIC_TYPES = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_TYPES.has(oid) && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * @example
 * const store = await openPostgresStore({ url: 'postgres://plaudit@localhost/plaudit' });
 * try { await store.saveReviews(batch); } finally { await store.close(); }
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<WebStore> {
  const readonly = options.readonly ?? false;
  const db = postgresKysely(options);
  const where = describeDatabaseUrl(options.url, options.schema);
  try {
    await db.connection().execute(async (connection) => {
      await sql`select 1`.execute(connection);
    });
    if (readonly) {
      const pending = await postgresMigrations.inSchema(options.schema).pending(db);
      if (pending.length > 0) {
        throw new PlauditError('store-failed', `${where} needs a schema upgrade (${pending.join(', ')}); run \`plaudit migrate\` first`);
      }
    } else {
      if (options.schema !== undefined) await sql`create schema if not exists ${sql.id(options.schema)}`.execute(db);
      const ran = await postgresMigrations.inSchema(options.schema).migrateToLatest(db);
      options.onMigrated?.(ran.map((result) => result.migrationName));
    }
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw openError(where, error);
  }
  return new SqlStore({ db, engine: postgresEngine(), readonly, now: options.now ?? (() => new Date()), onFilmsChanged: options.onFilmsChanged });
}

/** A Kysely instance on the database and schema the options name, for the store and for `plaudit migrate`. */
export function postgresKysely(options: Pick<PostgresStoreOptions, 'url' | 'schema' | 'poolSize' | 'readonly'>): Kysely<Tables> {
  const settings = [
    // Lookups of a batch's 1,000 content hashes or source keys should probe the indexes; at PostgreSQL's default
    // (4, for spinning disks) the planner scanned the whole documents table instead.
    '-c random_page_cost=1.1',
    ...(options.schema !== undefined ? [`-c search_path=${quoteIdent(options.schema)},public`] : []),
    ...(options.readonly ? ['-c default_transaction_read_only=on'] : []),
  ];
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 4,
    types,
    // A server that does not answer is reported, not waited on for ever.
    connectionTimeoutMillis: 10_000,
    ...(settings.length > 0 ? { options: settings.join(' ') } : {}),
  });
  // An idle connection the server drops (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** PostgreSQL's side of sql-engine.ts: tsvector and pg_trgm search, and the data_version row triggers move. */
function postgresEngine(): SqlEngine {
  let seen: number | undefined;
  return {
    search,
    // Every write transaction moves data_version by one (sql-engine.ts beginWrite), this one included: any other
    // step since this store's last write transaction was another's.
    writtenByOthers: async (connection) => {
      const row = await connection.selectFrom('data_version').select('version').executeTakeFirstOrThrow();
      const now = Number(row.version);
      const moved = seen === undefined || now !== seen + 1;
      seen = now;
      return moved;
    },
    outsideVersion: async (db) => {
      const row = await db.selectFrom('data_version').select('version').executeTakeFirstOrThrow();
      return Number(row.version);
    },
    afterLastWrite: async () => undefined,
  };
}

function openError(where: string, error: unknown): PlauditError {
  if (error instanceof PlauditError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PlauditError('store-failed', `cannot open the store at ${where}: ${message}`, { cause: error });
}
