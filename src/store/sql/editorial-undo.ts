/**
 * Undoing a film edit, a top-critic mark or an outlet block, inside the caller's transaction with the 'undo'
 * entry. Each refuses when its target changed since the entry (the state is no longer the entry's after), so an
 * undo never overwrites a later change. Merges are undone in film-merge.ts.
 */
import type { Kysely, Updateable } from 'kysely';
import type { AuditEntry } from '../../domain/audit.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { EditAuthor } from '../edit-port.ts';
import { appendAudit } from './audit-log.ts';
import type { FilmsTable, Tables } from './tables.ts';

interface UndoRequest {
  entry: AuditEntry;
  author: EditAuthor;
  now: string;
}

export async function undoFilmEdit(db: Kysely<Tables>, { entry, author, now }: UndoRequest): Promise<number> {
  expectAction(entry, 'film.edit');
  const { addedAliasIds, ...before } = entry.before as Record<string, unknown> & { addedAliasIds: number[] };
  const { addedAliases: _added, ...after } = entry.after as Record<string, unknown> & { addedAliases: string[] };
  const film = await db.selectFrom('films').selectAll().where('id', '=', entry.targetId).executeTakeFirst();
  if (film === undefined) throw new PlauditError('not-found', `film ${entry.targetId} no longer exists`);
  for (const [column, value] of Object.entries(after)) {
    if (film[column as keyof typeof film] !== value) changedSince(entry, `its ${column}`);
  }
  if (Object.keys(before).length > 0) await db.updateTable('films').set(before as Updateable<FilmsTable>).where('id', '=', entry.targetId).execute();
  if (addedAliasIds.length > 0) await db.deleteFrom('film_aliases').where('id', 'in', addedAliasIds).execute();
  return appendUndo(db, { entry, author, now }, after, before);
}

export async function undoCriticTop(db: Kysely<Tables>, { entry, author, now }: UndoRequest): Promise<number> {
  expectAction(entry, 'critic.top');
  const { topCritic } = entry.before as { topCritic: boolean };
  const critic = await db.selectFrom('critics').select('top_critic').where('id', '=', entry.targetId).executeTakeFirst();
  if (critic === undefined) throw new PlauditError('not-found', `critic ${entry.targetId} no longer exists`);
  if ((critic.top_critic === 1) === topCritic) changedSince(entry, 'the mark');
  await db.updateTable('critics').set({ top_critic: topCritic ? 1 : 0 }).where('id', '=', entry.targetId).execute();
  return appendUndo(db, { entry, author, now }, entry.after, entry.before);
}

export async function undoOutletBlock(db: Kysely<Tables>, { entry, author, now }: UndoRequest): Promise<number> {
  expectAction(entry, 'outlet.block');
  const before = entry.before as { blockedReason: string | null; blockedAt: string | null };
  const after = entry.after as { blockedReason: string | null };
  const outlet = await db.selectFrom('outlets').select('blocked_reason').where('id', '=', entry.targetId).executeTakeFirst();
  if (outlet === undefined) throw new PlauditError('not-found', `outlet ${entry.targetId} no longer exists`);
  if (outlet.blocked_reason !== after.blockedReason) changedSince(entry, 'the block');
  await db.updateTable('outlets').set({ blocked_reason: before.blockedReason, blocked_at: before.blockedAt }).where('id', '=', entry.targetId).execute();
  return appendUndo(db, { entry, author, now }, entry.after, entry.before);
}

function expectAction(entry: AuditEntry, action: AuditEntry['action']): void {
  if (entry.action !== action) throw new PlauditError('invalid-argument', `entry ${entry.id} is a ${entry.action}, not a ${action}`);
  if (entry.undoneBy !== null) throw new PlauditError('invalid-argument', `entry ${entry.id} was already undone (by entry ${entry.undoneBy})`);
}

function changedSince(entry: AuditEntry, what: string): never {
  throw new PlauditError('invalid-argument', `cannot undo entry ${entry.id}: ${what} changed since; undo the later change first`);
}

function appendUndo(db: Kysely<Tables>, { entry, author, now }: UndoRequest, before: unknown, after: unknown): Promise<number> {
  return appendAudit(
    db,
    { actor: author.actor, action: 'undo', targetKind: entry.targetKind, targetId: entry.targetId, filmId: entry.filmId, reason: author.reason, before, after, undoes: entry.id },
    now,
  );
}
