/**
 * Editors on the web: accounts (a scrypt hash with its own salt, never the password), sign-in sessions (only a
 * SHA-256 of the cookie is kept, so a copied database file signs no one in), and scopes on API tokens. Tokens made
 * before scopes existed could only ingest, so they keep exactly that.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const usersAndSessions: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'editor')`))
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('password_salt', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text')
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema.alterTable('api_tokens').addColumn('scopes', 'text', (c) => c.notNull().defaultTo('ingest')).execute();
  },
};
