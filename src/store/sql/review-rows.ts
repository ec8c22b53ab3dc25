/**
 * How save-batch.ts writes a batch's new rows: documents, reviews, versions, dropped lines and facts, then each
 * review pointed at its newest version. Two ways, one interface:
 * - SQLite: each row at once with a precompiled statement (compiled-writes.ts), its id from the insert; an
 *   in-process database makes a statement cheap and a cached single-row insert beats a large multi-row one.
 * - PostgreSQL: a statement is a round trip to the server, so the ids are taken from the tables' sequences up front
 *   (one round trip per table) and the rows are held and written at flush() in multi-row inserts, in foreign-key
 *   order: per-row statements made a batch of 1,000 reviews about 5,000 round trips.
 * Either way it all runs in the caller's write transaction, so the batch still lands whole or not at all.
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import type { CompiledWrites } from './compiled-writes.ts';
import { isPostgres } from './sql-engine.ts';
import type { DocumentsTable, DroppedLinesTable, ReviewFactsTable, ReviewsTable, ReviewVersionsTable, Tables } from './tables.ts';

export interface PointTarget {
  reviewId: number;
  versionId: number;
  filmId: number;
}

export interface ReviewRows {
  /** How many new rows of each kind the batch will write (PostgreSQL takes their ids now). */
  reserve(counts: { documents: number; reviews: number; versions: number }): Promise<void>;
  document(row: Insertable<DocumentsTable>): Promise<number>;
  review(row: Insertable<ReviewsTable>): Promise<number>;
  version(row: Insertable<ReviewVersionsTable>): Promise<number>;
  droppedLine(row: Insertable<DroppedLinesTable>): Promise<void>;
  fact(row: Insertable<ReviewFactsTable>): Promise<void>;
  point(target: PointTarget): Promise<void>;
  /** Writes whatever is held. */
  flush(): Promise<void>;
  /** The text of a version written in this batch, while it may not be in the table yet (near-duplicate checks). */
  heldText(versionId: number): string | undefined;
}

export function reviewRows(db: Kysely<Tables>, compiled: CompiledWrites): ReviewRows {
  return isPostgres(db) ? new HeldRows(db) : new ImmediateRows(db, compiled);
}

class ImmediateRows implements ReviewRows {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly writes: CompiledWrites,
  ) {}

  async reserve(): Promise<void> {}
  document(row: Insertable<DocumentsTable>): Promise<number> {
    return this.writes.insertDocument.run(this.db, row);
  }
  review(row: Insertable<ReviewsTable>): Promise<number> {
    return this.writes.insertReview.run(this.db, row);
  }
  version(row: Insertable<ReviewVersionsTable>): Promise<number> {
    return this.writes.insertVersion.run(this.db, row);
  }
  async droppedLine(row: Insertable<DroppedLinesTable>): Promise<void> {
    await this.writes.insertDroppedLine.run(this.db, row);
  }
  async fact(row: Insertable<ReviewFactsTable>): Promise<void> {
    await this.writes.insertFact.run(this.db, row);
  }
  point(target: PointTarget): Promise<void> {
    return this.writes.pointReview.run(this.db, target);
  }
  async flush(): Promise<void> {}
  heldText(): string | undefined {
    return undefined;
  }
}

/** PostgreSQL's bind parameters per statement are capped at 65,535; a version row has 28 columns. */
const ROWS_PER_INSERT = 1_000;

class HeldRows implements ReviewRows {
  readonly #ids = { documents: [] as number[], reviews: [] as number[], versions: [] as number[] };
  readonly #documents: Insertable<DocumentsTable>[] = [];
  readonly #reviews: Insertable<ReviewsTable>[] = [];
  readonly #versions: Insertable<ReviewVersionsTable>[] = [];
  readonly #droppedLines: Insertable<DroppedLinesTable>[] = [];
  readonly #facts: Insertable<ReviewFactsTable>[] = [];
  readonly #points: PointTarget[] = [];
  readonly #texts = new Map<number, string>();

  constructor(private readonly db: Kysely<Tables>) {}

  async reserve(counts: { documents: number; reviews: number; versions: number }): Promise<void> {
    for (const [table, key] of [['documents', 'documents'], ['reviews', 'reviews'], ['review_versions', 'versions']] as const) {
      const n = counts[key];
      if (n === 0) continue;
      const { rows } = await sql<{ id: number }>`
        select nextval(pg_get_serial_sequence(${table}, 'id'))::integer as id from generate_series(1, ${n})`.execute(this.db);
      this.#ids[key].push(...rows.map((row) => row.id));
    }
  }

  async document(row: Insertable<DocumentsTable>): Promise<number> {
    const id = this.#take('documents');
    this.#documents.push({ ...row, id });
    return id;
  }
  async review(row: Insertable<ReviewsTable>): Promise<number> {
    const id = this.#take('reviews');
    this.#reviews.push({ ...row, id });
    return id;
  }
  async version(row: Insertable<ReviewVersionsTable>): Promise<number> {
    const id = this.#take('versions');
    this.#versions.push({ ...row, id });
    this.#texts.set(id, row.text);
    return id;
  }
  async droppedLine(row: Insertable<DroppedLinesTable>): Promise<void> {
    this.#droppedLines.push(row);
  }
  async fact(row: Insertable<ReviewFactsTable>): Promise<void> {
    this.#facts.push(row);
  }
  async point(target: PointTarget): Promise<void> {
    this.#points.push(target);
  }

  async flush(): Promise<void> {
    await this.#insert('documents', this.#documents.splice(0));
    await this.#insert('reviews', this.#reviews.splice(0));
    await this.#insert('review_versions', this.#versions.splice(0));
    await this.#insert('dropped_lines', this.#droppedLines.splice(0));
    await this.#insert('review_facts', this.#facts.splice(0));
    const points = this.#points.splice(0);
    for (let start = 0; start < points.length; start += ROWS_PER_INSERT) {
      const chunk = points.slice(start, start + ROWS_PER_INSERT);
      const values = sql.join(chunk.map((p) => sql`(${p.reviewId}::integer, ${p.versionId}::integer, ${p.filmId}::integer)`));
      await sql`update reviews as r set current_version_id = p.version_id, film_id = p.film_id
        from (values ${values}) as p (review_id, version_id, film_id) where r.id = p.review_id`.execute(this.db);
    }
    this.#texts.clear();
  }

  heldText(versionId: number): string | undefined {
    return this.#texts.get(versionId);
  }

  #take(key: 'documents' | 'reviews' | 'versions'): number {
    const id = this.#ids[key].shift();
    if (id === undefined) throw new Error(`more ${key} written than reserved`);
    return id;
  }

  async #insert<T extends 'documents' | 'reviews' | 'review_versions' | 'dropped_lines' | 'review_facts'>(table: T, rows: Insertable<Tables[T]>[]): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await this.db.insertInto(table).values(rows.slice(start, start + ROWS_PER_INSERT) as never).execute();
    }
  }
}
