/**
 * Kysely's SQLite driver prepares every statement it runs. Preparing is most of the cost of a small query, and a
 * 1,000-row INSERT takes SQLite longer to prepare than to run; the pipeline repeats the same few statements for
 * every batch. This wraps the connection so a statement is prepared once and reused (least recently used ones
 * are finalised past `capacity`).
 *
 * Safe because Kysely holds its single SQLite connection behind a mutex and this store never streams with
 * iterate(): a better-sqlite3 statement cannot run twice at once, and here it never has to.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export function withStatementCache(db: BetterSqlite3.Database, capacity = 200): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close(): void {
      statements.clear();
      db.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        // Re-inserting moves it to the back of the Map's order, which is what makes the eviction LRU.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
