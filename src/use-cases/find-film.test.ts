/** The film-name rules against a real SQLite store, filled through the port as the pipeline fills it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlauditError } from '../domain/errors.ts';
import type { FilmRef } from '../domain/document.ts';
import { makeReview } from '../store/compliance/make-review.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { WebStore } from '../store/web-port.ts';
import { AmbiguousFilmError, findFilm, findFilmByTitle, lookUpFilm } from './find-film.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-find-film-'));
const path = join(dir, 'films.db');
let store: WebStore;
const ids = new Map<string, number>();

const FILMS: [string, FilmRef][] = [
  ['her', { title: 'Her Smell', year: 2018 }],
  ['keyed', { key: 'm/0814255' }],
  ['amelie', { title: 'Amélie', year: 2001 }],
  ['twin-2001', { title: 'Twin', year: 2001 }],
  ['twin-2002', { title: 'Twin', year: 2002 }],
  ['1917', { title: '1917', year: 2019 }],
  ['halloween-1978', { title: 'Halloween', year: 1978 }],
  ['halloween-2018', { title: 'Halloween', year: 2018 }],
];

beforeAll(async () => {
  store = await openSqliteStore({ path });
  for (const [name, film] of FILMS) {
    const [saved] = await store.saveReviews([makeReview({ sourceKey: name, film })]);
    ids.set(name, saved!.filmId);
  }
  // The catalog's ids and aliases, as `plaudit catalog import` writes them.
  const raw = new Database(path);
  raw.prepare('update films set imdb_id = ?, tmdb_id = ?, wikidata_id = ? where id = ?').run('tt0077651', 948, 'Q221103', ids.get('halloween-1978'));
  raw.prepare("insert into film_aliases (film_id, alias, alias_key) values (?, 'Le Fabuleux Destin', 'le fabuleux destin')").run(ids.get('amelie'));
  raw.close();
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const idOf = async (name: string) => (await findFilm(store, name)).id;

describe('findFilm', () => {
  it('finds a film by id, with or without its own slug after it', async () => {
    expect(await idOf(String(ids.get('her')))).toBe(ids.get('her'));
    expect(await idOf(`${ids.get('her')}-her-smell`)).toBe(ids.get('her'));
    // Another film's slug after the id is not this film's address.
    await expect(idOf(`${ids.get('her')}-twin`)).rejects.toThrow(/No film matches/);
  });

  it('finds a film by IMDb, TMDb and Wikidata id', async () => {
    for (const name of ['tt0077651', 'https://www.imdb.com/title/tt0077651/', 'tmdb:948', 'Q221103']) {
      expect(await idOf(name), name).toBe(ids.get('halloween-1978'));
    }
  });

  it('finds a film by its export key, as exported or as stored, and by its stored title key', async () => {
    expect(await idOf('m/0814255')).toBe(ids.get('keyed'));
    expect(await idOf('key:m/0814255')).toBe(ids.get('keyed'));
    expect(await idOf('title:her smell:2018')).toBe(ids.get('her'));
  });

  it('finds a film by "Title (Year)", by title in any case and accent, by alias and by slug', async () => {
    expect(await idOf('Halloween (1978)')).toBe(ids.get('halloween-1978'));
    expect(await idOf('halloween (2018)')).toBe(ids.get('halloween-2018'));
    expect(await idOf('HER SMELL')).toBe(ids.get('her'));
    expect(await idOf('amelie')).toBe(ids.get('amelie'));
    expect(await idOf('le fabuleux destin')).toBe(ids.get('amelie'));
    expect(await idOf('her-smell')).toBe(ids.get('her'));
  });

  it('finds a title made of digits when no film has that id', async () => {
    expect(await idOf('1917')).toBe(ids.get('1917'));
  });

  it('refuses a title two films share, listing each with a name that opens it alone', async () => {
    const error = await findFilm(store, 'halloween').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AmbiguousFilmError);
    const ambiguous = error as AmbiguousFilmError;
    expect(ambiguous.code).toBe('ambiguous');
    expect(ambiguous.candidates.map((c) => c.name)).toEqual(['Halloween (1978)', 'Halloween (2018)']);
    expect(ambiguous.message).toBe(
      `"halloween" names 2 films: Halloween (1978) — "Halloween (1978)" or id ${ids.get('halloween-1978')}; Halloween (2018) — "Halloween (2018)" or id ${ids.get('halloween-2018')}.`,
    );
    for (const candidate of ambiguous.candidates) expect(await idOf(candidate.name)).toBe(candidate.film.id);
  });

  it('lists the id where "Title (Year)" does not open the film alone', async () => {
    await store.saveReviews([makeReview({ sourceKey: 'twin-2001-again', film: { key: 'twin-remake' } })]);
    const raw = new Database(path);
    raw.prepare("insert into film_aliases (film_id, alias, alias_key) select id, 'Twin', 'twin' from films where key = 'key:twin-remake'").run();
    raw.prepare("update films set year = 2001 where key = 'key:twin-remake'").run();
    raw.close();
    const lookup = await lookUpFilm(store, 'Twin');
    expect(lookup.kind).toBe('ambiguous');
    if (lookup.kind !== 'ambiguous') return;
    expect(lookup.total).toBe(3);
    const twin2001 = lookup.candidates.find((c) => c.film.id === ids.get('twin-2001'))!;
    expect(twin2001.name).toBe(String(ids.get('twin-2001')));
    expect(lookup.candidates.find((c) => c.film.id === ids.get('twin-2002'))!.name).toBe('Twin (2002)');
  });

  it('says nothing matches, naming similar titles and the words the face gives', async () => {
    await expect(findFilm(store, 'Hallow', { listHint: '`plaudit films` lists them' })).rejects.toThrow(
      /^No film matches "Hallow" exactly\. Similar titles: Halloween \(1978\) — "Halloween \(1978\)"; Halloween \(2018\) — "Halloween \(2018\)"\. `plaudit films` lists them\.$/,
    );
    for (const name of ['no such film', '', '   ', '99999', 'x'.repeat(400)]) {
      const error = await findFilm(store, name).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(PlauditError);
      expect((error as PlauditError).code, name).toBe('not-found');
    }
  });
});

describe('findFilmByTitle', () => {
  it('finds by title and year only, never by id or slug', async () => {
    expect((await findFilmByTitle(store, 'Halloween', 1978)).map((f) => f.id)).toEqual([ids.get('halloween-1978')]);
    expect(await findFilmByTitle(store, 'Halloween')).toHaveLength(2);
    expect(await findFilmByTitle(store, String(ids.get('her')))).toEqual([]);
    expect(await findFilmByTitle(store, 'her-smell')).toEqual([]);
  });
});
