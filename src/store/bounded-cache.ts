/**
 * Keeping an adapter's in-memory caches (film ids, critic and outlet ids) from growing with the database: a Map's
 * insertion order serves as recency (a hit is re-inserted), and after each batch the oldest entries beyond the bound
 * are dropped, never one the batch in hand uses. A dropped entry is read from the database again when next needed.
 */

/** Moves an entry to the recent end, if present. */
export function touch<K, V>(map: Map<K, V>, key: K): void {
  const value = map.get(key);
  if (value === undefined) return;
  map.delete(key);
  map.set(key, value);
}

/** Drops the oldest entries not in `keep` until the map holds at most `max`. */
export function trimOldest<K, V>(map: Map<K, V>, max: number, keep: ReadonlySet<K> = new Set()): void {
  if (map.size <= max) return;
  for (const key of map.keys()) {
    if (map.size <= max) return;
    if (!keep.has(key)) map.delete(key);
  }
}
