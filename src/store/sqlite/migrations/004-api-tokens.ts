/**
 * API tokens for the ingest endpoints. Only a SHA-256 of each token is kept: a copied database file does not
 * hand out write access. Revoked tokens stay, marked, so the list says what existed and when it ended.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const apiTokens: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .modifyEnd(sql`strict`)
      .execute();
  },
};
