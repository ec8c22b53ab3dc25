/**
 * The write side of saveReviews, run inside the store's transaction. It coordinates, in this order: finding the
 * documents already stored (one lookup by content hash for the batch), resolving films, critics and outlets
 * (bulk, cached), finding the reviews the batch extends (one lookup by source key), then writing each fresh
 * item's document, review, version (marked when its text nearly duplicates another review of the film, see
 * duplicate-finder.ts), dropped lines and film facts with precompiled statements, and finally pointing each
 * touched review at its newest version.
 *
 * Items of one batch see each other: a repeated hash is 'unchanged', a repeated source key is a new version of
 * the review it may extend (source-identity.ts), and otherwise a review of its own with the conflict reported.
 */
import { sql, type Kysely } from 'kysely';
import type { ProcessedReview, SaveResult, SaveStatus, SourceKeyConflict } from '../port.ts';
import { conflictReason, type ReviewOwner } from '../source-identity.ts';
import { chunked, LOOKUP_CHUNK, unique } from './bulk.ts';
import type { CompiledWrites } from './compiled-writes.ts';
import type { DuplicateFinder } from './duplicate-finder.ts';
import type { FilmResolver } from './film-resolver.ts';
import type { NameResolver } from './name-resolver.ts';
import { documentColumns } from './document-row.ts';
import { reviewRows } from './review-rows.ts';
import type { Tables } from './tables.ts';
import { droppedLineRows, factRows, versionRow } from './version-row.ts';

export interface SaveContext {
  /** Bound to the connection that holds the transaction. */
  db: Kysely<Tables>;
  writes: CompiledWrites;
  films: FilmResolver;
  critics: NameResolver;
  outlets: NameResolver;
  duplicates: DuplicateFinder;
  /** ISO timestamp written to created_at / ingested_at. */
  now: string;
  /** Filled with every film the batch adds a review to or moves one away from (handed to the store's FilmsChangedHook). */
  touchedFilms: Set<number>;
}

/** The review a fresh item lands on; shared by the items of one batch that extend the same review. */
interface ReviewSlot extends ReviewOwner {
  /** Null until the review row is inserted. */
  id: number | null;
  /** Unique among reviews: the identity key, suffixed when another review already has it. */
  sourceKey: string;
  lastVersion: number;
  currentVersionId: number | null;
}

interface Fresh {
  index: number;
  item: ProcessedReview;
  status: SaveStatus;
  slot: ReviewSlot;
  version: number;
  filmId: number;
  criticId: number | null;
  outletId: number | null;
  /** The review that already held the key, when this item could not extend it; its id is known once written. */
  conflict?: { with: ReviewSlot; reason: string };
}

export async function saveBatch(ctx: SaveContext, items: readonly ProcessedReview[]): Promise<SaveResult[]> {
  const stored = await findStoredDocuments(
    ctx.db,
    items.map((item) => item.document.contentHash),
  );
  const results: SaveResult[] = new Array(items.length);
  const firstOfHash = new Map<string, number>();
  const freshIndexes: number[] = [];
  const repeats: Array<{ index: number; of: number }> = [];
  items.forEach((item, index) => {
    const hash = item.document.contentHash;
    const known = stored.get(hash);
    const first = firstOfHash.get(hash);
    if (known !== undefined) results[index] = { sourceName: item.document.sourceName, status: 'unchanged', ...known };
    else if (first !== undefined) repeats.push({ index, of: first });
    else {
      firstOfHash.set(hash, index);
      freshIndexes.push(index);
    }
  });
  if (freshIndexes.length > 0) {
    for (const fresh of await writeFresh(ctx, items, freshIndexes)) {
      const { sourceName } = fresh.item.document;
      results[fresh.index] = {
        sourceName,
        status: fresh.status,
        reviewId: fresh.slot.id as number,
        filmId: fresh.filmId,
        ...(fresh.conflict ? { conflict: conflictOf(fresh.conflict) } : {}),
      };
    }
  }
  for (const { index, of } of repeats) {
    const first = results[of] as SaveResult;
    results[index] = {
      ...first,
      sourceName: (items[index] as ProcessedReview).document.sourceName,
      status: 'unchanged',
    };
  }
  return results;
}

async function writeFresh(ctx: SaveContext, items: readonly ProcessedReview[], indexes: number[]): Promise<Fresh[]> {
  const fresh = await planFresh(ctx, items, indexes);
  const { db, now } = ctx;
  const rows = reviewRows(db, ctx.writes);
  const newReviews = unique(fresh.map((entry) => entry.slot)).filter((slot) => slot.id === null).length;
  await rows.reserve({ documents: fresh.length, reviews: newReviews, versions: fresh.length });
  await ctx.duplicates.load(db, fresh.map((entry) => entry.filmId));
  for (const entry of fresh) {
    const { document } = entry.item;
    const documentId = await rows.document({ ...documentColumns(document), ingested_at: now });
    const { slot } = entry;
    slot.id ??= await rows.review({
      source_key: slot.sourceKey,
      identity_key: document.sourceKey,
      api_token_id: slot.apiTokenId,
      film_id: slot.filmId,
      current_version_id: null,
      created_at: now,
    });
    const text = entry.item.draft.text;
    const duplicate = await ctx.duplicates.find(db, { reviewId: slot.id, filmId: entry.filmId, text }, (id) => rows.heldText(id));
    const versionId = await rows.version(
      versionRow(entry.item, {
        reviewId: slot.id,
        duplicateOf: duplicate.original,
        version: entry.version,
        documentId,
        criticId: entry.criticId,
        outletId: entry.outletId,
        createdAt: now,
      }),
    );
    slot.currentVersionId = versionId;
    ctx.duplicates.record({ reviewId: slot.id, versionId }, entry.filmId, duplicate.signature, duplicate.original !== null);
    for (const line of droppedLineRows(entry.item, versionId)) await rows.droppedLine(line);
    for (const fact of factRows(entry.item, versionId)) await rows.fact(fact);
  }
  for (const slot of unique(fresh.map((entry) => entry.slot))) {
    await rows.point({ reviewId: slot.id as number, versionId: slot.currentVersionId as number, filmId: slot.filmId });
  }
  await rows.flush();
  return fresh;
}

