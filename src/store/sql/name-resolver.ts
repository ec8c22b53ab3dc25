/**
 * Critic and outlet ids by name_key, cached in memory: a batch of 1,000 reviews names a few hundred critics and
 * most were seen in earlier batches. The cache is only trusted while this process is the only writer, and the
 * store clears it when a transaction rolls back (ids handed out inside it no longer exist).
 */
import type { Kysely } from 'kysely';
import { nameKey } from '../name-key.ts';
import { chunked, insertChunks, LOOKUP_CHUNK, unique } from './bulk.ts';
import { touch, trimOldest } from '../bounded-cache.ts';
import type { Tables } from './tables.ts';

/** Names whose ids are kept in memory, most recently used first out last: a few MB, whatever the database holds. */
export const MAX_CACHED_NAMES = 100_000;

export class NameResolver {
  readonly #table: 'critics' | 'outlets';
  readonly #max: number;
  readonly #ids = new Map<string, number>();
  /** nameKey() of each spelling seen: the same few thousand critics recur in every batch. */
  readonly #keys = new Map<string, string>();

  constructor(table: 'critics' | 'outlets', maxCached = MAX_CACHED_NAMES) {
    this.#table = table;
    this.#max = maxCached;
  }

  clear(): void {
    this.#ids.clear();
  }

  /** Names held now (for tests). */
  get cached(): number {
    return this.#ids.size;
  }

  #keyOf(name: string): string {
    let key = this.#keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      this.#keys.set(name, key);
    }
    return key;
  }

  /** The id of each name (inserting the missing ones), or null where there is no name. */
  async resolve(db: Kysely<Tables>, names: readonly (string | null | undefined)[]): Promise<(number | null)[]> {
    const keys = names.map((name) => (name ? this.#keyOf(name) : ''));
    const missing = unique(keys.filter((key) => key !== '' && !this.#ids.has(key)));
    if (missing.length > 0) await this.#loadOrInsert(db, missing, firstSpellings(names, keys));
    const ids = keys.map((key) => (key === '' ? null : (this.#ids.get(key) ?? null)));
    const inHand = new Set(keys);
    for (const key of inHand) touch(this.#ids, key);
    trimOldest(this.#ids, this.#max, inHand);
    trimOldest(this.#keys, this.#max, new Set(names.filter((name): name is string => Boolean(name))));
    return ids;
  }

  async #loadOrInsert(db: Kysely<Tables>, keys: string[], spellings: Map<string, string>): Promise<void> {
    for (const chunk of chunked(keys, LOOKUP_CHUNK)) {
      const rows = await db.selectFrom(this.#table).select(['id', 'name_key']).where('name_key', 'in', chunk).execute();
      for (const row of rows) this.#ids.set(row.name_key, row.id);
    }
    const absent = keys.filter((key) => !this.#ids.has(key));
    const rows = absent.map((key) => ({ name: spellings.get(key) ?? key, name_key: key }));
    for (const chunk of insertChunks(rows)) {
      const inserted = await db.insertInto(this.#table).values(chunk).returning(['id', 'name_key']).execute();
      for (const row of inserted) this.#ids.set(row.name_key, row.id);
    }
  }
}

/** The spelling to store for a new name: the first one in the batch, trimmed and with whitespace collapsed. */
function firstSpellings(names: readonly (string | null | undefined)[], keys: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>();
  names.forEach((name, index) => {
    const key = keys[index];
    if (name && key && !spellings.has(key)) spellings.set(key, name.replace(/\s+/g, ' ').trim());
  });
  return spellings;
}
