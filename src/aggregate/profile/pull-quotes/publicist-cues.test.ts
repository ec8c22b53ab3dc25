/**
 * The publicist's cues on constructed lines, in prose and in the lowercased, tokenised form of a review corpus:
 * the same cue must fire on both, and broken punctuation is told from tokenised spacing.
 */
import { describe, expect, it } from 'vitest';
import { brokenPunctuation, creditBlock, cuesOf } from './publicist-cues.ts';

const names = (text: string) => cuesOf(text).map((c) => c.name);

describe('cuesOf', () => {
  it.each([
    ['One of the best films of the year.', ['whole-film-verdict', 'superlative']],
    ['Lane gives the performance of her career.', ['performance']],
    ['Lane delivers the best performance of her career.', ['superlative', 'performance', 'career-best']],
    ['The costume design is lovely and fun.', ['minor-craft-first']],
    ['The film follows a singer on her last tour.', ['plot-summary']],
    ['Better than the original, and funnier.', ['another-work']],
    ['“Night Bus” is a delight.', ['opens-with-quotation']],
    ['Night Bus is a small wonder.', ['subject-is-verdict']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
    expect(names(text.toLowerCase().replace(/([,.])/g, ' $1'))).toEqual(expect.arrayContaining(expected.filter((n) => n !== 'opens-with-quotation')));
  });

  it('finds no cue in plain praise of a scene', () => {
    expect(names('A tender, funny scene at the station.')).toEqual([]);
  });
});

describe('brokenPunctuation', () => {
  it.each(['The film te,lls a story.', 'A ""great"" film.', 'A fine,, funny film.'])('refuses %s', (text) => {
    expect(brokenPunctuation(text)).toBe(true);
  });
  it.each(['A fine, funny film.', 'a fine , funny film .', 'a " feel good " comedy .', '“Night Bus,” a delight.'])('passes %s', (text) => {
    expect(brokenPunctuation(text)).toBe(false);
  });
});

describe('creditBlock', () => {
  it('finds a flattened credit block and not a colon in prose', () => {
    expect(creditBlock('Ann Lane screenplay: Bo Marsh cinematography: Cy Dunn')).toBe(true);
    expect(creditBlock('One thing is certain: it is a delight.')).toBe(false);
  });
});
