/**
 * The database an end-to-end test works in, for the store engine its vitest project tests: a SQLite file in the
 * test's folder, or, under PLAUDIT_TEST_STORE=postgres (the `postgres` project in vitest.config.ts), a fresh schema
 * in the run's PostgreSQL cluster (test/postgres/global-setup.ts), as a `--db` URL the CLI, the server and
 * openStore() all take. Each file that makes one drops its schemas afterwards with `afterAll(dropTestDatabases)`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { postgresTarget } from '../src/store/postgres/database-url.ts';
import { dropSchema, freshSchema, postgresUrl } from './postgres/schema.ts';

/** True in the `postgres` project: the tests' databases are PostgreSQL schemas. */
export const testsPostgres = process.env.PLAUDIT_TEST_STORE === 'postgres';

const schemas: string[] = [];
/** The URL made for each SQLite path (folder and name) asked for. */
const urls = new Map<string, string>();

/**
 * The database for `join(dir, name)`: that SQLite file, or under PLAUDIT_TEST_STORE=postgres the `postgres://…?schema=…`
 * URL of a schema made for that path (new and empty the first time it is asked for).
 *
 * @example
 * const db = testDatabase(dir);
 * afterAll(dropTestDatabases);
 * await runPlaudit(['--db', db, 'ingest', 'examples']);
 */
export function testDatabase(dir: string, name = 'plaudit.db'): string {
  if (!testsPostgres) return join(dir, name);
  // The same folder and name are the same database, as they are the same file for SQLite.
  const key = join(dir, name);
  const made = urls.get(key);
  if (made !== undefined) return made;
  const url = postgresUrl();
  if (url === '') {
    // vitest.config.ts leaves the postgres project out when PostgreSQL is not installed (outside CI), so this is
    // CI without PostgreSQL, or PLAUDIT_TEST_STORE=postgres set by hand.
    throw new Error(
      'PLAUDIT_TEST_STORE=postgres, but PostgreSQL is not installed (initdb was not found; install Debian\'s postgresql, as .ci/run does, or set PLAUDIT_TEST_POSTGRES_URL)',
    );
  }
  const schema = freshSchema();
  schemas.push(schema);
  urls.set(key, `${url}?schema=${schema}`);
  return urls.get(key)!;
}

/** Drops the PostgreSQL schemas this file's testDatabase() calls made (nothing to do for SQLite files). */
export async function dropTestDatabases(): Promise<void> {
  urls.clear();
  for (const schema of schemas.splice(0)) await dropSchema(schema);
}

/** Drops the one PostgreSQL schema `db` names, made by testDatabase() (nothing to do for a SQLite file). */
export async function dropTestDatabase(db: string): Promise<void> {
  if (!testsPostgres) return;
  const { schema } = postgresTarget(db);
  const index = schema === undefined ? -1 : schemas.indexOf(schema);
  if (index === -1) return;
  schemas.splice(index, 1);
  for (const [key, url] of urls) if (url === db) urls.delete(key);
  await dropSchema(schema!);
}

/** Whether something created the database testDatabase() named: its SQLite file, or its PostgreSQL schema. */
export async function testDatabaseExists(db: string): Promise<boolean> {
  if (!testsPostgres) return existsSync(db);
  const { url, schema } = postgresTarget(db);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('select 1 from information_schema.schemata where schema_name = $1', [schema]);
    return found.rowCount !== 0;
  } finally {
    await client.end();
  }
}
