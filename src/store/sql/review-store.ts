/**
 * The ReviewStore on Kysely, for SQLite and PostgreSQL alike (sql-engine.ts says what differs): one connection, queries in read-films.ts / read-reviews.ts, writes in save-batch.ts.
 * Every failure leaves as PlauditError('store-failed') with the driver's error as its cause.
 */
import type { Kysely } from 'kysely';
import type { DroppedLine, Film, FilmSummary, StoredReview } from '../../domain/film.ts';
import type { ReviewFilmFact } from '../../domain/credits.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { FilmQuery, FilmsChangedHook, HeldListOptions, HoldRequest, HoldResult, ProcessedReview, ReviewStore, SaveResult, StoreCounts } from '../port.ts';
import type { FilmRef } from '../../domain/document.ts';
import type { HeldDocument, HeldStatus } from '../../domain/held.ts';
import type { CandidateFilm } from '../../film-matching/candidate-film.ts';
import { filmCandidates as findFilmCandidates } from './film-candidates.ts';
import * as held from './held-documents.ts';
import { importCatalogEntries } from './catalog-writes.ts';
import type { CatalogEntry, CatalogRowResult, FilmCatalogFacts } from '../../domain/catalog.ts';
import * as lookup from './film-lookup.ts';
import { chunked, LOOKUP_CHUNK } from './bulk.ts';
import { compileWrites, type CompiledWrites } from './compiled-writes.ts';
import { DuplicateFinder } from './duplicate-finder.ts';
import { FilmResolver } from './film-resolver.ts';
import { NameResolver } from './name-resolver.ts';
import * as films from './read-films.ts';
import { filmFacts as readFilmFacts } from './read-facts.ts';
import * as reviews from './read-reviews.ts';
import { filmReadings } from './film-readings.ts';
import { saveBatch } from './save-batch.ts';
import type { SqlEngine } from './sql-engine.ts';
import type { Tables } from './tables.ts';
import { inWriteTransaction } from './write-transaction.ts';

export interface SqlStoreOptions {
  db: Kysely<Tables>;
  /** What differs between SQLite and PostgreSQL beyond Kysely's dialect: search, the data version, closing. */
  engine: SqlEngine;
  readonly: boolean;
  now: () => Date;
  /**
   * Runs inside every write transaction with the films it changed: the use-case layer reads their text-judged
   * reviews beside one another there (use-cases/read-films-in-context.ts). Without it each review keeps its reading alone.
   */
  onFilmsChanged?: FilmsChangedHook | undefined;
}

export class SqlReviewStore implements ReviewStore {
  readonly #db: Kysely<Tables>;
  readonly #engine: SqlEngine;
  readonly #readonly: boolean;
  readonly #now: () => Date;
  readonly #onFilmsChanged: FilmsChangedHook | undefined;
  readonly #writes: CompiledWrites;
  readonly #films = new FilmResolver();
  readonly #critics = new NameResolver('critics');
  readonly #outlets = new NameResolver('outlets');
  readonly #duplicates = new DuplicateFinder();
  #closed = false;