/** Resolves ids and gives each fresh item its review slot and version number; writes only films and names. */
async function planFresh(ctx: SaveContext, items: readonly ProcessedReview[], indexes: number[]): Promise<Fresh[]> {
  const batch = indexes.map((index) => items[index] as ProcessedReview);
  const filmIds = await ctx.films.resolve(
    ctx.db,
    batch.map((item) => item.draft.film?.value ?? null),
    ctx.now,
  );
  const criticIds = await ctx.critics.resolve(
    ctx.db,
    batch.map((item) => item.draft.critic?.value),
  );
  const outletIds = await ctx.outlets.resolve(
    ctx.db,
    batch.map((item) => item.draft.outlet?.value),
  );
  const slots = await findReviews(
    ctx.db,
    batch.map((item) => item.document.sourceKey),
  );
  return batch.map((item, n): Fresh => {
    const ids = { filmId: filmIds[n] as number, criticId: criticIds[n] ?? null, outletId: outletIds[n] ?? null };
    const index = indexes[n] as number;
    const { sourceKey, addedBy, contentHash } = item.document;
    const next: ReviewOwner = { ...ids, apiTokenId: addedBy?.apiTokenId ?? null };
    const candidates = slots.get(sourceKey) ?? [];
    const reasons = candidates.map((candidate) => conflictReason(candidate, next));
    const extended = candidates.find((_, k) => reasons[k] === null);
    if (extended !== undefined) {
      extended.lastVersion += 1;
      // The next item of the batch with this key is judged against this version, as a later batch would be.
      extended.criticId = ids.criticId;
      extended.outletId = ids.outletId;
      // The review's own film: the one the text names, or the one an editor moved it to (source-identity.ts).
      ctx.touchedFilms.add(extended.filmId);
      return { index, item, status: 'new-version', slot: extended, version: extended.lastVersion, ...ids, filmId: extended.filmId };
    }
    ctx.touchedFilms.add(ids.filmId);
    // The key is free, or every review holding it is another's: this document starts a review of its own.
    const taken = candidates.length > 0;
    const created: ReviewSlot = {
      ...next,
      id: null,
      sourceKey: taken ? `${sourceKey}#${contentHash.slice(0, 16)}` : sourceKey,
      lastVersion: 1,
      currentVersionId: null,
    };
    slots.set(sourceKey, [...candidates, created]);
    const fresh: Fresh = { index, item, status: 'added', slot: created, version: 1, ...ids };
    if (taken) fresh.conflict = { with: candidates[0] as ReviewSlot, reason: reasons[0] as string };
    return fresh;
  });
}

function conflictOf(conflict: { with: ReviewSlot; reason: string }): SourceKeyConflict {
  return { reviewId: conflict.with.id as number, filmId: conflict.with.filmId, reason: conflict.reason };
}

async function findStoredDocuments(
  db: Kysely<Tables>,
  hashes: readonly string[],
): Promise<Map<string, { reviewId: number; filmId: number }>> {
  const found = new Map<string, { reviewId: number; filmId: number }>();
  for (const chunk of chunked(unique(hashes), LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('documents as d')
      .innerJoin('review_versions as v', 'v.document_id', 'd.id')
      .innerJoin('reviews as r', 'r.id', 'v.review_id')
      .select(['d.content_hash', 'r.id as review_id', 'r.film_id'])
      .where('d.content_hash', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.content_hash, { reviewId: row.review_id, filmId: row.film_id });
  }
  return found;
}

/** Every review each identity key already names, oldest first, with what decides whether a document may extend it. */
async function findReviews(db: Kysely<Tables>, identityKeys: readonly string[]): Promise<Map<string, ReviewSlot[]>> {
  const slots = new Map<string, ReviewSlot[]>();
  for (const chunk of chunked(unique(identityKeys), LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('reviews as r')
      .innerJoin('review_versions as cv', 'cv.id', 'r.current_version_id')
      .select(['r.id', 'r.source_key', 'r.identity_key', 'r.film_id', 'r.current_version_id', 'r.api_token_id'])
      .select(['cv.critic_id', 'cv.outlet_id'])
      // Moved by an editor (a review.move entry, undone or not): the film it is on was chosen by hand.
      .select(sql<number>`exists (select 1 from audit_log as a where a.target_kind = 'review' and a.target_id = r.id and a.action = 'review.move')`.as('film_set_by_editor'))
      .select((eb) =>
        eb.selectFrom('review_versions as v').whereRef('v.review_id', '=', 'r.id').select((sub) => sub.fn.max('v.version').as('n')).as('last_version'),
      )
      .where('r.identity_key', 'in', chunk)
      .orderBy('r.id')
      .execute();
    for (const row of rows) {
      const list = slots.get(row.identity_key) ?? [];
      list.push({
        id: row.id,
        sourceKey: row.source_key,
        lastVersion: Number(row.last_version),
        filmId: row.film_id,
        criticId: row.critic_id,
        outletId: row.outlet_id,
        apiTokenId: row.api_token_id,
        filmSetByEditor: Number(row.film_set_by_editor) === 1,
        currentVersionId: row.current_version_id,
      });
      slots.set(row.identity_key, list);
    }
  }
  return slots;
}
