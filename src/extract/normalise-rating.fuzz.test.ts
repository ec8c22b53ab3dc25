/**
 * Fuzz tests of the rating parsers (fast-check): arbitrary fields and lines never throw and give well-formed
 * ratings. A failure prints fast-check's seed and path; FUZZ_SEED and FUZZ_PATH replay it (see test/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters, hasLoneSurrogate } from '../../test/fuzz.ts';
import { findRatingInText, parseRating } from './normalise-rating.ts';

const SCALES = new Set(['stars', 'words', 'hundred', 'fraction', 'letter']);

// Pieces of ratings as critics and exports write them, mixed with arbitrary text, so that most generated strings
// come close to a rating rather than being noise.
const ratingPiece = fc.oneof(
  fc.constantFrom(
    '★', '☆', '½', '*', '⭐', '/', ' / ', ' out of ', ' of ', ' stars', ' star', 'Rating: ', 'Grade: ', 'Score: ',
    'we give it ', 'B+', 'A-', 'C', 'F', 'four', 'three and a half', 'ten', '3', '4', '5', '10', '100', '3.5', '7.25',
    '(', ')', '[', ']', '.', '!', ',', ';', ' ', '\n', '\t', '\u00a0', '\u200b', '−', '–', '⁄',
  ),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);
const ratingText = fc.array(ratingPiece, { maxLength: 14 }).map((pieces) => pieces.join(''));
// Long lines of one repeated cue: the inputs that used to take quadratic time.
const longLine = fc
  .tuple(fc.constantFrom('out of ', '4/', 'stars ', 'rated ', '½', '★ ', '.', 'Grade: ', '(3/4) '), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([piece, count]) => piece.repeat(count));

function squash(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
}

function expectWellFormed(rating: { raw: string; score: number; scale: string }): void {
  expect(Number.isInteger(rating.score)).toBe(true);
  expect(rating.score).toBeGreaterThanOrEqual(0);
  expect(rating.score).toBeLessThanOrEqual(100);
  expect(SCALES.has(rating.scale)).toBe(true);
}

describe('parseRating (fuzz)', () => {
  it('never throws, and a rating it finds is a score in 0..100 read from the whole field', () => {
    fc.assert(
      fc.property(ratingText, (raw) => {
        const rating = parseRating(raw);
        if (rating === null) return;
        expectWellFormed(rating);
        expect(rating.raw).toBe(raw.trim());
      }),
      fuzzParameters(4_000),
    );
  });

  it('reads every n/d on an accepted scale as round(100 n / d)', () => {
    const fraction = fc
      .tuple(fc.constantFrom(3, 4, 5, 10, 20, 100), fc.integer({ min: 0, max: 100 }))
      .filter(([scale, value]) => value <= scale);
    fc.assert(
      fc.property(fraction, ([scale, value]) => {
        expect(parseRating(`${value}/${scale}`)?.score).toBe(Math.round((100 * value) / scale + 1e-9));
      }),
      fuzzParameters(1_000),
    );
  });
});

describe('findRatingInText (fuzz)', () => {
  it('never throws, and a rating it finds is well formed, with evidence taken from the text', () => {
    fc.assert(
      fc.property(fc.array(ratingText, { maxLength: 5 }), (lines) => {
        const text = lines.join('\n');
        const found = findRatingInText(text);
        if (found === null) return;
        expectWellFormed(found.rating);
        expect(squash(text)).toContain(squash(found.evidence));
        if (!hasLoneSurrogate(text)) expect(hasLoneSurrogate(found.evidence)).toBe(false);
      }),
      fuzzParameters(3_000),
    );
  });

  it('finds a labelled rating on its own line among prose without cues', () => {
    const prose = fc.array(fc.constantFrom('the', 'ferry', 'captain', 'is', 'quiet', 'and', 'harbour', 'light', 'a'), { minLength: 1, maxLength: 12 });
    const fraction = fc
      .tuple(fc.constantFrom(4, 5, 10), fc.integer({ min: 0, max: 10 }))
      .filter(([scale, value]) => value <= scale);
    fc.assert(
      fc.property(fc.array(prose, { maxLength: 4 }), fraction, fc.array(prose, { maxLength: 4 }), (before, [scale, value], after) => {
        const lines = [...before.map((words) => words.join(' ')), `Rating: ${value}/${scale}`, ...after.map((words) => words.join(' '))];
        expect(findRatingInText(lines.join('\n'))?.rating.score).toBe(Math.round((100 * value) / scale + 1e-9));
      }),
      fuzzParameters(1_000),
    );
  });

  it('reads long lines of a repeated cue without throwing', () => {
    fc.assert(
      fc.property(longLine, (line) => {
        const found = findRatingInText(line);
        if (found !== null) expectWellFormed(found.rating);
        const rating = parseRating(line);
        if (rating !== null) expectWellFormed(rating);
      }),
      fuzzParameters(60),
    );
  });
});
