/**
 * Merging one film into another inside the caller's transaction, with its audit entry, and undoing it. The
 * entry's before state records exactly what the merge did (the reviews moved, the aliases added, the catalog
 * columns filled on the kept film and cleared on the merged one, the redirects re-pointed), so the undo reverses
 * that and nothing else: reviews that reached the kept film later stay where they are.
 */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { AuditEntry } from '../../domain/audit.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { EditAuthor, FilmMergeResult } from '../edit-port.ts';
import { nameKey } from '../name-key.ts';
import { appendAudit } from './audit-log.ts';
import type { FilmsTable, Tables } from './tables.ts';

type FilmRow = Selectable<FilmsTable>;

/** Catalog columns a merge fills on the kept film from the merged one, where the kept film has none. */
const FILLED = ['year', 'original_title', 'imdb_id', 'tmdb_id', 'wikidata_id', 'directors', 'runtime_minutes', 'genres', 'mpaa_rating', 'release_date', 'synopsis'] as const;
/** Unique where set: moved, not copied, and two different values mean two different films. */
const EXTERNAL_IDS = ['imdb_id', 'tmdb_id', 'wikidata_id'] as const;

type Filled = (typeof FILLED)[number];

/** The before state of a film.merge entry. */
export interface FilmMergeBefore {
  fromFilmId: number;
  intoFilmId: number;
  movedReviewIds: number[];
  addedAliasIds: number[];
  /** Columns filled on the kept film: each was null there before. */
  filled: Partial<Record<Filled | 'title' | 'title_key', string | number>>;
  /** External ids taken off the merged film (unique, so they could not be on both). */
  clearedFrom: Partial<Record<(typeof EXTERNAL_IDS)[number], string | number>>;
  /** Films merged into the merged film earlier, now pointing at the kept film instead. */
  repointedRedirects: number[];
}

export async function mergeFilms(
  db: Kysely<Tables>,
  request: { fromFilmId: number; intoFilmId: number; author: EditAuthor; now: string },
): Promise<FilmMergeResult> {
  const { fromFilmId, intoFilmId } = request;
  if (fromFilmId === intoFilmId) throw new PlauditError('invalid-argument', `cannot merge film ${fromFilmId} into itself`);
  const from = await liveFilm(db, fromFilmId);
  const into = await liveFilm(db, intoFilmId);
  for (const column of EXTERNAL_IDS) {
    if (from[column] !== null && into[column] !== null && from[column] !== into[column]) {
      throw new PlauditError(
        'invalid-argument',
        `cannot merge ${label(from)} into ${label(into)}: their ${column.replace('_id', '').toUpperCase()} ids differ (${from[column]} and ${into[column]}), so they are different films`,
      );
    }
  }
  const moved = await db.selectFrom('reviews').select('id').where('film_id', '=', fromFilmId).orderBy('id').execute();
  const movedReviewIds = moved.map((row) => row.id);
  if (movedReviewIds.length > 0) await db.updateTable('reviews').set({ film_id: intoFilmId }).where('film_id', '=', fromFilmId).execute();

  const before: FilmMergeBefore = { fromFilmId, intoFilmId, movedReviewIds, addedAliasIds: [], filled: {}, clearedFrom: {}, repointedRedirects: [] };
  const addedAliases: string[] = [];
  const fromAliases = await db.selectFrom('film_aliases').select('alias').where('film_id', '=', fromFilmId).orderBy('id').execute();
  const known = new Set([into.title_key, ...(await aliasKeys(db, intoFilmId))]);
  const names = [from.title, from.original_title, ...fromAliases.map((row) => row.alias)];
  for (const name of names) {
    if (name === null || into.title === null) continue;
    const key = nameKey(name);
    if (key === '' || known.has(key)) continue;
    known.add(key);
    const { id } = await db.insertInto('film_aliases').values({ film_id: intoFilmId, alias: name, alias_key: key }).returning('id').executeTakeFirstOrThrow();
    before.addedAliasIds.push(id);
    addedAliases.push(name);
  }

  const fill: Record<string, string | number> = {};
  if (into.title === null && from.title !== null) Object.assign(fill, { title: from.title, title_key: from.title_key });
  for (const column of FILLED) if (into[column] === null && from[column] !== null) fill[column] = from[column]!;
  for (const column of EXTERNAL_IDS) {
    if (from[column] === null) continue;
    before.clearedFrom[column] = from[column]!;
    // The ids are unique: off the merged film first, then onto the kept one.
    await db.updateTable('films').set({ [column]: null }).where('id', '=', fromFilmId).execute();
  }
  if (Object.keys(fill).length > 0) await db.updateTable('films').set(fill).where('id', '=', intoFilmId).execute();
  before.filled = fill;

  const chained = await db.selectFrom('film_redirects').select('from_film_id').where('to_film_id', '=', fromFilmId).execute();
  before.repointedRedirects = chained.map((row) => row.from_film_id);
  if (chained.length > 0) await db.updateTable('film_redirects').set({ to_film_id: intoFilmId }).where('to_film_id', '=', fromFilmId).execute();
  await db.insertInto('film_redirects').values({ from_film_id: fromFilmId, to_film_id: intoFilmId }).execute();

  const auditId = await appendAudit(
    db,
    {
      actor: request.author.actor,
      action: 'film.merge',
      targetKind: 'film',
      targetId: fromFilmId,
      filmId: intoFilmId,
      reason: request.author.reason,
      before,
      after: { redirect: { from: fromFilmId, to: intoFilmId }, addedAliases },
    },
    request.now,
  );
  return { auditId, fromFilmId, intoFilmId, movedReviews: movedReviewIds.length, addedAliases };
}

