/**
 * The held list in SQLite: documents the pipeline would not store as reviews, kept whole so that releasing one runs
 * it through the pipeline again. A document is held once (by content hash): holding it again reports where it is.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DocumentFormat, RawDocument, RecordFields } from '../../domain/document.ts';
import type { FilmCandidate, HeldDocument, HeldStatus, Hold, HoldCode } from '../../domain/held.ts';
import type { HeldListOptions, HoldRequest, HoldResult } from '../port.ts';
import { documentColumns } from './document-row.ts';
import type { HeldDocumentsTable, Tables } from './tables.ts';

export async function holdDocuments(db: Kysely<Tables>, items: readonly HoldRequest[], now: string): Promise<HoldResult[]> {
  const results: HoldResult[] = [];
  for (const { document, hold } of items) {
    const known = await db
      .selectFrom('held_documents')
      .select(['id', 'status'])
      .where('content_hash', '=', document.contentHash)
      .executeTakeFirst();
    if (known !== undefined) {
      results.push({ heldId: known.id, status: 'known', heldStatus: known.status as HeldStatus });
      continue;
    }
    const { id } = await db
      .insertInto('held_documents')
      .values({
        ...documentColumns(document),
        record: document.record === undefined ? null : JSON.stringify(document.record),
        film_hint: document.filmHint ?? null,
        api_token_id: document.addedBy?.apiTokenId ?? null,
        code: hold.code,
        reason: hold.reason,
        reasons: JSON.stringify(hold.reasons),
        candidates: JSON.stringify(hold.candidates),
        status: 'held',
        review_id: null,
        held_at: now,
        resolved_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    results.push({ heldId: id, status: 'held', heldStatus: 'held' });
  }
  return results;
}

export async function listHeld(db: Kysely<Tables>, options: HeldListOptions): Promise<HeldDocument[]> {
  let query = db.selectFrom('held_documents').selectAll().orderBy('id');
  if (options.status !== undefined) query = query.where('status', '=', options.status);
  if (options.limit !== undefined) query = query.limit(options.limit).offset(options.offset ?? 0);
  return (await query.execute()).map(toHeld);
}

export async function countHeld(db: Kysely<Tables>, status: HeldStatus): Promise<number> {
  const row = await db
    .selectFrom('held_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getHeld(db: Kysely<Tables>, id: number): Promise<HeldDocument | null> {
  const row = await db.selectFrom('held_documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toHeld(row);
}

/** Marks a held document released (with the review it became) or dismissed; only one still held changes. */
export async function resolveHeld(
  db: Kysely<Tables>,
  id: number,
  outcome: { status: 'released' | 'dismissed'; reviewId?: number },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('held_documents')
    .set({ status: outcome.status, review_id: outcome.reviewId ?? null, resolved_at: now })
    .where('id', '=', id)
    .where('status', '=', 'held')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toHeld(row: Selectable<HeldDocumentsTable>): HeldDocument {
  const document: RawDocument = {
    sourceName: row.source_name,
    sourceKey: row.source_key,
    format: row.format as DocumentFormat,
    content: row.content,
    contentHash: row.content_hash,
    byteLength: row.byte_length,
    ...(row.record === null ? {} : { record: JSON.parse(row.record) as RecordFields }),
    ...(row.film_hint === null ? {} : { filmHint: row.film_hint }),
    ...(row.api_token_id === null ? {} : { addedBy: { apiTokenId: row.api_token_id } }),
  };
  const hold: Hold = {
    code: row.code as HoldCode,
    reason: row.reason,
    reasons: JSON.parse(row.reasons) as string[],
    candidates: JSON.parse(row.candidates) as FilmCandidate[],
  };
  return {
    id: row.id,
    document,
    hold,
    status: row.status as HeldStatus,
    heldAt: row.held_at,
    resolvedAt: row.resolved_at,
    reviewId: row.review_id,
  };
}
