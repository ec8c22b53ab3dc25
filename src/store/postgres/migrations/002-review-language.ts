/** The language of each review version's text: SQLite's 013-review-language.ts, byte-compared as 001's text is. */
import { sql, type Kysely, type Migration } from 'kysely';

export const reviewLanguage: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await sql`alter table review_versions add column language text collate "C"`.execute(db);
  },
};
