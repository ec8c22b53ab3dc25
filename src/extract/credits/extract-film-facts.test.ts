import { describe, expect, it } from 'vitest';
import type { FilmFact } from '../../domain/credits.ts';
import type { CleanDocument, DroppedLine } from '../../domain/document.ts';
import { CREDITS_VERSION, extractFilmFacts } from './extract-film-facts.ts';
import { jsonLdCredits } from './json-ld-credits.ts';
import { expandShortName, isTitleShaped, personName, splitList } from './names.ts';

function facts(paragraphs: string[], options: { dropped?: DroppedLine[]; jsonLd?: unknown[]; title?: string } = {}): string[] {
  const clean: CleanDocument = {
    paragraphs,
    headings: [],
    dropped: options.dropped ?? [],
    meta: options.jsonLd ? { jsonLd: options.jsonLd } : {},
    version: 'test',
  };
  const film = { value: { title: options.title ?? 'The Lighthouse Keeper' }, source: 'text' as const };
  return extractFilmFacts({ clean, draft: { film } }).facts.map(brief);
}
const brief = (f: FilmFact) => `${f.kind}:${f.value}${f.character ? ` as ${f.character}` : ''}:${f.source}`;

describe('extractFilmFacts', () => {
  it('expands a surname to the full name the review gives, from its facts or its text', () => {
    expect(
      facts(['Ada Quill has made a quiet film.', 'It is hard not to admire Quill’s direction, or Harrow’s performance.']),
    ).toEqual(['director:Ada Quill:prose', 'cast:Harrow:prose']);
    expect(facts(['Elias (Tom Harrow) keeps the light.', 'Harrow’s performance is a marvel.'])).toEqual([
      'cast:Tom Harrow as Elias:prose',
      'cast:Tom Harrow:prose',
    ]);
  });

  it('never takes a character for a person', () => {
    expect(facts(['Elias Varga (Tom Harrow) keeps the light.', 'Elias’s performance of the old songs is lovely.'])).toEqual([
      'cast:Tom Harrow as Elias Varga:prose',
    ]);
  });

  it('drops a weak reading about someone the review ties to another work, but not a stated credit', () => {
    expect(facts(['In her memoir, Jane Roe wrote: “Light is a habit.”', 'Jane Roe’s performance is not in this film.'])).toEqual([]);
    expect(facts(['Jane Roe wrote the book.', 'Ruth (Jane Roe) is the sister.', 'Jane Roe’s performance is fine.'])).toEqual([
      'cast:Jane Roe as Ruth:prose',
      'cast:Jane Roe:prose',
    ]);
  });

  it('keeps a fact once, from its strongest source, and reads info boxes and labelled paragraphs', () => {
    const dropped: DroppedLine[] = [{ text: 'Director: Ada Quill', reason: 'info-box' }];
    expect(facts(['Director Ada Quill keeps her distance.', 'Running time: 92 min.'], { dropped })).toEqual([
      'director:Ada Quill:info-box',
      'runtime:92:credit-line',
    ]);
  });

  it('reads a photo credit naming a company as a weak distributor', () => {
    const dropped: DroppedLine[] = [{ text: 'Photo Credit: Northlight Pictures', reason: 'photo-credit' }];
    expect(facts(['A quiet film.'], { dropped })).toEqual(['distributor:Northlight Pictures:photo-credit']);
  });

  it('returns its version and nothing for a short quote without credits', () => {
    const clean: CleanDocument = { paragraphs: ['A triumph.'], headings: [], dropped: [], meta: {}, version: 'test' };
    expect(extractFilmFacts({ clean, draft: { film: null } })).toEqual({ facts: [], version: CREDITS_VERSION });
  });
});

describe('jsonLdCredits', () => {
  it('follows @id references and reads roles, characters, duration, rating and distributor', () => {
    const read = jsonLdCredits([
      {
        '@graph': [
          { '@type': 'Person', '@id': '#d', name: 'Ada Quill' },
          {
            '@type': 'Movie',
            '@id': '#m',
            name: 'The Lighthouse Keeper',
            director: { '@id': '#d' },
            actor: [
              { '@type': 'PerformanceRole', actor: { name: 'Tom Harrow' }, characterName: 'Elias' },
              'Mae Lund',
              { '@type': 'Organization', name: 'A Theatre Company' },
            ],
            duration: 'PT1H32M',
            contentRating: { '@type': 'Rating', ratingValue: 'PG-13' },
            distributor: { '@type': 'Organization', name: 'Northlight' },
          },
          { '@type': 'Review', itemReviewed: { '@id': '#m' } },
        ],
      },
    ]).map(brief);
    expect(read).toEqual([
      'director:Ada Quill:json-ld',
      'cast:Tom Harrow as Elias:json-ld',
      'cast:Mae Lund:json-ld',
      'runtime:92:json-ld',
      'mpaa:PG-13:json-ld',
      'distributor:Northlight:json-ld',
    ]);
  });

  it('reads nothing when the reviewed item is not a film', () => {
    expect(jsonLdCredits([{ '@type': 'Review', itemReviewed: { '@type': 'Book', name: 'A Book', author: 'Jane Roe' } }])).toEqual([]);
    expect(jsonLdCredits(undefined)).toEqual([]);
  });
});

describe('names', () => {
  it('accepts names and refuses titles, acronyms and sentence openers', () => {
    expect(personName('Guillermo del Toro')).toBe('Guillermo del Toro');
    expect(personName("Ryan O'Neal,")).toBe("Ryan O'Neal");
    expect(personName('Alex Ross Perry.')).toBe('Alex Ross Perry');
    expect(personName('Paul McGuigan...')).toBe('Paul McGuigan');
    expect(personName('Her Smell')).toBeNull();
    expect(personName('HBO')).toBeNull();
    expect(personName('The Spool')).toBeNull();
  });

  it('splits lists and recognises title case', () => {
    expect(splitList('A, B, and C')).toEqual(['A', 'B', 'C']);
    expect(splitList('A & B')).toEqual(['A', 'B']);
    expect(isTitleShaped('A Woman Under the Influence')).toBe(true);
    expect(isTitleShaped('This is Spinal Tap')).toBe(true);
    expect(isTitleShaped('Just a bunch of junk')).toBe(false);
  });

  it('expands a short name only to the one full name it can stand for', () => {
    expect(expandShortName('Perry', ['Alex Ross Perry', 'Elisabeth Moss'])).toBe('Alex Ross Perry');
    expect(expandShortName('Ross Perry', ['Alex Ross Perry'])).toBe('Alex Ross Perry');
    expect(expandShortName('Agyness', ['Agyness Deyn'])).toBe('Agyness Deyn');
    expect(expandShortName('Smith', ['Ann Smith', 'Bob Smith'])).toBeNull();
    expect(expandShortName('Moss', ['Alex Ross Perry'])).toBeNull();
  });
});

describe('extractFilmFacts on long lines', () => {
  it('reads a long unpunctuated line of credit phrases and brackets to its end', () => {
    const line = `${'Directed by Ada Quill and produced by Ben Olu with '.repeat(2_000)}Elias (Tom Harrow) keeps the light.`;
    expect(facts([line])).toEqual(expect.arrayContaining(['director:Ada Quill:credit-line', 'cast:Tom Harrow as Elias:credit-line']));
  });

  it('reads a line of a hundred thousand bracketed actors without overflowing', () => {
    expect(facts([`${'Becky Something (Elisabeth Moss), '.repeat(100_000)}and more.`])).toEqual(['cast:Elisabeth Moss as Becky Something:prose']);
  });
});
