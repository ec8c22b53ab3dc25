/** One write transaction on the store's connection, for every store class and query module. */
import { sql, type Kysely } from 'kysely';
import { beginWrite } from './sql-engine.ts';
import type { Tables } from './tables.ts';

export async function inWriteTransaction<T>(db: Kysely<Tables>, work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
  // Holding one connection keeps this transaction's statements together (Kysely's SQLite driver has one connection
  // behind a mutex, so this process's other queries wait until commit; PostgreSQL's pool hands others another).
  return db.connection().execute(async (connection) => {
    await beginWrite(connection);
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