  constructor(options: SqlStoreOptions) {
    this.#db = options.db;
    this.#engine = options.engine;
    this.#readonly = options.readonly;
    this.#now = options.now;
    this.#onFilmsChanged = options.onFilmsChanged;
    this.#writes = compileWrites(options.db);
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    return this.#read('look up content hashes', async () => {
      const known = new Set<string>();
      for (const chunk of chunked(hashes, LOOKUP_CHUNK)) {
        const rows = await this.#db
          .selectFrom('documents')
          .select('content_hash')
          .where('content_hash', 'in', chunk)
          .execute();
        for (const row of rows) known.add(row.content_hash);
      }
      return known;
    });
  }

  async saveReviews(items: readonly ProcessedReview[]): Promise<SaveResult[]> {
    if (items.length === 0) return [];
    if (this.#readonly) throw new PlauditError('store-failed', 'the store was opened read-only');
    try {
      return await this.#writeTransaction(async (db) => {
        const ctx = {
          db,
          writes: this.#writes,
          films: this.#films,
          critics: this.#critics,
          outlets: this.#outlets,
          duplicates: this.#duplicates,
          now: this.#now().toISOString(),
          touchedFilms: new Set<number>(),
        };
        const results = await saveBatch(ctx, items);
        await this.#filmsChanged(db, [...ctx.touchedFilms]);
        return results;
      });
    } catch (error) {
      // Ids cached during the failed transaction point at rows that were rolled back.
      this.#clearCaches();
      throw new PlauditError('store-failed', `cannot save ${items.length} review(s): ${messageOf(error)}`, {
        cause: error,
      });
    }
  }

  /**
   * Reads every film's text-judged reviews in context, in one transaction: for a database that held reviews before
   * this store could (open-sqlite-store.ts calls it after migration 005). Returns how many films were read.
   */
  async rereadAllFilms(): Promise<number> {
    if (this.#onFilmsChanged === undefined || this.#readonly) return 0;
    try {
      return await this.#writeTransaction(async (db) => {
        const films = await db.selectFrom('films').select('id').orderBy('id').execute();
        await this.#filmsChanged(db, films.map((film) => film.id));
        return films.length;
      });
    } catch (error) {
      throw new PlauditError('store-failed', `cannot read the films' reviews in context: ${messageOf(error)}`, { cause: error });
    }
  }

  /**
   * Runs an editorial change (sqlite-edit-store.ts) in one write transaction, then reads the films it names in
   * context in the same transaction: a merge or a block changes which reviews stand beside which. A PlauditError
   * (a refused change) leaves as it is; the film cache is cleared, since a merge or an edit changes what names what.
   */
  protected async edit<T>(what: string, work: (db: Kysely<Tables>, now: string) => Promise<{ result: T; filmIds: readonly number[] }>): Promise<T> {
    if (this.#readonly) throw new PlauditError('store-failed', 'the store was opened read-only');
    try {
      return await this.#writeTransaction(async (db) => {
        const { result, filmIds } = await work(db, this.#now().toISOString());
        await this.#filmsChanged(db, filmIds);
        return result;
      });
    } catch (error) {
      if (error instanceof PlauditError) throw error;
      throw new PlauditError('store-failed', `cannot ${what}: ${messageOf(error)}`, { cause: error });
    } finally {
      this.#films.clear();
    }
  }

  /** Hands the films a write changed to the use-case layer's hook, on the write transaction's connection. */
  async #filmsChanged(db: Kysely<Tables>, filmIds: readonly number[]): Promise<void> {
    if (this.#onFilmsChanged && filmIds.length > 0) await this.#onFilmsChanged(filmReadings(db), filmIds);
  }

  /** Runs `work` in one write transaction on the store's connection: all of it commits, or none of it. */
  #writeTransaction<T>(work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.#db, async (db) => {
      if (await this.#engine.writtenByOthers(db)) this.#clearCaches();
      return work(db);
    });
  }


  listFilms(): Promise<FilmSummary[]> {
    return this.#read('list films', () => films.listFilms(this.#db));
  }

  findFilms(query: string): Promise<FilmSummary[]> {
    return this.#read('search films', () => films.findFilms(this.#db, query));
  }

  getFilm(id: number): Promise<Film | null> {
    return this.#read('read a film', () => films.getFilm(this.#db, id));
  }

  lookUpFilms(query: FilmQuery): Promise<FilmSummary[]> {
    return this.#read('look up films', () => lookup.lookUpFilms(this.#db, query));
  }

  filmCatalogFacts(filmId: number): Promise<FilmCatalogFacts | null> {
    return this.#read("read a film's catalog facts", () => lookup.filmCatalogFacts(this.#db, filmId));
  }

  filmReviews(filmId: number): Promise<StoredReview[]> {
    return this.#read("read a film's reviews", () => reviews.filmReviews(this.#db, filmId));
  }

  async *allReviews(): AsyncGenerator<StoredReview> {
    const pages = reviews.allReviews(this.#db);
    for (;;) {
      const next = await this.#read('read reviews', () => pages.next());
      if (next.done === true) return;
      yield next.value;
    }
  }

  droppedLines(reviewVersionId: number): Promise<DroppedLine[]> {
    return this.#read('read dropped lines', () => reviews.droppedLines(this.#db, reviewVersionId));
  }

  filmFacts(filmId: number): Promise<ReviewFilmFact[]> {
    return this.#read("read a film's facts", () => readFilmFacts(this.#db, filmId));
  }

  counts(): Promise<StoreCounts> {
    return this.#read('count rows', () => reviews.counts(this.#db));
  }

  filmCandidates(refs: readonly FilmRef[]): Promise<CandidateFilm[][]> {
    return this.#read('find candidate films', () => findFilmCandidates(this.#db, refs));
  }

  async holdDocuments(items: readonly HoldRequest[]): Promise<HoldResult[]> {
    if (items.length === 0) return [];
    if (this.#readonly) throw new PlauditError('store-failed', 'the store was opened read-only');
    const now = this.#now().toISOString();
    try {
      return await this.#writeTransaction((db) => held.holdDocuments(db, items, now));
    } catch (error) {
      throw new PlauditError('store-failed', `cannot hold documents: ${messageOf(error)}`, { cause: error });
    }
  }

  heldDocuments(options: HeldListOptions = {}): Promise<HeldDocument[]> {
    return this.#read('read held documents', () => held.listHeld(this.#db, options));
  }

  heldCount(status: HeldStatus): Promise<number> {
    return this.#read('count held documents', () => held.countHeld(this.#db, status));
  }

  async blockedOutlets(): Promise<Map<string, string>> {
    const rows = await this.#read('read blocked outlets', () =>
      this.#db.selectFrom('outlets').select(['name_key', 'blocked_reason']).where('blocked_at', 'is not', null).execute(),
    );
    return new Map(rows.map((row) => [row.name_key, row.blocked_reason ?? '']));
  }

  heldDocument(id: number): Promise<HeldDocument | null> {
    return this.#read('read a held document', () => held.getHeld(this.#db, id));
  }

  async resolveHeld(id: number, outcome: { status: 'released' | 'dismissed'; reviewId?: number }): Promise<boolean> {
    if (this.#readonly) throw new PlauditError('store-failed', 'the store was opened read-only');
    const now = this.#now().toISOString();
    return this.#read('update a held document', () => this.#writeTransaction((db) => held.resolveHeld(db, id, outcome, now)));
  }

  async importCatalog(entries: readonly CatalogEntry[]): Promise<CatalogRowResult[]> {
    if (entries.length === 0) return [];
    if (this.#readonly) throw new PlauditError('store-failed', 'the store was opened read-only');
    const now = this.#now().toISOString();
    try {
      return await this.#writeTransaction((db) => importCatalogEntries(db, entries, now));
    } catch (error) {
      throw new PlauditError('store-failed', `cannot import ${entries.length} catalog entries: ${messageOf(error)}`, { cause: error });
    } finally {
      // The import may have made, titled or dated films the film resolver has cached (or cached as missing).
      this.#films.clear();
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      if (!this.#readonly) await this.#engine.afterLastWrite(this.#db);
    } finally {
      await this.#db.destroy();
    }
  }

  #clearCaches(): void {
    this.#films.clear();
    this.#critics.clear();
    this.#outlets.clear();
    this.#duplicates.clear();
  }

  async #read<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new PlauditError('store-failed', `cannot ${what}: ${messageOf(error)}`, { cause: error });
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
