/**
 * The reversers of the editorial changes (film merge and edit, top-critic mark, outlet block) for undo.ts's
 * registry. The store checks each entry still describes the current state and writes the undo entry.
 */
import type { AuditAction } from '../domain/audit.ts';
import type { EditStore } from '../store/edit-port.ts';

type Reverse = (store: Pick<EditStore, 'undoFilmMerge' | 'undoEdit'>, ...rest: Parameters<EditStore['undoEdit']>) => Promise<number>;

export const editReversers: Partial<Record<Exclude<AuditAction, 'undo'>, Reverse>> = {
  'film.merge': (store, entry, author) => store.undoFilmMerge(entry, author),
  'film.edit': (store, entry, author) => store.undoEdit(entry, author),
  'critic.top': (store, entry, author) => store.undoEdit(entry, author),
  'outlet.block': (store, entry, author) => store.undoEdit(entry, author),
};
