/**
 * Finds, while a batch is saved, whether a review version's text is a near-duplicate (near-duplicate.ts) of a
 * current, non-duplicate review of the same film, and which one. Each film's reviews are sketched once per
 * process and kept in memory (a few hundred bytes a review), indexed by their smallest hashes, so an ingest
 * compares a handful of sketches, not texts; a pair whose sketches agree enough is confirmed on the two texts,
 * reading the stored one back.
 *
 * Like the film and name caches, the fingerprints are trusted only while this process is the only writer; the
 * store clears them when a transaction rolls back. The cache holds at most MAX_CACHED_FINGERPRINTS reviews, of the
 * films used most recently (beyond the batch in hand), so memory does not grow with the database: an export is
 * read film after film, and a film that comes back is sketched again from the store.
 */
import type { Kysely } from 'kysely';
import { CANDIDATE_ESTIMATE, DUPLICATE_JACCARD, estimatedSimilarity, fingerprint, shingleJaccard } from '../near-duplicate.ts';
import { chunked, LOOKUP_CHUNK, unique } from './bulk.ts';
import type { Tables } from './tables.ts';

/** How many of a text's smallest hashes it is indexed under. */
const BANDS = 6;

/** About a kilobyte each: the cache stays near 50 MB whatever the size of the database. */
export const MAX_CACHED_FINGERPRINTS = 50_000;

interface Entry {
  reviewId: number;
  /** The version whose text the signature is of (the current one, or one written earlier in this batch). */
  versionId: number;
  signature: Uint32Array;
}

export interface VersionRef {
  reviewId: number;
  versionId: number;
}

export interface DuplicateCheck {
  /** The review the version belongs to (null for a review not yet inserted): never its own duplicate. */
  reviewId: number | null;
  filmId: number;
  text: string;
}

export class DuplicateFinder {
  /** Per film: its current, non-duplicate, fingerprinted reviews, under each of their smallest hashes. */
  readonly #byFilm = new Map<number, Map<number, Entry[]>>();
  /** Each indexed review's film and entry, to take it out when a new version replaces it. */
  readonly #indexed = new Map<number, { filmId: number; entry: Entry }>();
  constructor(private readonly maxCached = MAX_CACHED_FINGERPRINTS) {}

  clear(): void {
    this.#byFilm.clear();
    this.#indexed.clear();
  }

  /** Reviews whose fingerprints are held now (for tests and benchmarks). */
  get cachedFingerprints(): number {
    return this.#indexed.size;
  }

  /** Loads the films of a batch that are not cached yet, in one query per chunk of films. */
  async load(db: Kysely<Tables>, filmIds: readonly number[]): Promise<void> {
    const wanted = unique(filmIds);
    // Map order is recency: films of this batch move to the end, so the oldest are evicted first.
    for (const id of wanted) {
      const buckets = this.#byFilm.get(id);
      if (buckets === undefined) continue;
      this.#byFilm.delete(id);
      this.#byFilm.set(id, buckets);
    }
    const missing = wanted.filter((id) => !this.#byFilm.has(id));
    for (const id of missing) this.#byFilm.set(id, new Map());
    for (const chunk of chunked(missing, LOOKUP_CHUNK)) {
      const rows = await db
        .selectFrom('reviews as r')
        .innerJoin('review_versions as v', 'v.id', 'r.current_version_id')
        .select(['r.id', 'r.film_id', 'v.id as version_id', 'v.text'])
        .where('r.film_id', 'in', chunk)
        .where('v.duplicate_of_review_id', 'is', null)
        .orderBy('r.id')
        .execute();
      for (const row of rows) {
        this.#add({ reviewId: row.id, versionId: row.version_id }, row.film_id, fingerprint(row.text).signature);
      }
    }
    this.#evictBeyond(new Set(wanted));
  }

  /** Drops the least recently used films, never one of the batch in hand, until the cache is within its bound. */
  #evictBeyond(keep: ReadonlySet<number>): void {
    for (const filmId of this.#byFilm.keys()) {
      if (this.#indexed.size <= this.maxCached) return;
      if (keep.has(filmId)) continue;
      const buckets = this.#byFilm.get(filmId);
      for (const bucket of buckets?.values() ?? []) for (const entry of bucket) this.#indexed.delete(entry.reviewId);
      this.#byFilm.delete(filmId);
    }
  }

  /**
   * The review whose text this one nearly duplicates (the earliest, if several), or null. Call load() for the
   * film first; then record() the version once it has an id, so later items of the batch see it.
   */
  async find(db: Kysely<Tables>, check: DuplicateCheck): Promise<{ original: number | null; signature: Uint32Array | null }> {
    const { signature } = fingerprint(check.text);
    if (signature === null) return { original: null, signature };
    const candidates = this.#candidates(check.filmId, signature).filter(
      (entry) => entry.reviewId !== check.reviewId && estimatedSimilarity(signature, entry.signature) >= CANDIDATE_ESTIMATE,
    );
    for (const entry of candidates.sort((a, b) => a.reviewId - b.reviewId)) {
      const stored = await versionText(db, entry.versionId);
      if (stored !== null && shingleJaccard(check.text, stored) >= DUPLICATE_JACCARD) return { original: entry.reviewId, signature };
    }
    return { original: null, signature };
  }

  /** Notes a review's new current version: indexed under its film unless it is a duplicate or too short. */
  record(version: VersionRef, filmId: number, signature: Uint32Array | null, duplicate: boolean): void {
    this.#remove(version.reviewId);
    if (!duplicate) this.#add(version, filmId, signature);
  }

  /**
   * Reviews of the film that share one of the text's smallest hashes. Two texts with Jaccard similarity J share
   * the smallest hash of their union with probability J, so with BANDS of them a pair at 0.8 is missed about
   * once in 15,000; a film's other reviews are never looked at.
   */
  #candidates(filmId: number, signature: Uint32Array): Entry[] {
    const buckets = this.#byFilm.get(filmId);
    const found = new Set<Entry>();
    for (const key of signature.subarray(0, BANDS)) for (const entry of buckets?.get(key) ?? []) found.add(entry);
    return [...found];
  }

  #add(version: VersionRef, filmId: number, signature: Uint32Array | null): void {
    const buckets = this.#byFilm.get(filmId);
    if (signature === null || buckets === undefined) return;
    const entry: Entry = { ...version, signature };
    for (const key of signature.subarray(0, BANDS)) {
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [entry]);
      else bucket.push(entry);
    }
    this.#indexed.set(version.reviewId, { filmId, entry });
  }

  #remove(reviewId: number): void {
    const indexed = this.#indexed.get(reviewId);
    if (indexed === undefined) return;
    const buckets = this.#byFilm.get(indexed.filmId);
    for (const key of indexed.entry.signature.subarray(0, BANDS)) {
      const bucket = buckets?.get(key) ?? [];
      const at = bucket.indexOf(indexed.entry);
      if (at !== -1) bucket.splice(at, 1);
      if (bucket.length === 0) buckets?.delete(key);
    }
    this.#indexed.delete(reviewId);
  }
}

async function versionText(db: Kysely<Tables>, versionId: number): Promise<string | null> {
  const row = await db.selectFrom('review_versions').select('text').where('id', '=', versionId).executeTakeFirst();
  return row?.text ?? null;
}
