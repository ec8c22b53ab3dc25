/**
 * The store port: everything the pipeline, CLI and server need from persistence, and nothing more.
 * The SQLite adapter implements it today; a PostgreSQL adapter implements the same interface later, and one
 * compliance test suite runs against every adapter.
 */
import type { FilmFacts, ReviewFilmFact } from '../domain/credits.ts';
import type { CleanDocument, DroppedLine, RawDocument, ReviewDraft } from '../domain/document.ts';
import type { Film, FilmSummary, StoredReview } from '../domain/film.ts';
import type { Judgement } from '../domain/verdict.ts';
import type { FilmReading, JudgedReview } from '../judge/film-context.ts';

/** One document after clean, extract and judge: what the store writes for it. */
export interface ProcessedReview {
  document: RawDocument;
  clean: CleanDocument;
  draft: ReviewDraft;
  judgement: Judgement;
  /** What the review states about the film (cast, crew, runtime…); absent when nothing was extracted. */
  facts?: FilmFacts;
}

/**
 * Reads a film's text-judged reviews beside one another (judge/film-context.ts; the composition root builds it from
 * the trained model). A store given one applies it, inside the saving transaction, to every film a save touches,
 * always starting from each review's reading alone, so that reading again gives the same result. A store without
 * one keeps every review's reading alone.
 */
export type FilmRereader = <T extends JudgedReview>(reviews: readonly T[]) => Pick<FilmReading<T>, 'reviews' | 'pooled'>;

export type SaveStatus =
  /** A new review. */
  | 'added'
  /** Known source key, changed content: a new version of an existing review. */
  | 'new-version'
  /** Content already stored (same hash): nothing written. */
  | 'unchanged';

export interface SaveResult {
  sourceName: string;
  status: SaveStatus;
  reviewId: number;
  filmId: number;
  /**
   * Set when the document's source key (a URL, a path) already names a review it may not extend: one of another
   * film, by another critic and outlet, or added by another sender. Both are kept; this says which review and why.
   */
  conflict?: SourceKeyConflict;
}

export interface SourceKeyConflict {
  /** The review that already holds the source key. */
  reviewId: number;
  filmId: number;
  reason: string;
}

export interface StoreCounts {
  films: number;
  reviews: number;
  reviewVersions: number;
  documents: number;
  critics: number;
  outlets: number;
  droppedLines: number;
  reviewFacts: number;
  /** Current review versions marked as near-duplicates of another review of the same film. */
  duplicates: number;
}

export interface ReviewStore {
  /** Which of these content hashes are already stored (lets a re-run skip work before processing). */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Writes a batch in one transaction: all of it lands or none of it does. Results are in input order.
   * Idempotent: saving the same content twice writes nothing the second time. With a FilmRereader, the films
   * the batch touched are read in context in the same transaction.
   */
  saveReviews(items: readonly ProcessedReview[]): Promise<SaveResult[]>;
  listFilms(): Promise<FilmSummary[]>;
  /** Films whose title (or key) matches the query, best match first: exact, then prefix, then substring. */
  findFilms(query: string): Promise<FilmSummary[]>;
  getFilm(id: number): Promise<Film | null>;
  /** The current version of every review of a film, newest publication first, undated last. */
  filmReviews(filmId: number): Promise<StoredReview[]>;
  /** Every current review of every film, for export, in film then review id order. */
  allReviews(): AsyncIterable<StoredReview>;
  droppedLines(reviewVersionId: number): Promise<DroppedLine[]>;
  /**
   * The facts the current versions of a film's reviews state, duplicates left out (a syndicated copy would
   * count its source twice), in review id then position order.
   */
  filmFacts(filmId: number): Promise<ReviewFilmFact[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
