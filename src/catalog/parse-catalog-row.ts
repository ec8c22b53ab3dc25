/**
 * One catalog row -> a CatalogEntry, or the reason it describes no film. Pure: the current year comes in as an
 * option. Empty cells are absent values; a cell that is there but malformed rejects the row, since a half-read row
 * could attach facts to the wrong film.
 */
import type { CatalogEntry } from '../domain/catalog.ts';
import type { CatalogColumns, CatalogField } from './catalog-layouts.ts';
import { readDate, readImdbId, readRuntime, readTmdbId, readWikidataId, readYear, splitList, type Read } from './catalog-values.ts';

export type CatalogRowParse = { kind: 'entry'; entry: CatalogEntry } | { kind: 'rejected'; reason: string };

export interface CatalogRowOptions {
  columns: CatalogColumns;
  currentYear: number;
  /** Take the year from the release date when the row has none (the rt-movies file dates films only so). */
  yearFromReleaseDate?: boolean;
}

/**
 * @example
 * parseCatalogRow({ id: '3', runtime: '108 minutes', theater_date: 'Aug 17, 2012' }, { columns: CATALOG_PRESETS['rt-movies'], currentYear: 2025, yearFromReleaseDate: true })
 * // { kind: 'entry', entry: { key: '3', ids: {}, runtimeMinutes: 108, releaseDate: '2012-08-17', year: 2012 } }
 */
export function parseCatalogRow(row: Readonly<Record<string, unknown>>, options: CatalogRowOptions): CatalogRowParse {
  const cell = (field: CatalogField): string | undefined => {
    const column = options.columns[field];
    const value = column === undefined ? undefined : row[column];
    if (value === undefined || value === null) return undefined;
    const text = String(value).replace(/\s+/g, ' ').trim();
    return text === '' ? undefined : text;
  };
  const reasons: string[] = [];
  const take = <T>(field: CatalogField, read: (text: string) => Read<T>): T | undefined => {
    const text = cell(field);
    if (text === undefined) return undefined;
    const result = read(text);
    if ('reason' in result) {
      reasons.push(result.reason);
      return undefined;
    }
    return result.value;
  };

  const entry: CatalogEntry = { ids: {} };
  const set = <K extends keyof CatalogEntry>(key: K, value: CatalogEntry[K] | undefined): void => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) entry[key] = value;
  };
  set('key', cell('key'));
  set('title', cell('title'));
  set('year', take('year', (text) => readYear(text, options.currentYear)));
  const imdb = take('imdbId', readImdbId);
  const tmdb = take('tmdbId', readTmdbId);
  const wikidata = take('wikidataId', readWikidataId);
  if (imdb !== undefined) entry.ids.imdb = imdb;
  if (tmdb !== undefined) entry.ids.tmdb = tmdb;
  if (wikidata !== undefined) entry.ids.wikidata = wikidata;
  set('originalTitle', cell('originalTitle'));
  set('aliases', take('aliases', (text) => ({ value: splitList(text) })));
  set('directors', take('directors', (text) => ({ value: splitList(text) })));
  set('runtimeMinutes', take('runtime', readRuntime));
  set('genres', take('genres', (text) => ({ value: splitList(text) })));
  set('mpaaRating', cell('mpaaRating'));
  set('releaseDate', take('releaseDate', readDate));
  set('synopsis', cell('synopsis'));

  if (reasons.length > 0) return { kind: 'rejected', reason: reasons.join('; ') };
  if (options.yearFromReleaseDate && entry.year === undefined && entry.releaseDate !== undefined) {
    const year = readYear(entry.releaseDate.slice(0, 4), options.currentYear);
    if ('reason' in year) return { kind: 'rejected', reason: `release date ${entry.releaseDate}: ${year.reason}` };
    entry.year = year.value;
  }
  const hasId = imdb !== undefined || tmdb !== undefined || wikidata !== undefined;
  if (entry.key === undefined && entry.title === undefined && !hasId) {
    return { kind: 'rejected', reason: 'no title, key or id, so no film to describe' };
  }
  return { kind: 'entry', entry };
}
