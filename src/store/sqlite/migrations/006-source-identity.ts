/**
 * A review's source key (a URL, a path, a row's place) no longer has to be unique. The same key may name reviews
 * of different films or critics (an export that repeats one URL, a page re-posted for another film), and a
 * document may only become a new version of a review of the same film by the same critic or outlet, added by the
 * same sender; otherwise it is kept as a review of its own (save-batch.ts). identity_key holds the key as the
 * source gave it; source_key stays unique, suffixed for those second reviews. api_token_id names the API token
 * that added the review (null: the CLI, the database's own user).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const sourceIdentity: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('reviews').addColumn('identity_key', 'text').execute();
    // No foreign key: tokens are revoked, never deleted, and a plain column can be dropped again.
    await db.schema.alterTable('reviews').addColumn('api_token_id', 'integer').execute();
    await sql`update reviews set identity_key = source_key`.execute(db);
    await db.schema.createIndex('reviews_identity_key').on('reviews').column('identity_key').execute();
  },
};
