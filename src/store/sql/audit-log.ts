/**
 * The audit log (SQLite and PostgreSQL): append an entry inside the caller's transaction (the change and its entry commit
 * together or not at all), read entries back, and mark one undone.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AuditAction, AuditEntry, AuditEntryInput, AuditTargetKind } from '../../domain/audit.ts';
import { isPostgres } from './sql-engine.ts';
import type { AuditLogTable, Tables } from './tables.ts';

export async function appendAudit(db: Kysely<Tables>, entry: AuditEntryInput, at: string): Promise<number> {
  const { id } = await db
    .insertInto('audit_log')
    .values({
      at,
      actor: entry.actor,
      action: entry.action,
      target_kind: entry.targetKind,
      target_id: entry.targetId,
      film_id: entry.filmId,
      reason: entry.reason,
      before: JSON.stringify(entry.before ?? null),
      after: JSON.stringify(entry.after ?? null),
      undoes: entry.undoes ?? null,
      undone_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (entry.undoes !== undefined) await db.updateTable('audit_log').set({ undone_by: id }).where('id', '=', entry.undoes).execute();
  return id;
}

export interface AuditQuery {
  filmId?: number;
  targetKind?: AuditTargetKind;
  targetId?: number;
  limit?: number;
}

/** Newest first. */
export async function readAudit(db: Kysely<Tables>, query: AuditQuery = {}): Promise<AuditEntry[]> {
  let select = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc');
  if (query.filmId !== undefined) {
    const filmId = query.filmId;
    // A move is filed under the film the review went to; the film it left finds it by the move's `before`.
    select = select.where((eb) =>
      eb.or([
        eb('film_id', '=', filmId),
        eb.and([
          eb('action', '=', 'review.move'),
          isPostgres(db)
            ? eb(sql<string>`cast(before as jsonb) ->> 'filmId'`, '=', String(filmId))
            : eb(sql<number>`json_extract(before, '$.filmId')`, '=', filmId),
        ]),
      ]),
    );
  }
  if (query.targetKind !== undefined) select = select.where('target_kind', '=', query.targetKind);
  if (query.targetId !== undefined) select = select.where('target_id', '=', query.targetId);
  if (query.limit !== undefined) select = select.limit(query.limit);
  return (await select.execute()).map(toEntry);
}

export async function auditEntry(db: Kysely<Tables>, id: number): Promise<AuditEntry | null> {
  const row = await db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toEntry(row);
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditAction,
    targetKind: row.target_kind as AuditTargetKind,
    targetId: row.target_id,
    filmId: row.film_id,
    reason: row.reason,
    before: JSON.parse(row.before) as unknown,
    after: JSON.parse(row.after) as unknown,
    ...(row.undoes === null ? {} : { undoes: row.undoes }),
    undoneBy: row.undone_by,
  };
}
