/**
 * Batch helpers: lookups for a whole batch (`where x in (...)`) and the multi-row inserts of new films, critics
 * and outlets, chunked so each statement stays under SQLite's limit on bound parameters.
 */

/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32,766; keep a margin. */
const MAX_PARAMETERS = 30_000;

/** Lists for `in (...)` are chunked too, which also keeps the statements small enough to prepare quickly. */
export const LOOKUP_CHUNK = 5_000;

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Rows per multi-row INSERT for a table with this many columns. */
export function rowsPerInsert(columns: number): number {
  return Math.max(1, Math.floor(MAX_PARAMETERS / columns));
}

/** Chunks a list of rows for multi-row INSERTs, sized by the widest row's column count. */
export function insertChunks<T extends object>(rows: readonly T[]): T[][] {
  const first = rows[0];
  if (first === undefined) return [];
  return chunked(rows, rowsPerInsert(Object.keys(first).length));
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
