import { describe, expect, it } from 'vitest';
import { availabilityInSentence } from './availability.ts';
import { byPhrases, castListSentence, labelledLine, photoCredit } from './credit-lines.ts';
import { mpaaInSentence, parseMpaa } from './mpaa.ts';
import { parseIsoDuration, parseRuntime, runtimeInSentence } from './runtime.ts';
import type { TextUnit } from './text-unit.ts';

const prose = (text: string): TextUnit => ({ text, source: 'prose' });
const line = (text: string): TextUnit => ({ text, source: 'credit-line' });
const brief = (facts: { kind: string; value: string; character?: string }[]) =>
  facts.map((f) => (f.character ? `${f.kind}:${f.value} as ${f.character}` : `${f.kind}:${f.value}`));

describe('running time', () => {
  it.each([
    ['2 hours, 15 mins.', 135],
    ['2 hrs. 15 min.', 135],
    ['2h 15m', 135],
    ['two hours and fifteen minutes', 135],
    ['135 minutes', 135],
    ['1 hour 52 min', 112],
    ['2 hours', 120],
  ])('reads "%s" as %i minutes', (text, minutes) => expect(parseRuntime(text)).toBe(minutes));

  it('refuses what is no film length', () => {
    expect(parseRuntime('over two hours')).toBeNull();
    expect(parseRuntime('12 minutes')).toBeNull();
    expect(parseRuntime('3/4')).toBeNull();
  });

  it("reads schema.org's ISO 8601 durations", () => {
    expect(parseIsoDuration('PT2H15M')).toBe(135);
    expect(parseIsoDuration('PT98M')).toBe(98);
    expect(parseIsoDuration('P0DT1H30M0S')).toBe(90);
    expect(parseIsoDuration('2 hours')).toBeNull();
  });

  it('finds a stated length in a sentence, not an estimate or a part of the film', () => {
    expect(brief(runtimeInSentence(prose('The film runs 104 minutes and never drags.')))).toEqual(['runtime:104']);
    expect(brief(runtimeInSentence(prose('It has a running time of 2 hours, 5 minutes.')))).toEqual(['runtime:125']);
    expect(runtimeInSentence(prose('The movie runs over two hours.'))).toEqual([]);
    expect(runtimeInSentence(prose('The first act runs 45 minutes before anything happens.'))).toEqual([]);
    expect(runtimeInSentence(prose('For the first 40 minutes nothing happens.'))).toEqual([]);
    expect(brief(runtimeInSentence(line('Rated R (118 min.)')))).toEqual(['runtime:118']);
  });
});

describe('MPAA rating', () => {
  it('reads the mark at the start of a value, normalised', () => {
    expect(parseMpaa('R (language)')).toBe('R');
    expect(parseMpaa('Rated PG-13 for violence')).toBe('PG-13');
    expect(parseMpaa('MPAA R')).toBe('R');
    expect(parseMpaa('Not Rated')).toBe('NR');
    expect(parseMpaa('3/4')).toBeNull();
    expect(parseMpaa('Great')).toBeNull();
  });

  it('finds "rated R" in prose, in capitals only', () => {
    expect(brief(mpaaInSentence(prose('The film is rated R for language throughout.')))).toEqual(['mpaa:R']);
    expect(brief(mpaaInSentence(prose('(Rated PG-13 for some violence.)')))).toEqual(['mpaa:PG-13']);
    expect(mpaaInSentence(prose('It is highly rated by everyone who saw it.'))).toEqual([]);
    expect(mpaaInSentence(prose('A created world, richly rated g minus.'))).toEqual([]);
  });
});

describe('where it is playing', () => {
  it('reads "now playing / streaming" with the place, and labelled lines', () => {
    expect(brief(availabilityInSentence(prose('The film is now playing in select theaters.')))).toEqual([
      'availability:now playing in select theaters',
    ]);
    expect(brief(availabilityInSentence(prose('“The Film” is now streaming on Amazon Prime.')))).toEqual([
      'availability:now streaming on Amazon Prime',
    ]);
    expect(brief(availabilityInSentence(prose('It is available on Netflix from Friday.')))).toEqual([
      'availability:available on Netflix',
    ]);
    expect(brief(labelledLine(line('Playing at: PFS at the Roxy')) ?? [])).toEqual(['availability:playing at PFS at the Roxy']);
  });

  it('leaves out a bare "now streaming" and a streaming mention without a service', () => {
    expect(availabilityInSentence(prose('Released this spring and now streaming, it is the best of the year.'))).toEqual([]);
    expect(availabilityInSentence(prose('The streaming on my laptop kept stuttering.'))).toEqual([]);
  });
});

