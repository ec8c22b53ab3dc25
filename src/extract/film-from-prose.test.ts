import { describe, expect, it } from 'vitest';
import { filmFromCreditLine, filmFromProse, statedYear } from './film-from-prose.ts';

describe('filmFromProse', () => {
  it('finds the title after the director’s possessive and as a subject', () => {
    const prose = [
      'In Alex Ross Perry’s Her Smell, Becky Something (Elisabeth Moss) falls apart.',
      'Her Smell is exhausting. Moss plays Becky with abandon, and Becky is a monster.',
    ];
    expect(filmFromProse(prose)).toMatchObject({ title: 'Her Smell', source: 'text' });
  });

  it('finds a quoted title that the review repeats', () => {
    const prose = ['Writer-director Jane Roe made “Cold Harbour” on a shoestring.', 'Still, “Cold Harbour” works.'];
    expect(filmFromProse(prose)?.title).toBe('Cold Harbour');
  });

  it('does not take the actors or characters for the film', () => {
    const prose = [
      'Becky Something (Elisabeth Moss) is a rock star. Elisabeth Moss is terrific, and Becky screams at Mari.',
      'Director Alex Ross Perry keeps Becky moving. Perry’s camera never rests. Elisabeth Moss’s performance is huge.',
      'Moss plays Becky as a storm. Becky is tiring, Becky is cruel, Becky is brilliant.',
    ];
    expect(filmFromProse(prose)).toBeNull();
  });

  it('reads a credit line outright', () => {
    expect(filmFromProse(['A fine film.', 'Her Smell (2018). Directed by Alex Ross Perry. With Elisabeth Moss.'])).toEqual({
      title: 'Her Smell',
      year: 2018,
      source: 'credit-line',
      evidence: 'Her Smell (2018). Directed by Alex Ross Perry. With Elisabeth Moss.',
    });
  });

  it('gives null for prose that names no film convincingly', () => {
    expect(filmFromProse(['I loved it. It was great.', 'The Spool liked it once.'])).toBeNull();
    expect(filmFromProse([])).toBeNull();
  });
});

describe('filmFromCreditLine', () => {
  it('needs a "Directed by" right after the title', () => {
    expect(filmFromCreditLine(['Directed by Alex Ross Perry.'])).toBeNull();
    expect(filmFromCreditLine(['It was the best of times. Directed by nobody.'])).toBeNull();
  });
});

describe('statedYear', () => {
  it('takes a year only right after the title', () => {
    expect(statedYear('Her Smell', ['We saw Her Smell (2018) twice.'])).toBe(2018);
    expect(statedYear('Her Smell', ['“Her Smell” (2018)'])).toBe(2018);
    expect(statedYear('Her Smell', ['Her Smell opened in 2019 (April).'])).toBeUndefined();
    expect(statedYear('Her Smell', ['In 2018 (or so), Her Smell premiered.'])).toBeUndefined();
  });
});
