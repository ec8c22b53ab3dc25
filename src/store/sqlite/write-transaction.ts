/** One write transaction on the store's connection, for every SQLite store class and query module. */
import { sql, type Kysely } from 'kysely';
import type { Tables } from './tables.ts';

export async function inWriteTransaction<T>(db: Kysely<Tables>, work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
  // Holding the connection keeps this process's other queries out until commit (Kysely's SQLite driver has one
  // connection behind a mutex). IMMEDIATE takes the write lock up front: a deferred transaction that reads first
  // and writes later fails at once in WAL mode when another process (a second worker, the CLI) wrote in between.
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}
