/**
 * The language of each review version's text (domain/language.ts): "eng", "fra", "spa"…, or "und" when the text is
 * too short to tell. A review in another language is not judged by its text (verdict_source 'none' when nothing
 * else judges it). Versions stored before this migration keep null: they were read as English when stored, and a
 * new version of the review detects its language.
 */
import type { Kysely, Migration } from 'kysely';

export const reviewLanguage: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('review_versions').addColumn('language', 'text').execute();
  },
};
