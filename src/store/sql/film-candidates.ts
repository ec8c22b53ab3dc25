/**
 * The stored films a review's film reference may mean, for the film matcher (film-matching/match-film.ts): those
 * with its IMDb id, its title or an alias equal to its title; each with the directors (catalog, then the reviews'
 * credits) and the cast its reviews name. SQL only; the matcher makes the decision.
 */
import type { Kysely } from 'kysely';
import type { FilmRef } from '../../domain/document.ts';
import type { CandidateFilm } from '../../film-matching/candidate-film.ts';
import { nameKey } from '../name-key.ts';
import { chunked, LOOKUP_CHUNK, unique } from './bulk.ts';
import { filmNotRedirected } from './editorial-filters.ts';
import { jsonStrings } from './film-lookup.ts';
import type { Tables } from './tables.ts';

const MAX_CAST = 12;

export async function filmCandidates(db: Kysely<Tables>, refs: readonly FilmRef[]): Promise<CandidateFilm[][]> {
  const titleKeys = unique(refs.flatMap((ref) => (ref.title === undefined || ref.key ? [] : [nameKey(ref.title)])).filter((k) => k !== ''));
  const imdbIds = unique(refs.flatMap((ref) => (ref.imdbId === undefined ? [] : [ref.imdbId])));
  const films = new Map<number, CandidateFilm>();
  const byTitle = new Map<string, Set<number>>();
  const byImdb = new Map<string, number>();
  const add = (row: FilmRow) => films.get(row.id) ?? films.set(row.id, toCandidate(row)).get(row.id)!;
  for (const chunk of chunked(titleKeys, LOOKUP_CHUNK)) {
    // A film merged into another is no candidate: its titles are the other's aliases now.
    for (const row of await db.selectFrom('films').select(FILM_COLUMNS).where('title_key', 'in', chunk).where(filmNotRedirected('films.id')).execute()) {
      add(row);
      (byTitle.get(row.title_key!) ?? byTitle.set(row.title_key!, new Set()).get(row.title_key!)!).add(row.id);
    }
    const aliased = await db
      .selectFrom('film_aliases as a')
      .innerJoin('films', 'films.id', 'a.film_id')
      .select(FILM_COLUMNS.map((column) => `films.${column}` as const))
      .select('a.alias_key')
      .where('a.alias_key', 'in', chunk)
      .where(filmNotRedirected('films.id'))
      .execute();
    for (const row of aliased) {
      add(row);
      (byTitle.get(row.alias_key) ?? byTitle.set(row.alias_key, new Set()).get(row.alias_key)!).add(row.id);
    }
  }
  for (const chunk of chunked(imdbIds, LOOKUP_CHUNK)) {
    for (const row of await db.selectFrom('films').select(FILM_COLUMNS).where('imdb_id', 'in', chunk).execute()) {
      add(row);
      byImdb.set(row.imdb_id!, row.id);
    }
  }
  await addCredits(db, films);
  return refs.map((ref) => {
    const ids = new Set<number>();
    const byId = ref.imdbId === undefined ? undefined : byImdb.get(ref.imdbId);
    if (byId !== undefined) ids.add(byId);
    if (ref.title !== undefined && !ref.key) for (const id of byTitle.get(nameKey(ref.title)) ?? []) ids.add(id);
    return [...ids].map((id) => films.get(id)!);
  });
}

const FILM_COLUMNS = ['id', 'title', 'title_key', 'year', 'imdb_id', 'directors'] as const;

interface FilmRow {
  id: number;
  title: string | null;
  title_key: string | null;
  year: number | null;
  imdb_id: string | null;
  directors: string | null;
}

function toCandidate(row: FilmRow): CandidateFilm {
  return { id: row.id, title: row.title, year: row.year, imdbId: row.imdb_id, directors: jsonStrings(row.directors), cast: [] };
}

/** The directors and cast the films' current reviews name, most named first. */
async function addCredits(db: Kysely<Tables>, films: Map<number, CandidateFilm>): Promise<void> {
  for (const chunk of chunked([...films.keys()], LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('reviews as r')
      .innerJoin('review_facts as f', 'f.review_version_id', 'r.current_version_id')
      .select(['r.film_id', 'f.kind', 'f.value'])
      .select((eb) => eb.fn.countAll<number>().as('mentions'))
      .where('r.film_id', 'in', chunk)
      .where('f.kind', 'in', ['director', 'cast'])
      .groupBy(['r.film_id', 'f.kind', 'f.value'])
      .orderBy('mentions', 'desc')
      .execute();
    for (const row of rows) {
      const film = films.get(row.film_id)!;
      const list = row.kind === 'director' ? film.directors : film.cast;
      const known = list.some((name) => nameKey(name) === nameKey(row.value));
      if (!known && (row.kind === 'director' || list.length < MAX_CAST)) list.push(row.value);
    }
  }
}
