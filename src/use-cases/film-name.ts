/**
 * What a film name may mean, read without the store: the CLI's `plaudit film NAME`, a page address /films/NAME,
 * a badge /badge/NAME.svg and the API's /api/v1/films/NAME all take the same names. find-film.ts tries the
 * readings in this order: the film id ("12", or "12-her-smell" when the slug is the film's), an external id
 * ("tt0077651", an IMDb address, "tmdb:948", "Q221103" or "wikidata:Q221103"), a stored key ("key:m/0814255",
 * "title:her smell:2018") or an export's own key ("m/0814255"), "Title (Year)", the title or an alias (any case,
 * accents ignored), and last the slug ("her-smell").
 */
import { imdbIdOf } from '../domain/external-ids.ts';
import { nameKey, slugify } from '../store/name-key.ts';

/** Longer than any title or key worth looking up; a longer name is unknown without asking the store. */
export const MAX_FILM_NAME = 300;

export interface FilmName {
  /** The name as asked, trimmed. */
  text: string;
  /** "12" or "12-her-smell": the id, and the slug after it that must be the film's. */
  id?: { id: number; slug?: string };
  imdb?: string;
  tmdb?: number;
  wikidata?: string;
  /** Stored keys the name may be: itself when it reads as one, else an export's key as the store keeps it. */
  keys: string[];
  /** "Halloween (1978)": the title's nameKey and the year. */
  titleYear?: { titleKey: string; year: number };
  /** nameKey of the whole name; empty when there is none. */
  titleKey: string;
  /** slugify of the whole name; empty when it has no letters or digits. */
  slug: string;
}

/** The TMDb form on every face: "tmdb:" and TMDb's movie id, as TMDb's own addresses give it (/movie/948). */
const TMDB = /^tmdb:(\d{1,10})$/i;
const WIKIDATA = /^(?:wikidata:)?(Q\d{1,12})$/i;
const ID = /^(\d{1,15})(?:-([\p{L}\p{N}-]+))?$/u;
const TITLE_YEAR = /^(.*\S)\s*\((\d{4})\)$/u;
/** What the store writes before a key (store/film-key.ts). */
const STORED_KEY = /^(?:key|title):/;

/**
 * @example
 * parseFilmName('Halloween (1978)') // { titleYear: { titleKey: 'halloween', year: 1978 }, titleKey: 'halloween (1978)', ... }
 * parseFilmName('12-her-smell')     // { id: { id: 12, slug: 'her-smell' }, ... }
 * parseFilmName('tt0077651')        // { imdb: 'tt0077651', ... }
 */
export function parseFilmName(name: string): FilmName {
  const text = name.trim();
  if (text === '' || text.length > MAX_FILM_NAME) return { text, keys: [], titleKey: '', slug: '' };
  const parsed: FilmName = {
    text,
    keys: STORED_KEY.test(text) ? [text] : [`key:${text}`],
    titleKey: nameKey(text),
    slug: slugify(text),
  };
  const id = ID.exec(text);
  if (id && Number.isSafeInteger(Number(id[1])) && Number(id[1]) > 0) {
    parsed.id = id[2] === undefined ? { id: Number(id[1]) } : { id: Number(id[1]), slug: id[2].toLowerCase() };
  }
  const imdb = imdbIdOf(/^tt/i.test(text) ? text.toLowerCase() : text);
  if (imdb !== undefined) parsed.imdb = imdb;
  const tmdb = TMDB.exec(text);
  if (tmdb) parsed.tmdb = Number(tmdb[1]);
  const wikidata = WIKIDATA.exec(text);
  if (wikidata) parsed.wikidata = wikidata[1]!.toUpperCase();
  const titleYear = TITLE_YEAR.exec(text);
  if (titleYear && nameKey(titleYear[1]!) !== '') parsed.titleYear = { titleKey: nameKey(titleYear[1]!), year: Number(titleYear[2]) };
  return parsed;
}

/** "Halloween (1978)", the form that names a film by title and year; null for an untitled or undated film. */
export function titleYearName(film: { title: string | null; year: number | null }): string | null {
  return film.title && film.year ? `${film.title} (${film.year})` : null;
}
