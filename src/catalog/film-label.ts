/**
 * How a film without a title is named, on the web and in the CLI alike: by its key, and by what the catalog knows
 * of it (directors, year), so "key 3" becomes recognisable without pretending to know the title.
 *
 * @example
 * untitledFilmLabel({ key: 'key:3', year: 2012 }, ['David Cronenberg']) // 'Untitled film (key 3; David Cronenberg, 2012)'
 * untitledFilmLabel({ key: 'key:3', year: null })                       // 'Untitled film (key 3)'
 */
export function untitledFilmLabel(film: { key: string; year: number | null }, directors: readonly string[] = []): string {
  const known = [directors.slice(0, 2).join(' and '), film.year === null ? '' : String(film.year)].filter(Boolean).join(', ');
  const key = `key ${film.key.replace(/^key:/, '')}`;
  return `Untitled film (${known ? `${key}; ${known}` : key})`;
}
