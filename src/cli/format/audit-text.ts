/** The audit log as text: one readable line per entry, with what changed as "field: before → after". */
import type { AuditEntry } from '../../domain/audit.ts';
import { describeEntry } from '../../domain/audit-changes.ts';

export function formatAuditLog(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return 'No editorial changes recorded.';
  return entries.map(formatAuditEntry).join('\n');
}

/** "#12 2026-12-04 11:02 cli:ann review.set review 3 (film 2) — sarcasm: verdict positive → negative [undone by #14]" */
export function formatAuditEntry(entry: AuditEntry): string {
  const when = entry.at.slice(0, 16).replace('T', ' ');
  const film = entry.filmId === null ? '' : ` (film ${entry.filmId})`;
  const action = entry.undoes === undefined ? entry.action : `undo of #${entry.undoes}`;
  const why = entry.reason === '' ? '' : ` — ${entry.reason}`;
  const changes = describeEntry(entry);
  const undone = entry.undoneBy === null ? '' : ` [undone by #${entry.undoneBy}]`;
  return `#${entry.id} ${when} ${entry.actor} ${action} ${entry.targetKind} ${entry.targetId}${film}${why}: ${changes}${undone}`;
}
