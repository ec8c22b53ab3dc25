/**
 * A film's identity inside a store. An export's own key wins, because the RT export names films by id and
 * may carry no title; otherwise the normalised title and year. The store may still match a title without a year
 * to a dated film, or date an undated one (see the adapters); this helper only names the ref as given.
 */
import type { FilmRef } from '../domain/document.ts';
import { nameKey } from './name-key.ts';

/** Where reviews go whose film nobody could tell; the pipeline normally rejects those before the store. */
export const UNKNOWN_FILM_KEY = 'unknown';

/**
 * @example
 * filmKey({ key: 'm/0814255' })               // 'key:m/0814255'
 * filmKey({ title: 'Amélie', year: 2001 })    // 'title:amelie:2001'
 * filmKey({ title: 'Amélie' })                // 'title:amelie:'
 * filmKey({})                                 // 'unknown'
 */
export function filmKey(ref: FilmRef): string {
  const exportKey = ref.key?.trim();
  if (exportKey) return `key:${exportKey}`;
  const title = filmTitleKey(ref);
  if (title === null) return UNKNOWN_FILM_KEY;
  return titleFilmKey(title, filmYear(ref));
}

/** The key of a film known by title: "title:<normalised title>:<year or empty>". */
export function titleFilmKey(titleKey: string, year: number | null): string {
  return `title:${titleKey}:${year ?? ''}`;
}

/** The normalised title, or null when the ref has none worth the name. */
export function filmTitleKey(ref: FilmRef): string | null {
  const key = ref.title === undefined ? '' : nameKey(ref.title);
  return key === '' ? null : key;
}

/** The year when it is a plausible integer; anything else counts as no year rather than a separate film. */
export function filmYear(ref: FilmRef): number | null {
  const year = ref.year;
  return year !== undefined && Number.isInteger(year) && year > 0 ? year : null;
}
