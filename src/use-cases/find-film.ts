/**
 * The one film a name names, for every face: the CLI's film commands, page addresses, the badge and the API. The
 * readings of a name and their order are film-name.ts's; this asks the store for each in turn and decides. The
 * first reading that finds one film wins; one that finds several (a title two films share) stops there as
 * ambiguous, listing each film with a name that opens it alone, so the user is never left guessing.
 */
import { PlauditError } from '../domain/errors.ts';
import type { FilmSummary } from '../domain/film.ts';
import { slugify } from '../store/name-key.ts';
import type { FilmQuery, ReviewStore } from '../store/port.ts';
import { parseFilmName, titleYearName, type FilmName } from './film-name.ts';

/** What find-film needs from the store. */
export type FilmLookupStore = Pick<ReviewStore, 'lookUpFilms' | 'findFilms'>;

/** A film a name may mean, with a name that opens it alone: "Title (Year)" where that is unique, else the id. */
export interface FilmCandidateName {
  film: FilmSummary;
  /** The name to give instead ("Halloween (1978)" or "4"). */
  name: string;
  /** Its id as a name ("4"), always unique; equal to `name` when the title and year are not. */
  id: string;
}

export type FilmLookup =
  | { kind: 'found'; film: FilmSummary }
  | { kind: 'ambiguous'; name: string; candidates: FilmCandidateName[]; total: number }
  | { kind: 'unknown'; name: string; similar: FilmSummary[] };

/** How a face tells its user to open a film by a name, and where the films are listed. */
export interface FilmNameWording {
  /** `plaudit film "Halloween (1978)"`, `/films/Halloween%20(1978)`; default the name in quotes. */
  open?: (name: string) => string;
  /** Said after "no film matches": "`plaudit films` lists them". */
  listHint?: string;
}

/** A name that fits several films: the message lists them, and `candidates` carries them for pages and JSON. */
export class AmbiguousFilmError extends PlauditError {
  readonly asked: string;
  /** The first MAX_CANDIDATES of them. */
  readonly candidates: FilmCandidateName[];
  /** How many films the name fits (up to the store's limit). */
  readonly total: number;

  constructor(lookup: Extract<FilmLookup, { kind: 'ambiguous' }>, wording: FilmNameWording = {}) {
    super('ambiguous', ambiguityMessage(lookup, wording));
    this.asked = lookup.name;
    this.candidates = lookup.candidates;
    this.total = lookup.total;
  }
}

/** Candidates listed in full; more than this is a name too vague to list. */
const MAX_CANDIDATES = 10;
const MAX_SIMILAR = 5;

/**
 * @example
 * const film = await findFilm(store, 'Halloween (1978)');
 * await findFilm(store, 'halloween'); // AmbiguousFilmError listing both Halloweens
 */
export async function findFilm(store: FilmLookupStore, name: string, wording: FilmNameWording = {}): Promise<FilmSummary> {
  const lookup = await lookUpFilm(store, name);
  if (lookup.kind === 'found') return lookup.film;
  throw filmLookupError(lookup, wording);
}

/** The error for a name that found no one film: AmbiguousFilmError, or not-found naming similar titles. */
export function filmLookupError(lookup: Exclude<FilmLookup, { kind: 'found' }>, wording: FilmNameWording = {}): PlauditError {
  if (lookup.kind === 'ambiguous') return new AmbiguousFilmError(lookup, wording);
  return new PlauditError('not-found', unknownMessage(lookup.name, lookup.similar, wording));
}

/** The same decision as findFilm, as data: for a face that shows the candidates itself (the disambiguation page). */
export async function lookUpFilm(store: FilmLookupStore, name: string): Promise<FilmLookup> {
  const parsed = parseFilmName(name);
  const films = await filmsNamed(store, parsed);
  if (films.length === 1) return { kind: 'found', film: films[0]! };
  if (films.length > 1) return { kind: 'ambiguous', name: parsed.text, candidates: await candidateNames(store, films), total: films.length };
  const similar = parsed.titleKey === '' ? [] : (await store.findFilms(parsed.text)).slice(0, MAX_SIMILAR);
  return { kind: 'unknown', name: parsed.text, similar };
}

