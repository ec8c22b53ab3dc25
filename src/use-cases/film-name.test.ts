import { describe, expect, it } from 'vitest';
import { parseFilmName, titleYearName } from './film-name.ts';

describe('parseFilmName', () => {
  it('reads an id, alone or with the slug page addresses put after it', () => {
    expect(parseFilmName(' 12 ').id).toEqual({ id: 12 });
    expect(parseFilmName('12-her-smell').id).toEqual({ id: 12, slug: 'her-smell' });
    expect(parseFilmName('0').id).toBeUndefined();
    expect(parseFilmName('12 Angry Men').id).toBeUndefined();
  });

  it('reads IMDb ids (also from an IMDb address), TMDb ids as tmdb:N and Wikidata ids', () => {
    expect(parseFilmName('tt0077651').imdb).toBe('tt0077651');
    expect(parseFilmName('TT0077651').imdb).toBe('tt0077651');
    expect(parseFilmName('https://www.imdb.com/title/tt0077651/').imdb).toBe('tt0077651');
    expect(parseFilmName('tt12').imdb).toBeUndefined();
    expect(parseFilmName('tmdb:948').tmdb).toBe(948);
    expect(parseFilmName('948').tmdb).toBeUndefined();
    expect(parseFilmName('Q221103').wikidata).toBe('Q221103');
    expect(parseFilmName('wikidata:q221103').wikidata).toBe('Q221103');
  });

  it('reads a stored key as itself and anything else as an export key too', () => {
    expect(parseFilmName('key:m/0814255').keys).toEqual(['key:m/0814255']);
    expect(parseFilmName('title:her smell:2018').keys).toEqual(['title:her smell:2018']);
    expect(parseFilmName('m/0814255').keys).toEqual(['key:m/0814255']);
  });

  it('reads "Title (Year)", the title key and the slug', () => {
    const name = parseFilmName('Halloween (1978)');
    expect(name.titleYear).toEqual({ titleKey: 'halloween', year: 1978 });
    expect(name.titleKey).toBe('halloween (1978)');
    expect(name.slug).toBe('halloween-1978');
    expect(parseFilmName('AMÉLIE').titleKey).toBe('amelie');
    expect(parseFilmName('(1978)').titleYear).toBeUndefined();
  });

  it('reads nothing from an empty or overlong name', () => {
    for (const text of ['', '   ', 'x'.repeat(400)]) {
      expect(parseFilmName(text)).toMatchObject({ keys: [], titleKey: '', slug: '' });
    }
  });

  it('names a film by title and year only when it has both', () => {
    expect(titleYearName({ title: 'Halloween', year: 1978 })).toBe('Halloween (1978)');
    expect(titleYearName({ title: 'Halloween', year: null })).toBeNull();
  });
});
