/**
 * An editor's correction of a review (issue 15), keyed by the review id so it outlasts new versions of the review's
 * document: a corrected verdict and/or score, a note, or the review removed with a reason. `version` is the review
 * version current when the correction was made, so a later version can say the text changed since.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const reviewCorrections: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('review_corrections')
      .addColumn('review_id', 'integer', (c) => c.primaryKey().references('reviews.id'))
      .addColumn('verdict', 'text')
      .addColumn('score', 'integer')
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('removed_reason', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .modifyEnd(sql`strict`)
      .execute();
  },
};
