/**
 * The in-memory index behind near-duplicate detection (near-duplicate.ts), for any store adapter: each film's
 * current, non-duplicate reviews under their smallest hashes, so a new text is compared with a handful of sketches,
 * not with every review of its film. A pair whose sketches agree enough is confirmed on the two texts, which the
 * adapter reads back (`readText`). Bounded: at most `maxCached` reviews, of the films used most recently beyond the
 * ones in hand, so memory does not grow with the database. No I/O of its own.
 */
import { CANDIDATE_ESTIMATE, DUPLICATE_JACCARD, estimatedSimilarity, fingerprint, shingleJaccard } from './near-duplicate.ts';

/** How many of a text's smallest hashes it is indexed under. */
const BANDS = 6;

/** About a kilobyte each: the index stays near 50 MB whatever the size of the database. */
export const MAX_CACHED_FINGERPRINTS = 50_000;

export interface VersionRef {
  reviewId: number;
  versionId: number;
}

interface Entry extends VersionRef {
  /** The version whose text the signature is of (the current one, or one written earlier in this batch). */
  signature: Uint32Array;
}

export interface DuplicateCheck {
  /** The review the version belongs to (null for a review not yet inserted): never its own duplicate. */
  reviewId: number | null;
  filmId: number;
  text: string;
}

export class DuplicateIndex {
  /** Per film: its indexed reviews, under each of their smallest hashes. Map order is recency of use. */
  readonly #byFilm = new Map<number, Map<number, Entry[]>>();
  /** Each indexed review's film and entry, to take it out when a new version replaces it. */
  readonly #indexed = new Map<number, { filmId: number; entry: Entry }>();

  constructor(private readonly maxCached = MAX_CACHED_FINGERPRINTS) {}

  clear(): void {
    this.#byFilm.clear();
    this.#indexed.clear();
  }

  /** Reviews whose fingerprints are held now (for tests and benchmarks). */
  get size(): number {
    return this.#indexed.size;
  }

  /**
   * Marks these films as in use (most recent), and returns the ones not indexed yet: the adapter reads their
   * current, non-duplicate reviews and hands them to `addFilm`, then calls `evictBeyond` with the same films.
   */
  use(filmIds: readonly number[]): number[] {
    const missing: number[] = [];
    for (const id of new Set(filmIds)) {
      const buckets = this.#byFilm.get(id);
      if (buckets !== undefined) this.#byFilm.delete(id);
      else missing.push(id);
      this.#byFilm.set(id, buckets ?? new Map());
    }
    return missing;
  }

  /** A review read from the store for a film `use` reported missing. */
  addLoaded(filmId: number, version: VersionRef, text: string): void {
    this.#add(version, filmId, fingerprint(text).signature);
  }

  /** Drops the least recently used films, never one of `keep`, until the index is within its bound. */
  evictBeyond(keep: Iterable<number>): void {
    const kept = new Set(keep);
    for (const filmId of this.#byFilm.keys()) {
      if (this.#indexed.size <= this.maxCached) return;
      if (kept.has(filmId)) continue;
      const buckets = this.#byFilm.get(filmId);
      for (const bucket of buckets?.values() ?? []) for (const entry of bucket) this.#indexed.delete(entry.reviewId);
      this.#byFilm.delete(filmId);
    }
  }

  /**
   * The review whose text this one nearly duplicates (the earliest, if several), or null, with the text's
   * signature for `record`. The film must be in use; `readText` gives a stored version's text back.
   */
  async find(check: DuplicateCheck, readText: (versionId: number) => Promise<string | null>): Promise<{ original: number | null; signature: Uint32Array | null }> {
    const { signature } = fingerprint(check.text);
    if (signature === null) return { original: null, signature };
    const candidates = this.#candidates(check.filmId, signature).filter(
      (entry) => entry.reviewId !== check.reviewId && estimatedSimilarity(signature, entry.signature) >= CANDIDATE_ESTIMATE,
    );
    for (const entry of candidates.sort((a, b) => a.reviewId - b.reviewId)) {
      const stored = await readText(entry.versionId);
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
