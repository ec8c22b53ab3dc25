/**
 * Kysely's SQLite dialect, told that SQLite can roll back DDL. Kysely's adapter says it cannot, so its Migrator
 * would run each migration outside a transaction and a failure halfway (disk full, a killed process) would leave
 * half a schema behind; SQLite does support transactional DDL, so each migration lands whole or not at all.
 */
import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class PlauditSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
