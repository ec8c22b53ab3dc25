/**
 * What an audit entry changed, in words both faces print (the CLI's `plaudit log`, the web's log page):
 * "verdict positive → negative, score 71 → 30". Pure.
 */

import type { AuditEntry } from './audit.ts';

/**
 * What one entry changed. A merge records its bookkeeping (the ids it moved, so undo can move them back), which
 * reads as noise field by field; it is said in words instead. Every other action lists its changed fields.
 */
export function describeEntry(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): string {
  if (entry.action === 'film.merge') return describeMerge(entry.before, entry.after);
  return describeChanges(entry.before, entry.after);
}

function describeMerge(before: unknown, after: unknown): string {
  const state = { ...flatten(before), ...flatten(after) };
  const reviews = Array.isArray(state.movedReviewIds) ? state.movedReviewIds.length : null;
  const aliases = Array.isArray(state.addedAliases) ? state.addedAliases.filter((a): a is string => typeof a === 'string') : [];
  const parts = [`film ${show(state.fromFilmId)} merged into film ${show(state.intoFilmId)}`];
  if (reviews !== null) parts.push(`${reviews} review${reviews === 1 ? '' : 's'} moved`);
  if (aliases.length > 0) parts.push(`alias${aliases.length === 1 ? '' : 'es'} added: ${aliases.join(', ')}`);
  return parts.join('; ');
}

/** The fields whose values differ, one level into nested objects ({correction: {...}} reads as its fields). */
export function describeChanges(before: unknown, after: unknown): string {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'version');
  const changed = keys.filter((key) => JSON.stringify(unset(a[key])) !== JSON.stringify(unset(b[key])));
  if (changed.length === 0) return 'no change';
  return changed.map((key) => `${FIELD_WORDS[key] ?? key} ${show(a[key])} → ${show(b[key])}`).join(', ');
}

/** Stored field names that read badly to an editor. */
const FIELD_WORDS: Record<string, string> = { filmId: 'film', removedReason: 'removal reason', topCritic: 'top critic' };

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
