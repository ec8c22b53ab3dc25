/**
 * The store port: everything the pipeline, CLI and server need from persistence, and nothing more.
 * The SQLite adapter implements it today; a PostgreSQL adapter implements the same interface later, and one
 * compliance test suite runs against every adapter.
 */
import type { FilmFacts, ReviewFilmFact } from '../domain/credits.ts';
import type { CleanDocument, DroppedLine, RawDocument, ReviewDraft } from '../domain/document.ts';
import type { Film, FilmSummary, StoredReview } from '../domain/film.ts';
import type { Judgement, Verdict } from '../domain/verdict.ts';
import type { JudgedReview } from '../judge/film-context.ts';
import type { HeldDocument, HeldStatus, Hold } from '../domain/held.ts';
import type { FilmRef } from '../domain/document.ts';
import type { CandidateFilm } from '../film-matching/candidate-film.ts';
import type { FilmCatalogFacts } from '../domain/catalog.ts';
import type { CatalogEntry, CatalogRowResult } from '../domain/catalog.ts';

/** One document after clean, extract and judge: what the store writes for it. */
export interface ProcessedReview {
  document: RawDocument;
  clean: CleanDocument;
  draft: ReviewDraft;
  judgement: Judgement;
  /** What the review states about the film (cast, crew, runtime…); absent when nothing was extracted. */
  facts?: FilmFacts;
  /** The language of its text (extract/detect-language.ts); absent when it has no text, or nothing detected it. */
  language?: import('../domain/language.ts').LanguageReading;
}

/**
 * A current, text-judged review of a film, as the store hands it to the reading in context
 * (use-cases/read-films-in-context.ts): from the version's reading alone, whatever the last reading in context made
 * of it. A review an editor corrected comes with the editor's verdict and its text's probability alone
 * (`modelProbability`), as evidence of how the model reads the film.
 */
export interface StoredTextReading extends JudgedReview {
  versionId: number;
  probability: number;
  /** What the version holds now, so that only readings that change are written. */
  stored: { verdict: string; probability: number; score: number; contextReviews: number | null };
}

/** A version's reading in context, as written back. */
export interface ReadingInContext {
  versionId: number;
  verdict: Verdict;
  probability: number;
  score: number;
  /** How many reviews it was read beside, or null for a reading alone. */
  contextReviews: number | null;
}

/** What the reading in context needs from the store, inside the write transaction that changed the films. */
export interface FilmReadings {
  /**
   * Each film's current text-judged reviews, in review id order: near-duplicates, removed reviews and blocked
   * outlets' reviews left out (they are not counted, so they are not read beside the others).
   */
  textReadings(filmIds: readonly number[]): Promise<Map<number, StoredTextReading[]>>;
  writeReadings(readings: readonly ReadingInContext[]): Promise<void>;
}

/**
 * Runs inside every write transaction of the store (a save, an editorial change), after its writes, with the films
 * it changed: the use-case layer reads their text-judged reviews beside one another there
 * (use-cases/read-films-in-context.ts), so a film's figures and its reviews commit together. If it throws, the
 * whole transaction rolls back.
 */
export type FilmsChangedHook = (readings: FilmReadings, filmIds: readonly number[]) => Promise<void>;

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

/** A document to keep on the held list, and why. */
export interface HoldRequest {
  document: RawDocument;
  hold: Hold;
}

export interface HoldResult {
  heldId: number;
  /** 'held': newly held; 'known': this content was held before, and heldStatus says what became of it. */
  status: 'held' | 'known';
  heldStatus: HeldStatus;
}

export interface HeldListOptions {
  status?: HeldStatus;
  limit?: number;
  offset?: number;
}

/**
 * One exact way to look films up; use-cases/find-film.ts decides which to try for a name, in what order, and what
 * several matches mean. Every answer is in id order.
 */
export type FilmQuery =
  | { by: 'id'; id: number }
  /** The stored key: "key:m/0814255", "title:her smell:2018". */
  | { by: 'key'; key: string }
  /** An id another service gives the film (domain/catalog.ts ExternalIds). */
  | { by: 'imdb'; imdb: string }
  | { by: 'tmdb'; tmdb: number }
  | { by: 'wikidata'; wikidata: string }
  /** Films whose title or one of whose aliases has this nameKey, of this year when one is given. */
  | { by: 'title'; titleKey: string; year?: number }
  /** Films whose title key holds these words in this order: a slug's candidates, which the caller narrows. */
  | { by: 'title-words'; words: readonly string[] };

export interface ReviewStore {
  /** Which of these content hashes are already stored (lets a re-run skip work before processing). */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Writes a batch in one transaction: all of it lands or none of it does. Results are in input order.
   * Idempotent: saving the same content twice writes nothing the second time. With a FilmsChangedHook, it
   * runs on the films the batch touched in the same transaction.
   */
  saveReviews(items: readonly ProcessedReview[]): Promise<SaveResult[]>;
  listFilms(): Promise<FilmSummary[]>;
  /** Films whose title (or key) matches the query, best match first: exact, then prefix, then substring. */
  findFilms(query: string): Promise<FilmSummary[]>;
  getFilm(id: number): Promise<Film | null>;
  /** The films one exact query names (at most 100), with their counts. */
  lookUpFilms(query: FilmQuery): Promise<FilmSummary[]>;
  /** What the catalog holds for a film (empty lists and nulls where nothing), or null for no such film. */
  filmCatalogFacts(filmId: number): Promise<FilmCatalogFacts | null>;
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
  /** For each ref, the stored films it may mean: those with its IMDb id, its title or an alias equal to its title. */
  filmCandidates(refs: readonly FilmRef[]): Promise<CandidateFilm[][]>;
  /** Keeps documents on the held list, in one transaction; a document held before is reported, not held twice. */
  holdDocuments(items: readonly HoldRequest[]): Promise<HoldResult[]>;
  /** Held documents in the order they were held, all statuses unless one is asked for. */
  heldDocuments(options?: HeldListOptions): Promise<HeldDocument[]>;
  heldCount(status: HeldStatus): Promise<number>;
  /** The outlets an editor blocked, by name key (store/name-key.ts), with the reason: ingest holds their reviews. */
  blockedOutlets(): Promise<Map<string, string>>;
  heldDocument(id: number): Promise<HeldDocument | null>;
  /** Marks a still-held document released (with its review) or dismissed; false when it was not held. */
  resolveHeld(id: number, outcome: { status: 'released' | 'dismissed'; reviewId?: number }): Promise<boolean>;
  /**
   * Writes catalog entries onto the films they describe, in one transaction; results are in input order. An entry
   * that cannot be written (its id already names another film, or is given twice) is rejected and the rest land.
   * Re-importing the same entries changes nothing. Never creates or changes a review.
   */
  importCatalog(entries: readonly CatalogEntry[]): Promise<CatalogRowResult[]>;
  close(): Promise<void>;
}