describe('labelled lines and credit lines', () => {
  it('reads info-box labels into credits of their kind', () => {
    expect(brief(labelledLine(line('Director: Ada Quill')) ?? [])).toEqual(['director:Ada Quill']);
    expect(brief(labelledLine(line('Written and directed by: Ada Quill')) ?? [])).toEqual(['director:Ada Quill', 'writer:Ada Quill']);
    expect(brief(labelledLine(line('Stars: Tom Harrow, Cher and Ben Olu')) ?? [])).toEqual([
      'cast:Tom Harrow',
      'cast:Cher',
      'cast:Ben Olu',
    ]);
    expect(brief(labelledLine(line('Cast: Tom Harrow as Elias, Mae Lund as Ruth')) ?? [])).toEqual([
      'cast:Tom Harrow as Elias',
      'cast:Mae Lund as Ruth',
    ]);
    expect(brief(labelledLine(line('Running time: 2 hours, 15 mins.')) ?? [])).toEqual(['runtime:135']);
    expect(brief(labelledLine(line('Parents guide: R (language)')) ?? [])).toEqual(['mpaa:R']);
    expect(brief(labelledLine(line('Distributor: Gunpowder & Sky')) ?? [])).toEqual(['distributor:Gunpowder & Sky']);
  });

  it('is no labelled line when the label is not a credit', () => {
    expect(labelledLine(line('Rating: 3/4'))).toEqual([]);
    expect(labelledLine(line('Verdict: see it'))).toBeNull();
    expect(labelledLine(line('The problem is this: nobody cares.'))).toBeNull();
  });

  it('reads "<verb> by" credits, stopping where the names stop', () => {
    expect(brief(byPhrases(line('Directed by Ada Quill.')))).toEqual(['director:Ada Quill']);
    expect(brief(byPhrases(line('Distributed by Gunpowder and Sky.')))).toEqual(['distributor:Gunpowder and Sky']);
    expect(brief(byPhrases(prose('Shot by Lena Park on 16mm, the film looks wonderful.')))).toEqual(['cinematography:Lena Park']);
    expect(brief(byPhrases(prose('Directed by Ada Quill from a script by Ben Olu, it sings.')))).toEqual(['director:Ada Quill']);
    expect(brief(byPhrases(prose('The songs come from music by the Nashville band Bully, and by local hero Mae Lund.')))).toEqual([
      'music:Bully',
      'music:Mae Lund',
    ]);
  });

  it('does not credit the film with another work\'s author', () => {
    expect(byPhrases(prose('She sings a song written by Bryan Adams to her daughter.'))).toEqual([]);
    expect(byPhrases(prose('It adapts the novel written by Jane Roe.'))).toEqual([]);
  });

  it('reads a cast list only when every part is a name', () => {
    expect(brief(castListSentence(line('With Tom Harrow, Mae Lund, and Ben Olu.')))).toEqual([
      'cast:Tom Harrow',
      'cast:Mae Lund',
      'cast:Ben Olu',
    ]);
    expect(castListSentence(line('With a spring release and a tiny distributor, it may vanish.'))).toEqual([]);
  });

  it('reads a company in a photo credit as the distributor, and a photographer as nothing', () => {
    expect(photoCredit('Photo Credit: Gunpowder & Sky')).toMatchObject([{ kind: 'distributor', value: 'Gunpowder & Sky', source: 'photo-credit' }]);
    expect(photoCredit('Photo: Jane Doe/Neon')).toMatchObject([{ value: 'Neon' }]);
    expect(photoCredit('Photo courtesy of A24')).toMatchObject([{ value: 'A24' }]);
    expect(photoCredit('Photo credit: Jane Doe')).toEqual([]);
  });
});
