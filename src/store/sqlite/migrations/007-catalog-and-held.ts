/**
 * The film catalog and the held list.
 *
 * Films gain what identifies and describes them beyond title and year: an original title, aliases (their own
 * table, so a lookup by any of them is one indexed query), external ids (IMDb, TMDb, Wikidata; each unique where
 * given, so one IMDb id can never name two films), directors and genres (JSON arrays), runtime, MPAA rating,
 * release date and synopsis. `plaudit catalog import` writes them; reviews never do.
 *
 * held_documents keeps what the pipeline would not store as a review: a document that is not a film review, or
 * one whose film the evidence does not decide. It holds the whole document (content, record fields, film hint),
 * so releasing it runs it through the pipeline again; the reasons and the candidate films are JSON.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const catalogAndHeld: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    const columns: [string, 'text' | 'integer'][] = [
      ['original_title', 'text'],
      ['imdb_id', 'text'],
      ['tmdb_id', 'integer'],
      ['wikidata_id', 'text'],
      ['directors', 'text'],
      ['runtime_minutes', 'integer'],
      ['genres', 'text'],
      ['mpaa_rating', 'text'],
      ['release_date', 'text'],
      ['synopsis', 'text'],
      ['catalog_updated_at', 'text'],
    ];
    for (const [name, type] of columns) await db.schema.alterTable('films').addColumn(name, type).execute();
    for (const column of ['imdb_id', 'tmdb_id', 'wikidata_id']) {
      await db.schema
        .createIndex(`films_${column}_key`)
        .on('films')
        .column(column)
        .unique()
        .where(sql.ref(column), 'is not', null)
        .execute();
    }

    await db.schema
      .createTable('film_aliases')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('film_id', 'integer', (c) => c.notNull().references('films.id'))
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('alias_key', 'text', (c) => c.notNull())
      .addUniqueConstraint('film_aliases_film_alias_key', ['film_id', 'alias_key'])
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema.createIndex('film_aliases_alias_key_idx').on('film_aliases').column('alias_key').execute();

    await db.schema
      .createTable('held_documents')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('source_name', 'text', (c) => c.notNull())
      .addColumn('source_key', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('byte_length', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      // JSON of RecordFields, or null for a page or a text file.
      .addColumn('record', 'text')
      .addColumn('film_hint', 'text')
      .addColumn('api_token_id', 'integer')
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      // JSON array of strings: every reason the gate or the film matcher gave.
      .addColumn('reasons', 'text', (c) => c.notNull())
      // JSON array of FilmCandidate.
      .addColumn('candidates', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('held', 'released', 'dismissed')`))
      .addColumn('review_id', 'integer', (c) => c.references('reviews.id'))
      .addColumn('held_at', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'text')
      .modifyEnd(sql`strict`)
      .execute();
    await db.schema.createIndex('held_documents_status_idx').on('held_documents').columns(['status', 'id']).execute();
  },
};
