/**
 * Editorial changes other than merges, each inside the caller's transaction with its audit entry: a film's
 * details, a critic's top-critic mark, an outlet's block. The film's key never changes (it is how exports and
 * earlier ingests name the film); a changed title keeps the old one as an alias so later ingests still find it.
 */
import type { Kysely, Updateable } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import type { EditAuthor, EditableName, FilmDetailsEdit, FilmEditResult, NameMarkResult } from '../edit-port.ts';
import { nameKey } from '../name-key.ts';
import { appendAudit } from './audit-log.ts';
import { liveFilm } from './film-merge.ts';
import type { FilmsTable, Tables } from './tables.ts';

interface WriteContext {
  author: EditAuthor;
  now: string;
}

export async function editFilm(db: Kysely<Tables>, filmId: number, edit: FilmDetailsEdit, ctx: WriteContext): Promise<FilmEditResult> {
  const film = await liveFilm(db, filmId);
  const set: Updateable<FilmsTable> = {};
  if (edit.title !== undefined && edit.title !== film.title) Object.assign(set, { title: edit.title, title_key: nameKey(edit.title) });
  if (edit.year !== undefined && edit.year !== film.year) set.year = edit.year;
  if (edit.originalTitle !== undefined && edit.originalTitle !== film.original_title) set.original_title = edit.originalTitle;
  if (edit.imdbId !== undefined && edit.imdbId !== film.imdb_id) {
    await refuseTaken(db, { column: 'imdb_id', value: edit.imdbId, filmId, what: 'IMDb id' });
    set.imdb_id = edit.imdbId;
  }
  if (edit.tmdbId !== undefined && edit.tmdbId !== film.tmdb_id) {
    await refuseTaken(db, { column: 'tmdb_id', value: edit.tmdbId, filmId, what: 'TMDb id' });
    set.tmdb_id = edit.tmdbId;
  }
  const aliases = [...(set.title !== undefined && film.title !== null ? [film.title] : []), ...(edit.addAliases ?? [])];
  const known = new Set([(set.title_key as string | undefined) ?? film.title_key]);
  for (const row of await db.selectFrom('film_aliases').select('alias_key').where('film_id', '=', filmId).execute()) known.add(row.alias_key);
  const addedAliasIds: number[] = [];
  const addedAliases: string[] = [];
  for (const alias of aliases) {
    const key = nameKey(alias);
    if (key === '' || known.has(key)) continue;
    known.add(key);
    const { id } = await db.insertInto('film_aliases').values({ film_id: filmId, alias, alias_key: key }).returning('id').executeTakeFirstOrThrow();
    addedAliasIds.push(id);
    addedAliases.push(alias);
  }
  const columns = Object.keys(set);
  if (columns.length > 0) await db.updateTable('films').set(set).where('id', '=', filmId).execute();
  const changed = [...columns.filter((column) => column !== 'title_key'), ...addedAliases.map((alias) => `alias "${alias}"`)];
  if (changed.length === 0) return { auditId: 0, filmId, changed };
  const before = Object.fromEntries(columns.map((column) => [column, film[column as keyof typeof film]]));
  const auditId = await appendAudit(
    db,
    {
      actor: ctx.author.actor,
      action: 'film.edit',
      targetKind: 'film',
      targetId: filmId,
      filmId,
      reason: ctx.author.reason,
      before: { ...before, addedAliasIds },
      after: { ...set, addedAliases },
    },
    ctx.now,
  );
  return { auditId, filmId, changed };
}

async function refuseTaken(
  db: Kysely<Tables>,
  check: { column: 'imdb_id' | 'tmdb_id'; value: string | number; filmId: number; what: string },
): Promise<void> {
  const other = await db.selectFrom('films').select(['id', 'title', 'year']).where(check.column, '=', check.value).where('id', '!=', check.filmId).executeTakeFirst();
  if (other === undefined) return;
  const named = other.title === null ? `film ${other.id}` : `${other.title}${other.year === null ? '' : ` (${other.year})`}, film ${other.id}`;
  throw new PlauditError('invalid-argument', `${check.what} ${check.value} is already on ${named}; merge the films instead`);
}

export async function namesFor(db: Kysely<Tables>, kind: 'critic' | 'outlet', query: { id: number } | { nameKey: string }): Promise<EditableName[]> {
  const where = <Q extends { where: (...args: any[]) => Q }>(select: Q): Q =>
    'id' in query ? select.where('id', '=', query.id) : select.where('name_key', '=', query.nameKey);
  if (kind === 'critic') {
    const rows = await where(db.selectFrom('critics').select(['id', 'name', 'top_critic'])).orderBy('id').execute();
    return rows.map((row) => ({ id: row.id, name: row.name, topCritic: row.top_critic === 1 }));
  }
  const rows = await where(db.selectFrom('outlets').select(['id', 'name', 'blocked_reason'])).orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, blockedReason: row.blocked_reason }));
}

export async function setCriticTop(db: Kysely<Tables>, criticId: number, top: boolean, ctx: WriteContext): Promise<NameMarkResult> {
  const critic = await db.selectFrom('critics').select(['id', 'name', 'top_critic']).where('id', '=', criticId).executeTakeFirst();
  if (critic === undefined) throw new PlauditError('not-found', `no critic has id ${criticId}`);
  if ((critic.top_critic === 1) === top) return { auditId: null, id: critic.id, name: critic.name };
  await db.updateTable('critics').set({ top_critic: top ? 1 : 0 }).where('id', '=', criticId).execute();
  const auditId = await appendAudit(
    db,
    { actor: ctx.author.actor, action: 'critic.top', targetKind: 'critic', targetId: criticId, filmId: null, reason: ctx.author.reason, before: { topCritic: !top }, after: { topCritic: top } },
    ctx.now,
  );
  return { auditId, id: critic.id, name: critic.name };
}

/** Returns the mark's result and the films with reviews from the outlet, whose readings in context change. */
export async function setOutletBlocked(
  db: Kysely<Tables>,
  outletId: number,
  reason: string | null,
  ctx: WriteContext,
): Promise<NameMarkResult & { filmIds: number[] }> {
  const outlet = await db.selectFrom('outlets').select(['id', 'name', 'blocked_reason', 'blocked_at']).where('id', '=', outletId).executeTakeFirst();
  if (outlet === undefined) throw new PlauditError('not-found', `no outlet has id ${outletId}`);
  if ((outlet.blocked_reason !== null) === (reason !== null)) return { auditId: null, id: outlet.id, name: outlet.name, filmIds: [] };
  await db.updateTable('outlets').set({ blocked_reason: reason, blocked_at: reason === null ? null : ctx.now }).where('id', '=', outletId).execute();
  const filmIds = await outletFilms(db, outletId);
  const auditId = await appendAudit(
    db,
    {
      actor: ctx.author.actor,
      action: 'outlet.block',
      targetKind: 'outlet',
      targetId: outletId,
      filmId: null,
      reason: ctx.author.reason,
      before: { blockedReason: outlet.blocked_reason, blockedAt: outlet.blocked_at },
      after: { blockedReason: reason, blockedAt: reason === null ? null : ctx.now },
    },
    ctx.now,
  );
  return { auditId, id: outlet.id, name: outlet.name, filmIds };
}

/** The films with a current review from the outlet: a block changes which of their reviews are read together. */
export async function outletFilms(db: Kysely<Tables>, outletId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('review_versions as v', 'v.id', 'r.current_version_id')
    .select('r.film_id')
    .distinct()
    .where('v.outlet_id', '=', outletId)
    .execute();
  return rows.map((row) => row.film_id);
}
