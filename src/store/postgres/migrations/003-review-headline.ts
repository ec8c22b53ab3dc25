/** The critic's own headline of each review version: SQLite's 014-review-headline.ts, byte-compared as 001's text is. */
import { sql, type Kysely, type Migration } from 'kysely';

export const reviewHeadline: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await sql`alter table review_versions add column headline text collate "C"`.execute(db);
  },
};
