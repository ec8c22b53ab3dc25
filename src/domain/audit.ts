/**
 * The audit log: every editorial change as an entry saying who, when, what, why, and the state before and after,
 * so any change can be explained and reversed (`plaudit log`, `plaudit undo ENTRY`).
 */

/** What an entry changed. Each action's before/after shapes are the owning use case's (use-cases/corrections…). */
export type AuditAction =
  | 'review.set'
  | 'review.move'
  | 'review.remove'
  | 'review.restore'
  | 'film.merge'
  | 'film.edit'
  | 'critic.top'
  | 'outlet.block'
  | 'undo';

export type AuditTargetKind = 'review' | 'film' | 'critic' | 'outlet' | 'audit';

export interface AuditEntryInput {
  /** "cli:<os user>", "user:<name>", "token:<name>". */
  actor: string;
  action: AuditAction;
  targetKind: AuditTargetKind;
  targetId: number;
  /** The film the change concerns, for `plaudit log --film`; null when none does. */
  filmId: number | null;
  /** Why, in the editor's words (the --note or --reason); may be empty. */
  reason: string;
  /** The state the entry replaced and the state it made, as JSON-safe values. */
  before: unknown;
  after: unknown;
  /** For an undo: the entry it reversed. */
  undoes?: number;
}

export interface AuditEntry extends AuditEntryInput {
  id: number;
  /** ISO time. */
  at: string;
  /** The undo entry that reversed this one, if any. */
  undoneBy: number | null;
}
