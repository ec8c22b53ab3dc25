/**
 * `plaudit undo ENTRY`: reverses an audit entry by writing its before state back, as a new 'undo' entry that names
 * the one it undoes. Which writes that takes depends on what the entry changed, so each kind of change registers
 * its reverser here (registerUndo); the review corrections' are built in, and film, critic and outlet edits add
 * theirs. An undo's own undo is the reverser of the action it undid, so a redo is an undo too.
 */
import type { AuditAction, AuditEntry } from '../domain/audit.ts';
import { PlauditError } from '../domain/errors.ts';
import type { EditAuthor } from '../store/edit-port.ts';
import { reviewReversers } from './corrections/undo-review.ts';
import { editReversers } from './film-edits-undo.ts';
import type { UndoStore } from './corrections/correction-store.ts';

export type { UndoStore };

/**
 * Writes `entry`'s before state back and appends an 'undo' entry (undoes: entry.id) in one transaction; returns
 * its id. It refuses, with a PlauditError, when the target has changed since `entry` (the state is not entry.after).
 */
export type Reverser = (store: UndoStore, entry: AuditEntry, author: EditAuthor) => Promise<number>;

/** The action an entry's reverser is registered under: an undo's is the action of the entry it undid, followed back. */
type ReversibleAction = Exclude<AuditAction, 'undo'>;

const reversers = new Map<ReversibleAction, Reverser>([...Object.entries(reviewReversers), ...Object.entries(editReversers)] as [ReversibleAction, Reverser][]);

/** @example registerUndo('film.merge', (store, entry, author) => store.undoFilmMerge(entry, author)) */
export function registerUndo(action: ReversibleAction, reverser: Reverser): void {
  reversers.set(action, reverser);
}

export interface UndoResult {
  /** The new 'undo' entry. */
  undoId: number;
  /** The entry it reversed. */
  undone: AuditEntry;
}

export async function undoEntry(store: UndoStore, entryId: number, author: EditAuthor): Promise<UndoResult> {
  if (!Number.isInteger(entryId) || entryId <= 0) throw new PlauditError('invalid-argument', `"${entryId}" is not an audit entry id`);
  const entry = await store.auditEntry(entryId);
  if (entry === null) throw new PlauditError('not-found', `no audit entry has id ${entryId} (\`plaudit log\` lists them)`);
  if (entry.undoneBy !== null) {
    throw new PlauditError('invalid-argument', `entry ${entryId} was already undone by entry ${entry.undoneBy}`);
  }
  const action = await rootAction(store, entry);
  const reverser = reversers.get(action);
  if (reverser === undefined) throw new PlauditError('invalid-argument', `entry ${entryId} (${action}) cannot be undone with undo`);
  return { undoId: await reverser(store, entry, author), undone: entry };
}

async function rootAction(store: UndoStore, entry: AuditEntry): Promise<ReversibleAction> {
  let current = entry;
  // An undo chain is short (an undo, its redo…); the bound only guards against a damaged log.
  for (let step = 0; step < 1000; step += 1) {
    if (current.action !== 'undo') return current.action;
    const undid = current.undoes === undefined ? null : await store.auditEntry(current.undoes);
    if (undid === null) throw new PlauditError('internal', `undo entry ${current.id} names no entry it undoes`);
    current = undid;
  }
  throw new PlauditError('internal', `entry ${entry.id} is in an undo chain that does not end`);
}
