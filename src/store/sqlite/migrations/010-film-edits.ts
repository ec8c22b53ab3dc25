/**
 * Films and names under editorial control (issue 15).
 *
 * film_redirects: a film merged into another stays as a row (its id and key keep naming something), and this says
 * where it now points, so old links and names follow the merge and an undo can bring the film back as it was.
 * critics.top_critic: an editor's mark that counts every review by the critic as a top critic's, whatever the
 * source said. outlets.blocked_at / blocked_reason: a blocked outlet's reviews stay stored but leave every count
 * and list of their films, and new ones are held at ingest; null when not blocked.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const filmEdits: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('film_redirects')
      .addColumn('from_film_id', 'integer', (c) => c.primaryKey().references('films.id'))
      .addColumn('to_film_id', 'integer', (c) => c.notNull().references('films.id'))
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema.createIndex('film_redirects_to_idx').on('film_redirects').column('to_film_id').execute();
    await db.schema.alterTable('critics').addColumn('top_critic', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('outlets').addColumn('blocked_at', 'text').execute();
    await db.schema.alterTable('outlets').addColumn('blocked_reason', 'text').execute();
  },
};