/** OMDb's t= and y=: a title (or alias), with its year when given; never an id, key or slug. */
export async function findFilmByTitle(store: FilmLookupStore, title: string, year?: number): Promise<FilmSummary[]> {
  const parsed = parseFilmName(title);
  if (parsed.titleKey === '') return [];
  return store.lookUpFilms({ by: 'title', titleKey: parsed.titleKey, ...(year === undefined ? {} : { year }) });
}

/** The films of the first reading that finds any, in the order film-name.ts gives. */
async function filmsNamed(store: FilmLookupStore, name: FilmName): Promise<FilmSummary[]> {
  if (name.text === '' || name.titleKey === '') return [];
  if (name.id !== undefined) {
    const [film] = await store.lookUpFilms({ by: 'id', id: name.id.id });
    // "2001-a-space-odyssey" is a slug, not film 2001: an id with a slug counts only when the slug is the film's.
    if (film !== undefined && (name.id.slug === undefined || slugify(film.title ?? '') === name.id.slug)) return [film];
  }
  const exact: FilmQuery[] = [
    ...(name.imdb === undefined ? [] : [{ by: 'imdb', imdb: name.imdb } as const]),
    ...(name.tmdb === undefined ? [] : [{ by: 'tmdb', tmdb: name.tmdb } as const]),
    ...(name.wikidata === undefined ? [] : [{ by: 'wikidata', wikidata: name.wikidata } as const]),
    ...name.keys.map((key) => ({ by: 'key', key }) as const),
  ];
  for (const query of exact) {
    const films = await store.lookUpFilms(query);
    if (films.length > 0) return films;
  }
  if (name.titleYear !== undefined) {
    const films = await store.lookUpFilms({ by: 'title', ...name.titleYear });
    if (films.length > 0) return films;
  }
  const byTitle = await store.lookUpFilms({ by: 'title', titleKey: name.titleKey });
  if (byTitle.length > 0) return byTitle;
  if (name.slug === '') return [];
  const words = await store.lookUpFilms({ by: 'title-words', words: name.slug.split('-') });
  return words.filter((film) => film.title !== null && slugify(film.title) === name.slug);
}

/** Each film with "Title (Year)" when that name opens it alone (asked of the store, the way a user would ask). */
async function candidateNames(store: FilmLookupStore, films: readonly FilmSummary[]): Promise<FilmCandidateName[]> {
  const named: FilmCandidateName[] = [];
  for (const film of films.slice(0, MAX_CANDIDATES)) {
    const id = String(film.id);
    const titleYear = titleYearName(film);
    const opens = titleYear !== null && (await filmsNamed(store, parseFilmName(titleYear))).map((f) => f.id).join() === id;
    named.push({ film, name: opens ? titleYear : id, id });
  }
  return named;
}

function label(film: FilmSummary): string {
  return titleYearName(film) ?? film.title ?? `untitled film, key ${film.key.replace(/^key:/, '')}`;
}

function ambiguityMessage(lookup: Extract<FilmLookup, { kind: 'ambiguous' }>, wording: FilmNameWording): string {
  const open = wording.open ?? ((name: string) => `"${name}"`);
  const listed = lookup.candidates.map(({ film, name, id }) => `${label(film)} — ${open(name)}${name === id ? '' : ` or id ${id}`}`);
  const rest = lookup.total - lookup.candidates.length;
  const more = rest > 0 ? `; and ${rest} more: name the film more closely` : '';
  return `"${lookup.name}" names ${lookup.total} films: ${listed.join('; ')}${more}.`;
}

function unknownMessage(asked: string, similar: readonly FilmSummary[], wording: FilmNameWording): string {
  const what = asked === '' ? 'No film name given' : `No film matches "${asked}"`;
  const hint = wording.listHint ? ` ${wording.listHint}.` : '';
  if (similar.length === 0) {
    return `${what}: it is no film's id, key, IMDb id, title or slug.${hint}`;
  }
  const open = wording.open ?? ((name: string) => `"${name}"`);
  const listed = similar.map((film) => `${label(film)} — ${open(titleYearName(film) ?? String(film.id))}`);
  return `${what} exactly. Similar titles: ${listed.join('; ')}.${hint}`;
}
