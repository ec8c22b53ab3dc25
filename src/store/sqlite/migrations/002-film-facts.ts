/**
 * Facts about the film read from each review version (cast, crew, runtime, rating, distributor, where it plays,
 * other films referred to), with their source and evidence sentence; and the mark that a version's text is a
 * near-duplicate of another current review of the same film (syndication), which keeps it out of the counts.
 *
 * Versions stored before this migration have no facts until their review is ingested again with changed
 * content; they are never marked as duplicates.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const filmFacts: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('review_facts')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('review_version_id', 'integer', (c) => c.notNull().references('review_versions.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('character', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      // The unique index also serves the lookup of a version's facts.
      .addUniqueConstraint('review_facts_version_position_key', ['review_version_id', 'position'])
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema
      .alterTable('review_versions')
      .addColumn('duplicate_of_review_id', 'integer', (c) => c.references('reviews.id'))
      .execute();
  },
};
