/**
 * The lists the pages and the API page through (films, critics, outlets), read once per data version and kept
 * in memory: the RT export has about a thousand films and a few thousand names, small enough to sort and page
 * in JavaScript, and reading them from SQLite on every request would cost more than the rest of the request.
 */
import { wilsonInterval } from '../aggregate/wilson-interval.ts';
import type { FilmSummary } from '../domain/film.ts';
import type { NameKind, NameSummary, WebStore } from '../store/web-port.ts';

export type FilmSort = 'title' | 'reviews' | 'top' | 'recent';

interface Lists {
  version: number;
  films: FilmSummary[];
  filmsById: Map<number, FilmSummary>;
  sorted: Map<FilmSort, FilmSummary[]>;
  names: Map<NameKind, Promise<NameSummary[]>>;
}

export class ListCache {
  readonly #store: WebStore;
  readonly #minReviews: number;
  #lists: Promise<Lists> | null = null;

  constructor(store: WebStore, minReviews: number) {
    this.#store = store;
    this.#minReviews = minReviews;
  }

  async #current(): Promise<Lists> {
    const version = await this.#store.dataVersion();
    const lists = this.#lists === null ? null : await this.#lists;
    if (lists !== null && lists.version === version) return lists;
    this.#lists = this.#store.listFilms().then((films) => ({
      version,
      films,
      filmsById: new Map(films.map((film) => [film.id, film])),
      sorted: new Map(),
      names: new Map(),
    }));
    // A failed read must not stay cached.
    this.#lists.catch(() => (this.#lists = null));
    return this.#lists;
  }

  async film(id: number): Promise<FilmSummary | null> {
    return (await this.#current()).filmsById.get(id) ?? null;
  }

  async filmsById(): Promise<Map<number, FilmSummary>> {
    return (await this.#current()).filmsById;
  }

  /** Films with at least one review, in the order asked for. */
  async films(sort: FilmSort): Promise<FilmSummary[]> {
    const lists = await this.#current();
    let sorted = lists.sorted.get(sort);
    if (sorted === undefined) {
      sorted = sortFilms(lists.films.filter((film) => film.reviewCount > 0), sort, this.#minReviews);
      lists.sorted.set(sort, sorted);
    }
    return sorted;
  }

  async names(kind: NameKind): Promise<NameSummary[]> {
    const lists = await this.#current();
    let names = lists.names.get(kind);
    if (names === undefined) {
      names = this.#store.listNames(kind);
      lists.names.set(kind, names);
      names.catch(() => lists.names.delete(kind));
    }
    return names;
  }
}

/**
 * 'top' ranks by the low end of the 95% interval of percent positive, among films with enough reviews for a
 * score: 9 of 10 positive outranks 1 of 1, which a plain percentage would not.
 */
function sortFilms(films: FilmSummary[], sort: FilmSort, minReviews: number): FilmSummary[] {
  switch (sort) {
    case 'title':
      return films;
    case 'reviews':
      return films.slice().sort((a, b) => b.reviewCount - a.reviewCount || a.id - b.id);
    case 'recent':
      return films.slice().sort((a, b) => b.id - a.id);
    case 'top': {
      const low = (film: FilmSummary) => wilsonInterval(film.expectedPositive, film.reviewCount).low;
      return films
        .filter((film) => film.reviewCount >= minReviews)
        .map((film) => ({ film, low: low(film) }))
        .sort((a, b) => b.low - a.low || b.film.reviewCount - a.film.reviewCount)
        .map(({ film }) => film);
    }
  }
}
