/** Review queries: the current version of each review joined with its document, critic and outlet. */
import { sql, type Kysely } from 'kysely';
import type { DropReason } from '../../domain/document.ts';
import type { DroppedLine, StoredReview } from '../../domain/film.ts';
import type { JudgementSource, Verdict } from '../../domain/verdict.ts';
import type { StoreCounts } from '../port.ts';
import { filmNotRedirected, outletNotBlocked } from './editorial-filters.ts';
import { reviewNotRemoved } from './review-corrections.ts';
import type { ReviewCorrection } from '../../domain/correction.ts';
import type { Tables } from './tables.ts';

/** allReviews reads this many rows per query, so an export streams in bounded memory. */
const PAGE_SIZE = 500;

/** Each review's current version (v) with its critic (c) and outlet (o), for a query to select from. */
export function currentVersions(db: Kysely<Tables>) {
  return db
    .selectFrom('reviews as r')
    .innerJoin('review_versions as v', 'v.id', 'r.current_version_id')
    .leftJoin('critics as c', 'c.id', 'v.critic_id')
    .leftJoin('outlets as o', 'o.id', 'v.outlet_id');
}

export function currentReviews(db: Kysely<Tables>) {
  return currentVersions(db)
    .innerJoin('documents as d', 'd.id', 'v.document_id')
    .leftJoin('review_corrections as rc', 'rc.review_id', 'r.id')
    .select([
      'r.id',
      'v.id as version_id',
      'v.version',
      'r.film_id',
      'v.document_id',
      'd.source_name',
      'r.source_key',
      'c.name as critic',
      'o.name as outlet',
      'v.published_at',
      'v.rating_raw',
      'v.rating_score',
      'v.verdict',
      'v.probability',
      'v.score',
      'v.verdict_source',
      'v.score_source',
      'v.text',
      'v.first_sentence',
      'v.top_critic',
      'c.top_critic as critic_top',
      'v.url',
      'v.evidence',
      'v.stage_versions',
      'v.duplicate_of_review_id',
      'v.alone_verdict',
      'v.alone_probability',
      'v.alone_score',
      'v.context_reviews',
      'v.language',
      'v.headline',
      'rc.verdict as corrected_verdict',
      'rc.score as corrected_score',
      'rc.note as correction_note',
      'rc.removed as correction_removed',
      'rc.removed_reason as correction_removed_reason',
      'rc.version as correction_version',
      'rc.actor as correction_actor',
      'rc.at as correction_at',
    ]);
}

export type ReviewRow = Awaited<ReturnType<ReturnType<typeof currentReviews>['executeTakeFirstOrThrow']>>;

export function toStoredReview(row: ReviewRow): StoredReview {
  return {
    id: row.id,
    versionId: row.version_id,
    version: row.version,
    filmId: row.film_id,
    documentId: row.document_id,
    sourceName: row.source_name,
    sourceKey: row.source_key,
    critic: row.critic,
    outlet: row.outlet,
    publishedAt: row.published_at,
    ratingRaw: row.rating_raw,
    ratingScore: row.rating_score,
    verdict: (row.corrected_verdict ?? row.verdict) as Verdict,
    probability: row.probability,
    score: row.corrected_score ?? row.score,
    verdictSource: row.corrected_verdict === null ? (row.verdict_source as JudgementSource) : 'editor',
    scoreSource: row.corrected_score === null ? (row.score_source as JudgementSource) : 'editor',
    text: row.text,
    firstSentence: row.first_sentence,
    // An editor's mark on the critic (010-film-edits.ts) counts every review by them as a top critic's.
    topCritic: row.top_critic === 1 || row.critic_top === 1,
    url: row.url,
    evidence: JSON.parse(row.evidence) as string[],
    stageVersions: JSON.parse(row.stage_versions) as Record<string, string>,
    duplicateOf: row.duplicate_of_review_id,
    language: row.language,
    headline: row.headline,
    // An editor's verdict left the pooled reading; the context columns may still hold the last one.
    readInContext:
      row.context_reviews === null || row.corrected_verdict !== null
        ? null
        : {
            reviews: row.context_reviews,
            alone: {
              verdict: (row.alone_verdict ?? row.verdict) as Verdict,
              probability: row.alone_probability ?? row.probability,
              score: row.alone_score ?? row.score,
            },
          },
    correction: toCorrection(row),
  };
}

