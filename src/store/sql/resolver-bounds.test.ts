/**
 * The film and name caches stay within their bound whatever the database holds, and a film or name the cache
 * forgot is read back from the database with the same id, never inserted twice.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FilmResolver } from './film-resolver.ts';
import { NameResolver } from './name-resolver.ts';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import type { Tables } from './tables.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-resolver-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function database(name: string): Promise<Kysely<Tables>> {
  const path = join(dir, name);
  await (await openSqliteStore({ path })).close();
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(path) }) });
}

describe('bounded resolver caches', () => {
  it('forgets the least recently used films beyond the bound and reads a forgotten one back with its id', async () => {
    const db = await database('films.db');
    try {
      const films = new FilmResolver(2);
      const now = new Date().toISOString();
      const [alpha] = await films.resolve(db, [{ key: 'rt:alpha', title: 'Alpha' }], now);
      for (const key of ['beta', 'gamma', 'delta']) await films.resolve(db, [{ key: `rt:${key}`, title: key }, { title: `${key} by title` }], now);
      expect(films.cached).toBeLessThanOrEqual(4);
      expect(await films.resolve(db, [{ key: 'rt:alpha', title: 'Alpha' }], now)).toEqual([alpha]);
      const count = await db.selectFrom('films').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(7);
    } finally {
      await db.destroy();
    }
  });

  it('keeps at most the bound of critics, and a forgotten critic keeps its id', async () => {
    const db = await database('names.db');
    try {
      const critics = new NameResolver('critics', 2);
      const [ann] = await critics.resolve(db, ['Ann Hornaday']);
      await critics.resolve(db, ['Manohla Dargis', 'A. O. Scott']);
      await critics.resolve(db, ['Wesley Morris']);
      expect(critics.cached).toBeLessThanOrEqual(2);
      expect(await critics.resolve(db, ['ann hornaday'])).toEqual([ann]);
      const count = await db.selectFrom('critics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(4);
    } finally {
      await db.destroy();
    }
  });
});
