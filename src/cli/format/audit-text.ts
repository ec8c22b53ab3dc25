/** The audit log as text: one readable line per entry, with what changed as "field: before → after". */
import type { AuditEntry } from '../../domain/audit.ts';

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
  const changes = describeChanges(entry.before, entry.after);
  const undone = entry.undoneBy === null ? '' : ` [undone by #${entry.undoneBy}]`;
  return `#${entry.id} ${when} ${entry.actor} ${action} ${entry.targetKind} ${entry.targetId}${film}${why}: ${changes}${undone}`;
}

/** The fields whose values differ, one level into nested objects ({correction: {...}} reads as its fields). */
export function describeChanges(before: unknown, after: unknown): string {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'version');
  const changed = keys.filter((key) => JSON.stringify(unset(a[key])) !== JSON.stringify(unset(b[key])));
  if (changed.length === 0) return 'no change';
  return changed.map((key) => `${key} ${show(a[key])} → ${show(b[key])}`).join(', ');
}

function flatten(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value === null ? {} : { value };
  const flat: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const [innerKey, innerValue] of Object.entries(inner)) flat[innerKey] = innerValue;
    } else if (inner === null && key === 'correction') {
      // No correction: every field unset, so a first correction reads "verdict none → negative".
    } else {
      flat[key] = inner;
    }
  }
  return flat;
}

/** Absent, empty and false all read as "none": a first correction's removed flag was never set, not changed. */
function unset(value: unknown): unknown {
  return value === undefined || value === '' || value === false ? null : value;
}

function show(value: unknown): string {
  if (unset(value) === null) return 'none';
  if (value === true) return 'yes';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
