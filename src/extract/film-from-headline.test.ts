import { describe, expect, it } from 'vitest';
import { filmFromHeadlines } from './film-from-headline.ts';

const BODY = ['Her Smell is a punk-rock nightmare. Moss is fierce in Her Smell.'];

describe('filmFromHeadlines', () => {
  const rows: Array<[string, string, number?]> = [
    ['Her Smell Review: A Punk Rock Masterpiece', 'Her Smell'],
    ['Her Smell review – Elisabeth Moss rages', 'Her Smell'],
    ['Review: Her Smell', 'Her Smell'],
    ['Film Review: Her Smell', 'Her Smell'],
    ['Review: ‘Her Smell’ Is a Punk-Rock Nightmare', 'Her Smell'],
    ['Review: Her Smell is a punk-rock nightmare with a big heart', 'Her Smell'],
    ["'Her Smell' review: Moss is magnificent", 'Her Smell'],
    ['“Her Smell” movie review', 'Her Smell'],
    ['Desire, Use, Repeat: Patterns of Grace in “Her Smell”', 'Her Smell'],
    ['Her Smell (2018)', 'Her Smell', 2018],
    ['Her Smell (2018) Review: Grunge and Grace', 'Her Smell', 2018],
    ['HomeMoviesHer Smell Review: A Punk Rock Masterpiece', 'Her Smell'],
    ['Home > Movies > Her Smell Review', 'Her Smell'],
  ];
  for (const [headline, title, year] of rows) {
    it(`${headline} -> ${title}${year ? ` (${year})` : ''}`, () => {
      const found = filmFromHeadlines({ headings: [headline], body: BODY });
      expect(found?.title).toBe(title);
      expect(found?.year).toBe(year);
      expect(found?.source).toBe('headline');
      expect(found?.evidence).toBe(headline);
      expect(found?.supported).toBe(true);
    });
  }

  it('reads the page title, site name and all', () => {
    const found = filmFromHeadlines({ headings: [], pageTitle: 'Her Smell review – a punk triumph | Film | The Daily Reel', body: BODY });
    expect(found?.title).toBe('Her Smell');
  });

  it('prefers the candidate the body mentions', () => {
    const found = filmFromHeadlines({ headings: ['The Spool / Filmmaker of the Month', 'Review: “Her Smell”'], body: BODY });
    expect(found?.title).toBe('Her Smell');
  });

  it('keeps an explicit headline the body never repeats, marked unsupported', () => {
    const found = filmFromHeadlines({ headings: ['Review: Parasite'], body: ['A short capsule about class.'] });
    expect(found).toMatchObject({ title: 'Parasite', supported: false });
  });

  it('finds nothing in headlines that name no film', () => {
    for (const headline of ['The best live TV streaming services', 'Read our review of the week', 'Movie Review', 'Review:']) {
      expect(filmFromHeadlines({ headings: [headline], body: BODY })).toBeNull();
    }
  });
});
