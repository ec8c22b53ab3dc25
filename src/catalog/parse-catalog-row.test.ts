import { describe, expect, it } from 'vitest';
import { CATALOG_PRESETS, parseCatalogMap, resolveCatalogColumns, TITLES_COLUMNS } from './catalog-layouts.ts';
import { parseCatalogRow } from './parse-catalog-row.ts';
import { untitledFilmLabel } from './film-label.ts';

const titles = { columns: TITLES_COLUMNS, currentYear: 2025 };
const rtMovies = { columns: CATALOG_PRESETS['rt-movies'], currentYear: 2025, yearFromReleaseDate: true };

function reasonOf(row: Record<string, string>): string {
  const parsed = parseCatalogRow(row, titles);
  if (parsed.kind !== 'rejected') throw new Error(`expected a rejection, got ${JSON.stringify(parsed)}`);
  return parsed.reason;
}

describe('parseCatalogRow, titles layout', () => {
  it('reads every column, lists split on "|", empty cells absent', () => {
    const parsed = parseCatalogRow(
      {
        key: '', title: ' Halloween ', year: '1978', imdb_id: 'tt0077651', tmdb_id: '948', wikidata_id: 'Q221103',
        original_title: '', aliases: 'The Babysitter Murders| ', directors: 'John Carpenter', runtime: '91',
        genres: 'Horror|Thriller', mpaa_rating: 'R', release_date: '1978-10-25', synopsis: 'Michael comes home.',
      },
      titles,
    );
    expect(parsed).toEqual({
      kind: 'entry',
      entry: {
        title: 'Halloween', year: 1978, ids: { imdb: 'tt0077651', tmdb: 948, wikidata: 'Q221103' },
        aliases: ['The Babysitter Murders'], directors: ['John Carpenter'], runtimeMinutes: 91, genres: ['Horror', 'Thriller'],
        mpaaRating: 'R', releaseDate: '1978-10-25', synopsis: 'Michael comes home.',
      },
    });
  });

  it('rejects a row without title, key or id', () => {
    expect(reasonOf({ title: '', year: '1999', directors: 'Someone' })).toBe('no title, key or id, so no film to describe');
  });

  it('rejects a year before 1870 or more than ten years ahead', () => {
    expect(reasonOf({ title: 'Old', year: '1700' })).toBe('year 1700 is out of range (1870 to 2035)');
    expect(reasonOf({ title: 'New', year: '2036' })).toMatch(/year 2036 is out of range/);
    expect(reasonOf({ title: 'Odd', year: 'soon' })).toBe('year "soon" is not a year');
  });

  it('rejects malformed ids', () => {
    expect(reasonOf({ title: 'A', imdb_id: 'tt12' })).toMatch(/"tt12" is not an IMDb id/);
    expect(reasonOf({ title: 'A', tmdb_id: '-4' })).toMatch(/"-4" is not a TMDb id/);
    expect(reasonOf({ title: 'A', wikidata_id: 'P31' })).toMatch(/"P31" is not a Wikidata id/);
  });

  it('rejects a runtime that is not a plausible number of minutes, and a date that is not a date', () => {
    expect(reasonOf({ title: 'A', runtime: 'long' })).toMatch(/runtime "long" is not a number of minutes/);
    expect(reasonOf({ title: 'A', runtime: '0' })).toMatch(/runtime "0"/);
    expect(reasonOf({ title: 'A', release_date: '1978-02-30' })).toMatch(/"1978-02-30" is not a date/);
    expect(reasonOf({ title: 'A', release_date: 'Octember 9, 1971' })).toMatch(/is not a date/);
  });

  it('reads columns named with --map', () => {
    const columns = resolveCatalogColumns({ preset: TITLES_COLUMNS, mapped: parseCatalogMap('title=name,year=released'), header: ['name', 'released'], display: 'f.csv' });
    expect(parseCatalogRow({ name: 'Heat', released: '1995' }, { columns, currentYear: 2025 })).toEqual({ kind: 'entry', entry: { title: 'Heat', year: 1995, ids: {} } });
    expect(() => parseCatalogMap('colour=x')).toThrow(/not FIELD=COLUMN with a known field/);
    expect(() => resolveCatalogColumns({ preset: TITLES_COLUMNS, mapped: {}, header: ['plot'], display: 'f.csv' })).toThrow(/no column names a film/);
  });
});

describe('parseCatalogRow, rt-movies preset', () => {
  it('maps id to the key, "A|B" lists, "104 minutes", and "Oct 9, 1971" to the release date and year', () => {
    const parsed = parseCatalogRow(
      {
        id: '1', synopsis: 'Popeye Doyle.', rating: 'R', genre: 'Action and Adventure|Classics|Drama', director: 'William Friedkin',
        writer: 'Ernest Tidyman', theater_date: 'Oct 9, 1971', dvd_date: 'Sep 25, 2001', box_office: '', runtime: '104 minutes', studio: '',
      },
      rtMovies,
    );
    expect(parsed).toEqual({
      kind: 'entry',
      entry: {
        key: '1', year: 1971, ids: {}, directors: ['William Friedkin'], runtimeMinutes: 104,
        genres: ['Action and Adventure', 'Classics', 'Drama'], mpaaRating: 'R', releaseDate: '1971-10-09', synopsis: 'Popeye Doyle.',
      },
    });
  });

  it('leaves out what a row lacks', () => {
    expect(parseCatalogRow({ id: '7', director: 'A|B', theater_date: '', runtime: '' }, rtMovies)).toEqual({
      kind: 'entry',
      entry: { key: '7', ids: {}, directors: ['A', 'B'] },
    });
  });
});

describe('untitledFilmLabel', () => {
  it('names an untitled film by its key, directors and year', () => {
    expect(untitledFilmLabel({ key: 'key:3', year: 2012 }, ['David Cronenberg'])).toBe('Untitled film (key 3; David Cronenberg, 2012)');
    expect(untitledFilmLabel({ key: 'key:3', year: null })).toBe('Untitled film (key 3)');
  });
});
