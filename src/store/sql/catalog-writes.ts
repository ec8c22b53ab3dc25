/**
 * Writes catalog entries onto films, one entry at a time inside the caller's transaction. Each entry is checked
 * against what is stored (and what earlier entries of the batch wrote) before anything is written, so a rejected
 * entry writes nothing and the rest of the batch still lands. Which film an entry describes: its key's film
 * (made when missing); else the film that has one of its ids; else the film of its title and year (the one
 * undated film of that title gets the year, as film-resolver.ts does); else a new film of that title and year.
 * Never touches reviews.
 */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CatalogEntry, CatalogRowResult } from '../../domain/catalog.ts';
import { catalogChanges, describeFilm, identityConflict, type CatalogPatch, type CatalogState } from '../../catalog/catalog-changes.ts';
import { filmKey, titleFilmKey } from '../film-key.ts';
import { nameKey } from '../name-key.ts';
import { filmCatalogFacts } from './film-lookup.ts';
import type { FilmsTable, Tables } from './tables.ts';

type FilmRow = Selectable<FilmsTable>;

type Found = { film: FilmRow; via: 'key' | 'id' | 'title' } | { reject: string } | null;

interface ImportContext {
  db: Kysely<Tables>;
  now: string;
  /** External ids written by earlier entries of this call, to say "given twice" rather than "already". */
  written: Set<string>;
}

export async function importCatalogEntries(db: Kysely<Tables>, entries: readonly CatalogEntry[], now: string): Promise<CatalogRowResult[]> {
  const ctx: ImportContext = { db, now, written: new Set() };
  const results: CatalogRowResult[] = [];
  for (const entry of entries) results.push(await importEntry(ctx, entry));
  return results;
}

async function importEntry(ctx: ImportContext, entry: CatalogEntry): Promise<CatalogRowResult> {
  const found = await findFilm(ctx, entry);
  if (found !== null && 'reject' in found) return { status: 'rejected', reason: found.reject };
  const clash = await idClash(ctx, entry, found?.film.id ?? null);
  if (clash !== null) return { status: 'rejected', reason: clash };
  let film = found?.film;
  let created = false;
  if (film === undefined) {
    const title = entry.title?.replace(/\s+/g, ' ').trim();
    if (entry.key === undefined && title === undefined) {
      return { status: 'rejected', reason: `no stored film has ${idList(entry)}, and the row has no title or key to make one` };
    }
    film = await ctx.db
      .insertInto('films')
      .values({
        key: filmKey({ ...(entry.key !== undefined ? { key: entry.key } : {}), ...(title !== undefined ? { title } : {}), ...(entry.year !== undefined ? { year: entry.year } : {}) }),
        title: title ?? null,
        title_key: title === undefined ? null : nameKey(title),
        year: entry.year ?? null,
        created_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    created = true;
  }
  const patch = catalogChanges(await catalogState(ctx.db, film), entry);
  for (const id of idKeys(entry)) ctx.written.add(id);
  if (Object.keys(patch).length === 0) return { status: created ? 'created' : 'unchanged', filmId: film.id };
  await writePatch(ctx, film, patch);
  return { status: created ? 'created' : 'updated', filmId: film.id };
}

async function findFilm(ctx: ImportContext, entry: CatalogEntry): Promise<Found> {
  const { db } = ctx;
  if (entry.key !== undefined) {
    const film = await db.selectFrom('films').selectAll().where('key', '=', filmKey({ key: entry.key })).executeTakeFirst();
    return film === undefined ? null : { film, via: 'key' };
  }
  const byId = await filmsWithIds(ctx, entry, null);
  if (byId.length > 1) return { reject: `its ids name different films: ${byId.map(describeFilm).join(' and ')}` };
  if (byId.length === 1) {
    const film = byId[0]!;
    const conflict = identityConflict(await catalogState(db, film), entry);
    return conflict === null ? { film, via: 'id' } : { reject: `${idList(entry)} is already ${describeFilm(film)}; ${conflict}` };
  }
  if (entry.title === undefined) return null;
  const titleKey = nameKey(entry.title);
  const films = await db.selectFrom('films').selectAll().where('title_key', '=', titleKey).orderBy('id').execute();
  const undated = films.filter((film) => film.year === null);
  const dated = films.filter((film) => film.year !== null);
  if (entry.year === undefined) {
    const match = undated[0] ?? (dated.length === 1 ? dated[0] : undefined);
    return match === undefined ? null : { film: match, via: 'title' };
  }
  const same = films.find((film) => film.year === entry.year);
  if (same !== undefined) return { film: same, via: 'title' };
  const only = films.length === 1 ? undated[0] : undefined;
  return only === undefined ? null : { film: only, via: 'title' };
}

/** An id of the entry that already names another film (any film, for a film still to be made), as a reason; null when none does. */
async function idClash(ctx: ImportContext, entry: CatalogEntry, filmId: number | null): Promise<string | null> {
  const others = await filmsWithIds(ctx, entry, filmId);
  const other = others[0];
  if (other === undefined) return null;
  const id = [entry.ids.imdb, entry.ids.tmdb, entry.ids.wikidata].find(
    (value) => value !== undefined && [other.imdb_id, other.tmdb_id, other.wikidata_id].includes(value as never),
  );
  const label = id === undefined ? idList(entry) : typeof id === 'number' ? `TMDb id ${id}` : id;
  const twice = idKeys(entry).some((value) => ctx.written.has(value)) ? ' (given twice in this import)' : '';
  return `${label} is already ${describeFilm(other)}${twice}`;
}

async function filmsWithIds(ctx: ImportContext, entry: CatalogEntry, except: number | null): Promise<FilmRow[]> {
  const { imdb, tmdb, wikidata } = entry.ids;
  if (imdb === undefined && tmdb === undefined && wikidata === undefined) return [];
  let query = ctx.db
    .selectFrom('films')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(imdb !== undefined ? [eb('imdb_id', '=', imdb)] : []),
        ...(tmdb !== undefined ? [eb('tmdb_id', '=', tmdb)] : []),
        ...(wikidata !== undefined ? [eb('wikidata_id', '=', wikidata)] : []),
      ]),
    );
  if (except !== null) query = query.where('id', '!=', except);
  return query.orderBy('id').execute();
}

