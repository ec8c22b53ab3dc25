/**
 * A review judged by its text alone is read again beside its film's other text-judged reviews when a save touches
 * the film (use-cases/read-films-in-context.ts). The verdict, probability and score columns then hold that
 * reading, which every list and count shows; these columns keep what the text said alone, so the next re-read starts from it and never from
 * an earlier re-read. context_reviews says how many reviews were read together (null: read alone).
 *
 * Versions stored before this migration take their current reading as their reading alone (nothing was re-read
 * then); their film is read in context the next time a save touches it.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const readingInContext: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('review_versions')
      .addColumn('alone_verdict', 'text', (c) => c.check(sql`alone_verdict in ('positive', 'negative')`))
      .execute();
    await db.schema
      .alterTable('review_versions')
      .addColumn('alone_probability', 'real', (c) => c.check(sql`alone_probability between 0 and 1`))
      .execute();
    await db.schema
      .alterTable('review_versions')
      .addColumn('alone_score', 'real', (c) => c.check(sql`alone_score between 0 and 100`))
      .execute();
    await db.schema
      .alterTable('review_versions')
      .addColumn('context_reviews', 'integer', (c) => c.check(sql`context_reviews >= 2`))
      .execute();
    await sql`update review_versions set alone_verdict = verdict, alone_probability = probability, alone_score = score`.execute(db);
  },
};
