/**
 * Film ids for a batch of film refs, inserting and upgrading films as needed, with an in-memory cache.
 *
 * Matching rules beyond filmKey(): a title without a year takes the one dated film of that title when there is
 * exactly one; a title with a year dates the undated film of that title when it is the only film of that title
 * (with dated siblings the undated film stays ambiguous, e.g. remakes, and the dated ref gets its own film).
 * Decisions are made in memory in input order, so refs within one batch see each other; then new films are
 * inserted in one statement and upgraded films updated one by one (rare).
 *
 * The cache is trusted only while this process is the only writer; the store clears it on rollback.
 */
import type { Kysely } from 'kysely';
import type { FilmRef } from '../../domain/document.ts';
import { filmKey, filmTitleKey, filmYear, titleFilmKey, UNKNOWN_FILM_KEY } from '../film-key.ts';
import { touch, trimOldest } from '../bounded-cache.ts';
import { chunked, insertChunks, LOOKUP_CHUNK, unique } from './bulk.ts';
import type { Tables } from './tables.ts';

interface FilmRow {
  /** Null until the row is inserted at the end of resolve(). */
  id: number | null;
  key: string;
  /** The key the row has in the database (null before insert): an update only applies if it is still so. */
  storedKey: string | null;
  title: string | null;
  titleKey: string | null;
  year: number | null;
}

type Wanted =
  /** A film already decided on (by an editor, or by the film matcher): it must exist. */
  | { kind: 'id'; id: number }
  | { kind: 'key'; key: string; title: string | null; titleKey: string | null; year: number | null }
  | { kind: 'title'; title: string; titleKey: string; year: number | null };

interface Changes {
  created: FilmRow[];
  updated: Set<FilmRow>;
}

/** Film keys and title keys kept in memory each; beyond it the least recently used are read again when needed. */
export const MAX_CACHED_FILMS = 100_000;

export class FilmResolver {
  readonly #max: number;
  /** Films found by their whole key: export-keyed films and the unknown film. */
  readonly #byKey = new Map<string, FilmRow>();
  /** Every title-keyed film of a title key; once a title key is present its list is complete. */
  readonly #byTitle = new Map<string, FilmRow[]>();

  constructor(maxCached = MAX_CACHED_FILMS) {
    this.#max = maxCached;
  }

  clear(): void {
    this.#byKey.clear();
    this.#byTitle.clear();
  }

  /** Film keys and title keys held now (for tests). */
  get cached(): number {
    return this.#byKey.size + this.#byTitle.size;
  }

