/**
 * The critic's own headline of each review version (extract/critic-headline.ts), offered as a pull quote. Versions
 * stored before this migration keep null: their headings were not kept, and a new version of the review reads its
 * headline.
 */
import type { Kysely, Migration } from 'kysely';

export const reviewHeadline: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('review_versions').addColumn('headline', 'text').execute();
  },
};
