/**
 * The per-row statements of a save, built with Kysely's query builder (so table and column names are checked)
 * and compiled once per store. In SQLite a cached single-row INSERT runs faster than one 1,000-row INSERT,
 * which must be prepared and bound afresh; with the statement cache (statement-cache.ts) each run here is a
 * lookup plus the insert itself. SQLite hands back the new rowid; PostgreSQL is asked for it with RETURNING.
 */
import type { CompiledQuery, Insertable, Kysely } from 'kysely';
import { isPostgres } from './sql-engine.ts';
import type { Tables } from './tables.ts';

type Row<T extends keyof Tables> = Insertable<Tables[T]>;

export class CompiledInsert<T extends keyof Tables> {
  readonly #compiled: CompiledQuery;
  readonly #columns: readonly (keyof Row<T> & string)[];

  constructor(db: Kysely<Tables>, table: T, columns: readonly (keyof Row<T> & string)[]) {
    const placeholders = Object.fromEntries(columns.map((column) => [column, null]));
    // The placeholder row only fixes the SQL text and the order of its parameters.
    const insert = db.insertInto(table).values(placeholders as never);
    const compiled = isPostgres(db) ? insert.returning('id' as never).compile() : insert.compile();
    if (compiled.parameters.length !== columns.length) throw new Error(`cannot compile the insert into ${table}`);
    this.#compiled = compiled;
    this.#columns = columns;
  }

  /** Inserts one row; returns its id. `db` must be bound to the connection holding the transaction. */
  async run(db: Kysely<Tables>, row: Row<T>): Promise<number> {
    const parameters = this.#columns.map((column) => row[column]);
    const result = await db.executeQuery<{ id: number }>({ ...this.#compiled, parameters });
    return Number(result.rows[0]?.id ?? result.insertId);
  }
}

/** Points a review at its newest version and at that version's film. */
export class CompiledPointReview {
  readonly #compiled: CompiledQuery;

  constructor(db: Kysely<Tables>) {
    this.#compiled = db.updateTable('reviews').set({ current_version_id: 0, film_id: 0 }).where('id', '=', 0).compile();
  }

  async run(db: Kysely<Tables>, target: { reviewId: number; versionId: number; filmId: number }): Promise<void> {
    await db.executeQuery({ ...this.#compiled, parameters: [target.versionId, target.filmId, target.reviewId] });
  }
}

export interface CompiledWrites {
  insertDocument: CompiledInsert<'documents'>;
  insertReview: CompiledInsert<'reviews'>;
  insertVersion: CompiledInsert<'review_versions'>;
  insertDroppedLine: CompiledInsert<'dropped_lines'>;
  insertFact: CompiledInsert<'review_facts'>;
  pointReview: CompiledPointReview;
}

export function compileWrites(db: Kysely<Tables>): CompiledWrites {
  return {
    insertDocument: new CompiledInsert(db, 'documents', [
      'content_hash',
      'source_name',
      'source_key',
      'format',
      'byte_length',
      'content',
      'ingested_at',
    ]),
    insertReview: new CompiledInsert(db, 'reviews', [
      'source_key',
      'identity_key',
      'api_token_id',
      'film_id',
      'current_version_id',
      'created_at',
    ]),
    insertVersion: new CompiledInsert(db, 'review_versions', [
      'review_id',
      'version',
      'document_id',
      'critic_id',
      'outlet_id',
      'published_at',
      'rating_raw',
      'rating_score',
      'rating_scale',
      'label',
      'verdict',
      'probability',
      'score',
      'verdict_source',
      'score_source',
      'text',
      'first_sentence',
      'top_critic',
      'url',
      'evidence',
      'stage_versions',
      'provenance',
      'created_at',
      'duplicate_of_review_id',
      'alone_verdict',
      'alone_probability',
      'alone_score',
      'context_reviews',
      'language',
      'headline',
    ]),
    insertDroppedLine: new CompiledInsert(db, 'dropped_lines', ['review_version_id', 'position', 'text', 'reason']),
    insertFact: new CompiledInsert(db, 'review_facts', [
      'review_version_id',
      'position',
      'kind',
      'value',
      'character',
      'source',
      'evidence',
    ]),
    pointReview: new CompiledPointReview(db),
  };
}