function toCorrection(row: ReviewRow): ReviewCorrection | null {
  if (row.correction_version === null) return null;
  return {
    ...(row.corrected_verdict === null ? {} : { verdict: row.corrected_verdict as Verdict }),
    ...(row.corrected_score === null ? {} : { score: row.corrected_score }),
    note: row.correction_note ?? '',
    removed: row.correction_removed === 1,
    removedReason: row.correction_removed_reason,
    textChangedSince: row.version > row.correction_version,
    at: row.correction_at ?? '',
    actor: row.correction_actor ?? '',
  };
}

/** One review by id, removed or not (a removed review is still read by id, marked removed). */
export async function reviewById(db: Kysely<Tables>, id: number): Promise<StoredReview | null> {
  const row = await currentReviews(db).where('r.id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredReview(row);
}

/** Newest publication first, undated last, then review id. Dates are ISO strings, so text order is date order. */
export async function filmReviews(db: Kysely<Tables>, filmId: number): Promise<StoredReview[]> {
  const rows = await currentReviews(db)
    .where('r.film_id', '=', filmId)
    .where(outletNotBlocked())
    .where(reviewNotRemoved())
    .orderBy(sql`case when v.published_at is null then 1 else 0 end`)
    .orderBy('v.published_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map(toStoredReview);
}

/**
 * Pages by (film_id, id) instead of holding one cursor open: a cursor would keep SQLite's only connection busy,
 * so a consumer that queried the store inside its loop would wait forever.
 */
export async function* allReviews(db: Kysely<Tables>): AsyncGenerator<StoredReview> {
  let after: readonly [number, number] | null = null;
  for (;;) {
    const from: readonly [number, number] | null = after;
    const rows: ReviewRow[] = await currentReviews(db)
      .$if(from !== null, (query) =>
        query.where((eb) => eb(eb.refTuple('r.film_id', 'r.id'), '>', eb.tuple(from?.[0] ?? 0, from?.[1] ?? 0))),
      )
      // A removed review leaves the export too: what is exported is what the store counts.
      .where(reviewNotRemoved())
      .orderBy('r.film_id')
      .orderBy('r.id')
      .limit(PAGE_SIZE)
      .execute();
    for (const row of rows) yield toStoredReview(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_SIZE) return;
    after = [last.film_id, last.id];
  }
}

export async function droppedLines(db: Kysely<Tables>, versionId: number): Promise<DroppedLine[]> {
  const rows = await db
    .selectFrom('dropped_lines')
    .select(['text', 'reason'])
    .where('review_version_id', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ text: row.text, reason: row.reason as DropReason }));
}

export async function counts(db: Kysely<Tables>): Promise<StoreCounts> {
  const count = (table: keyof Tables) => db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  const row = await db
    .selectNoFrom([
      // A film merged into another is not a film of its own any more (its row stays, for its redirect).
      db.selectFrom('films as f').where(filmNotRedirected()).select((eb) => eb.fn.countAll<number>().as('n')).as('films'),
      count('reviews').as('reviews'),
      count('review_versions').as('review_versions'),
      count('documents').as('documents'),
      count('critics').as('critics'),
      count('outlets').as('outlets'),
      count('dropped_lines').as('dropped_lines'),
      count('review_facts').as('review_facts'),
      db
        .selectFrom('reviews as r')
        .innerJoin('review_versions as v', 'v.id', 'r.current_version_id')
        .where('v.duplicate_of_review_id', 'is not', null)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .as('duplicates'),
    ])
    .executeTakeFirstOrThrow();
  return {
    films: Number(row.films),
    reviews: Number(row.reviews),
    reviewVersions: Number(row.review_versions),
    documents: Number(row.documents),
    critics: Number(row.critics),
    outlets: Number(row.outlets),
    droppedLines: Number(row.dropped_lines),
    reviewFacts: Number(row.review_facts),
    duplicates: Number(row.duplicates),
  };
}
