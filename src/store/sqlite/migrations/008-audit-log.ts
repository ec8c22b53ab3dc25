/**
 * The audit log of editorial changes (domain/audit.ts). Entries are only ever added; an undo is an entry of its own
 * that names the one it reverses (undoes), and that one is marked undone_by. before/after are JSON.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const auditLog: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'integer', (c) => c.notNull())
      .addColumn('film_id', 'integer')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('before', 'text', (c) => c.notNull())
      .addColumn('after', 'text', (c) => c.notNull())
      .addColumn('undoes', 'integer', (c) => c.references('audit_log.id'))
      .addColumn('undone_by', 'integer', (c) => c.references('audit_log.id'))
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema.createIndex('audit_log_film_idx').on('audit_log').columns(['film_id', 'id']).execute();
    await db.schema.createIndex('audit_log_target_idx').on('audit_log').columns(['target_kind', 'target_id', 'id']).execute();
  },
};
