/**
 * Near-duplicate detection while a batch is saved: the index and its rules are the store's
 * (../duplicate-index.ts, shared by every adapter); this reads a film's current, non-duplicate reviews into it when
 * the film is first used, and a stored version's text back when a candidate is confirmed.
 *
 * Like the film and name caches, the index is trusted only while this process is the only writer; the store clears
 * it when a transaction rolls back.
 */
import type { Kysely } from 'kysely';
import { DuplicateIndex, MAX_CACHED_FINGERPRINTS, type DuplicateCheck, type VersionRef } from '../duplicate-index.ts';
import { chunked, LOOKUP_CHUNK } from './bulk.ts';
import type { Tables } from './tables.ts';

export { MAX_CACHED_FINGERPRINTS, type DuplicateCheck, type VersionRef };

export class DuplicateFinder {
  readonly #index: DuplicateIndex;

  constructor(maxCached = MAX_CACHED_FINGERPRINTS) {
    this.#index = new DuplicateIndex(maxCached);
  }

  clear(): void {
    this.#index.clear();
  }

  /** Reviews whose fingerprints are held now (for tests and benchmarks). */
  get cachedFingerprints(): number {
    return this.#index.size;
  }

  /** Loads the films of a batch that are not indexed yet, in one query per chunk of films. */
  async load(db: Kysely<Tables>, filmIds: readonly number[]): Promise<void> {
    const missing = this.#index.use(filmIds);
    for (const chunk of chunked(missing, LOOKUP_CHUNK)) {
      const rows = await db
        .selectFrom('reviews as r')
        .innerJoin('review_versions as v', 'v.id', 'r.current_version_id')
        .select(['r.id', 'r.film_id', 'v.id as version_id', 'v.text'])
        .where('r.film_id', 'in', chunk)
        .where('v.duplicate_of_review_id', 'is', null)
        .orderBy('r.id')
        .execute();
      for (const row of rows) this.#index.addLoaded(row.film_id, { reviewId: row.id, versionId: row.version_id }, row.text);
    }
    this.#index.evictBeyond(filmIds);
  }

  /**
   * The review whose text this one nearly duplicates, or null (DuplicateIndex.find). Call load() for the film first.
   * `held` gives the text of a version this batch wrote but has not flushed yet (review-rows.ts).
   */
  find(
    db: Kysely<Tables>,
    check: DuplicateCheck,
    held: (versionId: number) => string | undefined = () => undefined,
  ): Promise<{ original: number | null; signature: Uint32Array | null }> {
    return this.#index.find(check, async (versionId) => {
      const pending = held(versionId);
      if (pending !== undefined) return pending;
      const row = await db.selectFrom('review_versions').select('text').where('id', '=', versionId).executeTakeFirst();
      return row?.text ?? null;
    });
  }

  /** Notes a review's new current version (DuplicateIndex.record). */
  record(version: VersionRef, filmId: number, signature: Uint32Array | null, duplicate: boolean): void {
    this.#index.record(version, filmId, signature, duplicate);
  }
}