/** "tt0077651 / TMDb id 948": the entry's ids as a person reads them. */
function idList(entry: CatalogEntry): string {
  const tmdb = entry.ids.tmdb === undefined ? undefined : `TMDb id ${entry.ids.tmdb}`;
  return [entry.ids.imdb, tmdb, entry.ids.wikidata].filter((id) => id !== undefined).join(' / ');
}

/** The entry's ids as members of one set, whatever service gave them. */
function idKeys(entry: CatalogEntry): string[] {
  const tmdb = entry.ids.tmdb === undefined ? undefined : `tmdb:${entry.ids.tmdb}`;
  return [entry.ids.imdb, tmdb, entry.ids.wikidata].filter((id): id is string => id !== undefined);
}

async function writePatch(ctx: ImportContext, film: FilmRow, patch: CatalogPatch): Promise<void> {
  const title: string | null = patch.title ?? film.title;
  const year = patch.year !== undefined ? patch.year : film.year;
  const columns: Updateable<FilmsTable> = { catalog_updated_at: ctx.now };
  if (patch.title !== undefined && patch.title !== null) Object.assign(columns, { title: patch.title, title_key: nameKey(patch.title) });
  if (patch.year !== undefined) columns.year = patch.year;
  // A title-keyed film's key carries its year: dating it renames the key, as the film resolver does.
  if ((patch.title !== undefined || patch.year !== undefined) && film.key.startsWith('title:') && title !== null) {
    columns.key = titleFilmKey(nameKey(title), year);
  }
  if (patch.originalTitle !== undefined) columns.original_title = patch.originalTitle;
  if (patch.imdbId !== undefined) columns.imdb_id = patch.imdbId;
  if (patch.tmdbId !== undefined) columns.tmdb_id = patch.tmdbId;
  if (patch.wikidataId !== undefined) columns.wikidata_id = patch.wikidataId;
  if (patch.directors !== undefined) columns.directors = JSON.stringify(patch.directors);
  if (patch.runtimeMinutes !== undefined) columns.runtime_minutes = patch.runtimeMinutes;
  if (patch.genres !== undefined) columns.genres = JSON.stringify(patch.genres);
  if (patch.mpaaRating !== undefined) columns.mpaa_rating = patch.mpaaRating;
  if (patch.releaseDate !== undefined) columns.release_date = patch.releaseDate;
  if (patch.synopsis !== undefined) columns.synopsis = patch.synopsis;
  await ctx.db.updateTable('films').set(columns).where('id', '=', film.id).execute();
  if (patch.aliases !== undefined) {
    await ctx.db.deleteFrom('film_aliases').where('film_id', '=', film.id).execute();
    // Two spellings of one alias (same key) are one alias: the first is kept.
    const seen = new Set<string>();
    const rows = patch.aliases.flatMap((alias) => {
      const key = nameKey(alias);
      if (key === '' || seen.has(key)) return [];
      seen.add(key);
      return [{ film_id: film.id, alias, alias_key: key }];
    });
    if (rows.length > 0) await ctx.db.insertInto('film_aliases').values(rows).execute();
  }
}

async function catalogState(db: Kysely<Tables>, film: FilmRow): Promise<CatalogState> {
  const facts = await filmCatalogFacts(db, film.id);
  if (facts === null) throw new Error(`film ${film.id} vanished during the import`);
  return { title: film.title, year: film.year, ...facts };
}
