import { describe, expect, it } from 'vitest';
import type { FilmSummary } from '../domain/film.ts';
import { findBadgeFilm } from './badge-film.ts';

const film = (id: number, key: string, title: string | null, year: number | null = null): FilmSummary => ({
  id,
  key,
  title,
  year,
  reviewCount: 5,
  positiveCount: 4,
});

const FILMS = [
  film(1, 'title:her smell:2018', 'Her Smell', 2018),
  film(2, 'key:m/0814255', null),
  film(3, 'title:amelie:2001', 'Amélie', 2001),
  film(4, 'title:twin:2001', 'Twin', 2001),
  film(5, 'title:twin:2002', 'Twin', 2002),
  film(6, 'title:1917:2019', '1917', 2019),
];

const idOf = (name: string) => findBadgeFilm(FILMS, name).id;

describe('findBadgeFilm', () => {
  it('finds a film by id, with or without the slug after it', () => {
    expect(idOf('1')).toBe(1);
    expect(idOf('1-her-smell')).toBe(1);
  });

  it('finds a film by its export key, as exported or as stored', () => {
    expect(idOf('m/0814255')).toBe(2);
    expect(idOf('key:m/0814255')).toBe(2);
    expect(idOf('title:her smell:2018')).toBe(1);
  });

  it('finds a film by title in any case and accent, and by slug', () => {
    expect(idOf('Her Smell')).toBe(1);
    expect(idOf('HER SMELL')).toBe(1);
    expect(idOf('amelie')).toBe(3);
    expect(idOf('her-smell')).toBe(1);
  });

  it('finds a title made of digits when no film has that id', () => {
    expect(idOf('1917')).toBe(6);
  });

  it('refuses a title two films share, naming both and pointing to the id', () => {
    expect(() => findBadgeFilm(FILMS, 'Twin')).toThrow(/"Twin" is shared by 2 films \(Twin \(2001\), id 4; Twin \(2002\), id 5\).*use the film's id, e\.g\. \/badge\/4\.svg/);
    expect(() => findBadgeFilm(FILMS, 'twin')).toThrow(/shared by 2 films/);
  });

  it('says what a badge address may be when nothing matches', () => {
    for (const name of ['no such film', '', '   ', '99', 'x'.repeat(400)]) {
      expect(() => findBadgeFilm(FILMS, name)).toThrow(/No film has the id, key, slug or title/);
    }
  });
});
