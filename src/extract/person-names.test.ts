import { describe, expect, it } from 'vitest';
import { creditedNames } from './credited-names.ts';
import { isNameLike, nameKey } from './person-names.ts';

describe('isNameLike', () => {
  const rows: Array<[string, boolean]> = [
    ['Emily Yoshida', true],
    ['J. R. R. Tolkien', true],
    ['Guillermo del Toro', true],
    ['Jane Doe and John Roe', true],
    ["Sean O'Malley", true],
    ['The Pop Break', false],
    ['Staff', false],
    ['She', false],
    ['Jane Doe 2019', false],
    ['updated three hours ago', false],
    ['@janedoe', false],
  ];
  for (const [input, expected] of rows) {
    it(`${input} -> ${expected}`, () => expect(isNameLike(input)).toBe(expected));
  }
});

describe('nameKey', () => {
  it('ignores case, accents and punctuation', () => {
    expect(nameKey('Timothée  Chalamet')).toBe(nameKey('timothee chalamet'));
  });
});

describe('creditedNames', () => {
  it('collects directors, cast lists, role nouns and actors in brackets', () => {
    const names = creditedNames(
      [
        'Director: Alex Ross Perry',
        'Her Smell. Directed by Alex Ross Perry. With Elisabeth Moss, Dan Stevens, and Cara Delevingne.',
        'Becky Something (Elisabeth Moss) yells at her manager (Eric Stoltz). Actress Gayle Rankin shines.',
      ],
      ['Keegan DeWitt'],
    );
    for (const name of ['Alex Ross Perry', 'Elisabeth Moss', 'Dan Stevens', 'Cara Delevingne', 'Eric Stoltz', 'Gayle Rankin', 'Keegan DeWitt']) {
      expect(names.has(nameKey(name)), name).toBe(true);
    }
    expect(names.has(nameKey('Becky Something'))).toBe(false);
  });
});
