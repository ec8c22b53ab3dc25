import { describe, expect, it } from 'vitest';
import { filmKey } from './film-key.ts';

describe('filmKey', () => {
  it('uses the export key when one is given, even with a title', () => {
    expect(filmKey({ key: 'm/0814255', title: 'Percy Jackson', year: 2010 })).toBe('key:m/0814255');
  });

  it('uses the normalised title and the year otherwise', () => {
    expect(filmKey({ title: '  Amélie ', year: 2001 })).toBe('title:amelie:2001');
    expect(filmKey({ title: 'The  GODFATHER' })).toBe('title:the godfather:');
  });

  it('treats a blank title or key, and an impossible year, as missing', () => {
    expect(filmKey({ key: '  ', title: 'Heat', year: Number.NaN })).toBe('title:heat:');
    expect(filmKey({ title: '   ' })).toBe('unknown');
    expect(filmKey({})).toBe('unknown');
  });
});
