/**
 * The first schema. Portable SQL where it costs nothing (plain types, CHECKs, named constraints); SQLite-only
 * touches are the STRICT tables, which make SQLite reject a wrongly typed value instead of storing it, and the
 * application_id that marks the file as a Plaudit database.
 *
 * Only values that will not grow get a CHECK (verdict, ranges); open-ended enums such as document formats and
 * drop reasons are checked in TypeScript, since SQLite cannot alter a CHECK without rebuilding the table.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { PLAUDIT_APPLICATION_ID } from '../application-id.ts';

const strict = sql`strict`;

export const initialSchema: Migration = {
  async up(db: Kysely<any>): Promise<void> {
    await sql`pragma application_id = ${sql.raw(String(PLAUDIT_APPLICATION_ID))}`.execute(db);
    await createFilmsAndNames(db);
    await createDocuments(db);
    await createReviews(db);
    await createReviewVersions(db);
    await createDroppedLines(db);
  },
};

async function createFilmsAndNames(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('films')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('title_key', 'text')
    .addColumn('year', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute();
  await db.schema.createIndex('films_title_key_idx').on('films').column('title_key').execute();

  for (const table of ['critics', 'outlets']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .modifyEnd(strict)
      .execute();
  }
}

async function createDocuments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('byte_length', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute();
}

async function createReviews(db: Kysely<any>): Promise<void> {
  // reviews and review_versions point at each other; SQLite checks a foreign key when a row is written, so
  // the reference to the table created next is fine (PostgreSQL would add it with ALTER TABLE afterwards).
  await db.schema
    .createTable('reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('source_key', 'text', (c) => c.notNull().unique())
    .addColumn('film_id', 'integer', (c) => c.notNull().references('films.id'))
    .addColumn('current_version_id', 'integer', (c) => c.references('review_versions.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute();
  await db.schema.createIndex('reviews_film_id_idx').on('reviews').column('film_id').execute();
  await db.schema
    .createIndex('reviews_current_version_id_idx')
    .on('reviews')
    .column('current_version_id')
    .unique()
    .execute();
}

async function createDroppedLines(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dropped_lines')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('review_version_id', 'integer', (c) => c.notNull().references('review_versions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addUniqueConstraint('dropped_lines_version_position_key', ['review_version_id', 'position'])
    .modifyEnd(strict)
    .execute();
}

async function createReviewVersions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('review_id', 'integer', (c) => c.notNull().references('reviews.id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    // One document is one version: an identical document is 'unchanged', never a second version.
    .addColumn('document_id', 'integer', (c) => c.notNull().unique().references('documents.id'))
    .addColumn('critic_id', 'integer', (c) => c.references('critics.id'))
    .addColumn('outlet_id', 'integer', (c) => c.references('outlets.id'))
    .addColumn('published_at', 'text')
    .addColumn('rating_raw', 'text')
    .addColumn('rating_score', 'real')
    .addColumn('rating_scale', 'text')
    .addColumn('label', 'text', (c) => c.check(sql`label in ('positive', 'negative')`))
    .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in ('positive', 'negative')`))
    .addColumn('probability', 'real', (c) => c.notNull().check(sql`probability between 0 and 1`))
    .addColumn('score', 'real', (c) => c.notNull().check(sql`score between 0 and 100`))
    .addColumn('verdict_source', 'text', (c) => c.notNull())
    .addColumn('score_source', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('first_sentence', 'text', (c) => c.notNull())
    .addColumn('top_critic', 'integer', (c) => c.notNull().check(sql`top_critic in (0, 1)`))
    .addColumn('url', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('stage_versions', 'text', (c) => c.notNull())
    .addColumn('provenance', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('review_versions_review_version_key', ['review_id', 'version'])
    .modifyEnd(strict)
    .execute();
  await db.schema.createIndex('review_versions_critic_id_idx').on('review_versions').column('critic_id').execute();
  await db.schema.createIndex('review_versions_outlet_id_idx').on('review_versions').column('outlet_id').execute();
}