/** Reverses a film.merge entry; returns the undo entry's id and the two films, to read again in context. */
export async function undoFilmMerge(
  db: Kysely<Tables>,
  request: { entry: AuditEntry; author: EditAuthor; now: string },
): Promise<{ auditId: number; filmIds: number[] }> {
  const { entry } = request;
  if (entry.action !== 'film.merge') throw new PlauditError('invalid-argument', `entry ${entry.id} is a ${entry.action}, not a film merge`);
  if (entry.undoneBy !== null) throw new PlauditError('invalid-argument', `entry ${entry.id} was already undone (by entry ${entry.undoneBy})`);
  const before = entry.before as FilmMergeBefore;
  const { fromFilmId, intoFilmId } = before;
  const redirect = await db.selectFrom('film_redirects').select('to_film_id').where('from_film_id', '=', fromFilmId).executeTakeFirst();
  if (redirect?.to_film_id !== intoFilmId) {
    throw new PlauditError('invalid-argument', `cannot undo entry ${entry.id}: film ${fromFilmId} no longer redirects to film ${intoFilmId}`);
  }
  await db.deleteFrom('film_redirects').where('from_film_id', '=', fromFilmId).execute();
  if (before.repointedRedirects.length > 0) {
    await db.updateTable('film_redirects').set({ to_film_id: fromFilmId }).where('from_film_id', 'in', before.repointedRedirects).execute();
  }
  const unfill = Object.fromEntries(Object.keys(before.filled).map((column) => [column, null]));
  if (Object.keys(unfill).length > 0) await db.updateTable('films').set(unfill).where('id', '=', intoFilmId).execute();
  if (Object.keys(before.clearedFrom).length > 0) await db.updateTable('films').set(before.clearedFrom as Updateable<FilmsTable>).where('id', '=', fromFilmId).execute();
  if (before.addedAliasIds.length > 0) await db.deleteFrom('film_aliases').where('id', 'in', before.addedAliasIds).execute();
  if (before.movedReviewIds.length > 0) {
    // Only reviews still on the kept film: one moved again since is the later change's to undo.
    await db.updateTable('reviews').set({ film_id: fromFilmId }).where('id', 'in', before.movedReviewIds).where('film_id', '=', intoFilmId).execute();
  }
  const auditId = await appendAudit(
    db,
    {
      actor: request.author.actor,
      action: 'undo',
      targetKind: 'audit',
      targetId: entry.id,
      filmId: intoFilmId,
      reason: request.author.reason,
      before: entry.after,
      after: { restoredFilmId: fromFilmId, movedBack: before.movedReviewIds },
      undoes: entry.id,
    },
    request.now,
  );
  return { auditId, filmIds: [fromFilmId, intoFilmId] };
}

/** A film that exists and was not merged away. */
export async function liveFilm(db: Kysely<Tables>, id: number): Promise<FilmRow> {
  const film = await db.selectFrom('films').selectAll().where('id', '=', id).executeTakeFirst();
  if (film === undefined) throw new PlauditError('not-found', `no film has id ${id}`);
  const redirect = await db.selectFrom('film_redirects').select('to_film_id').where('from_film_id', '=', id).executeTakeFirst();
  if (redirect !== undefined) throw new PlauditError('invalid-argument', `film ${id} was merged into film ${redirect.to_film_id}`);
  return film;
}

async function aliasKeys(db: Kysely<Tables>, filmId: number): Promise<string[]> {
  return (await db.selectFrom('film_aliases').select('alias_key').where('film_id', '=', filmId).execute()).map((row) => row.alias_key);
}

function label(film: FilmRow): string {
  return film.title === null ? `film ${film.id}` : `${film.title}${film.year === null ? '' : ` (${film.year})`}`;
}
