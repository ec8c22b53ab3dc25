/**
 * Site search: names (films, critics, outlets, people) through the typo-tolerant trigram index, plus the plain
 * title/key match for films (which also finds untitled export films by key), and review text through FTS5.
 */
import type { FilmSummary } from '../domain/film.ts';
import type { NameHit, ReviewTextHit } from '../store/web-port.ts';
import type { ListCache } from './list-cache.ts';
import type { ServerDeps } from './deps.ts';

export interface FilmHit extends FilmSummary {
  similarity: number;
}

export interface ReviewHitView extends ReviewTextHit {
  film: FilmSummary | null;
}

/** A person the reviews credit, with the films they are credited on. */
export interface PersonHit {
  name: string;
  similarity: number;
  films: { film: FilmSummary; roles: string[] }[];
}

export interface SearchResults {
  query: string;
  films: FilmHit[];
  critics: NameHit[];
  outlets: NameHit[];
  people: PersonHit[];
  reviews: ReviewHitView[];
}

export interface SearchLimits {
  names: number;
  reviews: number;
}

export async function runSearch(deps: ServerDeps, lists: ListCache, query: string, limits: SearchLimits): Promise<SearchResults> {
  const trimmed = query.trim();
  const empty: SearchResults = { query: trimmed, films: [], critics: [], outlets: [], people: [], reviews: [] };
  if (trimmed === '') return empty;
  const [names, titleMatches, texts, films] = await Promise.all([
    deps.store.searchNames(trimmed, { limit: limits.names * 4 }),
    deps.store.findFilms(trimmed),
    deps.store.searchReviewText(trimmed, { limit: limits.reviews }),
    lists.filmsById(),
  ]);
  const filmHits = new Map<number, FilmHit>();
  // Exact, prefix and substring title matches first, then what only the typo-tolerant index found.
  for (const match of titleMatches) {
    const film = films.get(match.id);
    if (film && film.reviewCount > 0) filmHits.set(film.id, { ...film, similarity: 1 });
  }
  for (const hit of names.filter((h) => h.kind === 'film')) {
    const film = films.get(hit.id);
    if (film && film.reviewCount > 0 && !filmHits.has(film.id)) filmHits.set(film.id, { ...film, similarity: hit.similarity });
  }
  const ofKind = (kind: NameHit['kind']) => names.filter((hit) => hit.kind === kind).slice(0, limits.names);
  const people = await Promise.all(
    ofKind('person').map(async (hit): Promise<PersonHit> => {
      const credited = await deps.store.personFilms(hit.name);
      const withFilms = credited.flatMap(({ filmId, roles }) => {
        const film = films.get(filmId);
        return film ? [{ film, roles }] : [];
      });
      return { name: hit.name, similarity: hit.similarity, films: withFilms };
    }),
  );
  return {
    query: trimmed,
    films: [...filmHits.values()].slice(0, limits.names),
    critics: ofKind('critic'),
    outlets: ofKind('outlet'),
    people: people.filter((person) => person.films.length > 0),
    reviews: texts.map((hit) => ({ ...hit, film: films.get(hit.filmId) ?? null })),
  };
}