  async resolve(db: Kysely<Tables>, refs: readonly (FilmRef | null)[], now: string): Promise<number[]> {
    const wanted = refs.map(describe);
    await this.#load(db, wanted);
    await assertFilmsExist(db, wanted.flatMap((want) => (want.kind === 'id' ? [want.id] : [])));
    const changes: Changes = { created: [], updated: new Set() };
    const ids = wanted.map((want) => {
      if (want.kind === 'id') return want.id;
      return (want.kind === 'key' ? this.#pickByKey(want, changes) : this.#pickByTitle(want, changes)) as FilmRow;
    });
    await writeChanges(db, changes, now);
    // Written, so every row in hand has its id: the cache may now forget what this batch did not use.
    const keys = new Set(wanted.flatMap((want) => (want.kind === 'key' ? [want.key] : [])));
    const titles = new Set(wanted.flatMap((want) => (want.kind === 'title' ? [want.titleKey] : [])));
    for (const key of keys) touch(this.#byKey, key);
    for (const title of titles) touch(this.#byTitle, title);
    trimOldest(this.#byKey, this.#max, keys);
    trimOldest(this.#byTitle, this.#max, titles);
    return followMerges(db, ids.map((id) => (typeof id === 'number' ? id : (id.id as number))));
  }

  async #load(db: Kysely<Tables>, wanted: readonly Wanted[]): Promise<void> {
    const keys = unique(
      wanted.flatMap((want) => (want.kind === 'key' && !this.#byKey.has(want.key) ? [want.key] : [])),
    );
    for (const chunk of chunked(keys, LOOKUP_CHUNK)) {
      const rows = await db.selectFrom('films').selectAll().where('key', 'in', chunk).execute();
      for (const row of rows) this.#byKey.set(row.key, toFilmRow(row));
    }
    const titles = unique(
      wanted.flatMap((want) => (want.kind === 'title' && !this.#byTitle.has(want.titleKey) ? [want.titleKey] : [])),
    );
    for (const title of titles) this.#byTitle.set(title, []);
    for (const chunk of chunked(titles, LOOKUP_CHUNK)) {
      const rows = await db
        .selectFrom('films')
        .selectAll()
        .where('title_key', 'in', chunk)
        .where('key', 'like', 'title:%')
        .execute();
      for (const row of rows) this.#byTitle.get(row.title_key as string)?.push(toFilmRow(row));
    }
  }

  #pickByKey(want: Extract<Wanted, { kind: 'key' }>, changes: Changes): FilmRow {
    const found = this.#byKey.get(want.key);
    if (found === undefined) {
      const row: FilmRow = {
        id: null,
        key: want.key,
        storedKey: null,
        title: want.title,
        titleKey: want.titleKey,
        year: want.year,
      };
      this.#byKey.set(want.key, row);
      changes.created.push(row);
      return row;
    }
    // An export key may arrive first without a title (RT's critic file) and later with one.
    if (found.title === null && want.title !== null) {
      found.title = want.title;
      found.titleKey = want.titleKey;
      found.year = found.year ?? want.year;
      changes.updated.add(found);
    }
    return found;
  }

  #pickByTitle(want: Extract<Wanted, { kind: 'title' }>, changes: Changes): FilmRow {
    const films = this.#byTitle.get(want.titleKey) ?? [];
    this.#byTitle.set(want.titleKey, films);
    const undated = films.find((film) => film.year === null);
    if (want.year === null) {
      const dated = films.filter((film) => film.year !== null);
      const match = undated ?? (dated.length === 1 ? dated[0] : undefined);
      if (match !== undefined) return match;
    } else {
      const same = films.find((film) => film.year === want.year);
      if (same !== undefined) return same;
      if (undated !== undefined && films.length === 1) {
        undated.year = want.year;
        undated.key = titleFilmKey(want.titleKey, want.year);
        changes.updated.add(undated);
        return undated;
      }
    }
    const row: FilmRow = {
      id: null,
      key: titleFilmKey(want.titleKey, want.year),
      storedKey: null,
      title: want.title,
      titleKey: want.titleKey,
      year: want.year,
    };
    films.push(row);
    changes.created.push(row);
    return row;
  }
}

function describe(ref: FilmRef | null): Wanted {
  if (ref?.filmId !== undefined) return { kind: 'id', id: ref.filmId };
  const key = ref === null ? UNKNOWN_FILM_KEY : filmKey(ref);
  const titleKey = ref === null ? null : filmTitleKey(ref);
  const title = titleKey === null ? null : (ref?.title?.replace(/\s+/g, ' ').trim() ?? null);
  const year = ref === null ? null : filmYear(ref);
  if (key.startsWith('title:') && title !== null && titleKey !== null) return { kind: 'title', title, titleKey, year };
  return { kind: 'key', key, title, titleKey, year };
}

async function assertFilmsExist(db: Kysely<Tables>, ids: readonly number[]): Promise<void> {
  for (const chunk of chunked(unique(ids), LOOKUP_CHUNK)) {
    const found = await db.selectFrom('films').select('id').where('id', 'in', chunk).execute();
    const missing = chunk.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0) throw new Error(`film ${missing.join(', ')} does not exist`);
  }
}

function toFilmRow(row: {
  id: number;
  key: string;
  title: string | null;
  title_key: string | null;
  year: number | null;
}): FilmRow {
  return { id: row.id, key: row.key, storedKey: row.key, title: row.title, titleKey: row.title_key, year: row.year };
}

async function writeChanges(db: Kysely<Tables>, changes: Changes, now: string): Promise<void> {
  for (const row of changes.updated) {
    // A film created earlier in this batch is inserted below with its final values.
    if (row.id === null || row.storedKey === null) continue;
    const result = await db
      .updateTable('films')
      .set({ key: row.key, title: row.title, title_key: row.titleKey, year: row.year })
      .where('id', '=', row.id)
      .where('key', '=', row.storedKey)
      .executeTakeFirst();
    // Another writer dated this film since it was cached: fail the batch, whose rollback clears the cache,
    // rather than overwrite that writer's year.
    if (Number(result.numUpdatedRows) !== 1) throw new Error(`film ${row.id} was changed by another writer`);
    row.storedKey = row.key;
  }
  const values = changes.created.map((row) => ({
    key: row.key,
    title: row.title,
    title_key: row.titleKey,
    year: row.year,
    created_at: now,
  }));
  const byKey = new Map(changes.created.map((row) => [row.key, row]));
  for (const chunk of insertChunks(values)) {
    const inserted = await db.insertInto('films').values(chunk).returning(['id', 'key']).execute();
    for (const { id, key } of inserted) {
      const row = byKey.get(key);
      if (row === undefined) continue;
      row.id = id;
      row.storedKey = key;
    }
  }
}

/** A film merged into another (plaudit film merge) receives nothing more: its reviews go to the film it is part of now. */
async function followMerges(db: Kysely<Tables>, ids: number[]): Promise<number[]> {
  const to = new Map<number, number>();
  for (const chunk of chunked(unique(ids), LOOKUP_CHUNK)) {
    const rows = await db.selectFrom('film_redirects').select(['from_film_id', 'to_film_id']).where('from_film_id', 'in', chunk).execute();
    for (const row of rows) to.set(row.from_film_id, row.to_film_id);
  }
  return to.size === 0 ? ids : ids.map((id) => to.get(id) ?? id);
}
