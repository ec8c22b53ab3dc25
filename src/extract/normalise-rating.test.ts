import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared-data.ts';
import { findRatingInText, parseRating } from './normalise-rating.ts';

describe('parseRating', () => {
  const rows: Array<[string, number | null, string?]> = [
    // fractions: round(100 * n / d)
    ['3/5', 60, 'fraction'],
    ['7/10', 70, 'fraction'],
    ['3.5/4', 88, 'fraction'],
    ['2.5/4', 63, 'fraction'],
    ['3/4', 75, 'fraction'],
    ['3.5/5', 70, 'fraction'],
    ['85/100', 85, 'hundred'],
    ['10/10', 100, 'fraction'],
    ['0/4', 0, 'fraction'],
    ['1.5/5', 30, 'fraction'],
    ['17/20', 85, 'fraction'],
    ['2/3', 67, 'fraction'],
    ['3 / 5', 60, 'fraction'],
    ['(3/5)', 60, 'fraction'],
    ['4 out of 5', 80, 'fraction'],
    ['8 out of 10', 80, 'fraction'],
    ['3 of 4', 75, 'fraction'],
    ['Rating: 3.5/4', 88, 'fraction'],
    ['Score: 7/10', 70, 'fraction'],
    // letters: Metacritic's table
    ['A+', 100, 'letter'],
    ['A', 100, 'letter'],
    ['A-', 91, 'letter'],
    ['B+', 83, 'letter'],
    ['B', 75, 'letter'],
    ['B-', 67, 'letter'],
    ['C+', 58, 'letter'],
    ['C', 50, 'letter'],
    ['C-', 42, 'letter'],
    ['D+', 33, 'letter'],
    ['D', 25, 'letter'],
    ['D-', 17, 'letter'],
    ['F', 0, 'letter'],
    ['F-', 0, 'letter'],
    ['E', 0, 'letter'],
    ['A−', 91, 'letter'],
    ['B–', 67, 'letter'],
    ['b +', 83, 'letter'],
    ['b-', 67, 'letter'],
    ['B plus', 83, 'letter'],
    ['A minus', 91, 'letter'],
    ['Grade: B-', 67, 'letter'],
    ['grade B+', 83, 'letter'],
    // stars
    ['★★★½', 88, 'stars'],
    ['★★★', 75, 'stars'],
    ['★★★★★', 100, 'stars'],
    ['★★★☆☆', 60, 'stars'],
    ['★★★½ of 4', 88, 'stars'],
    ['★★ out of 5', 40, 'stars'],
    ['****', 100, 'stars'],
    ['***1/2', 88, 'stars'],
    ['½', 13, 'stars'],
    ['2½ stars', 63, 'stars'],
    ['3 1/2 stars', 88, 'stars'],
    ['4 stars', 100, 'stars'],
    ['4.5 stars', 90, 'stars'],
    ['5 stars', 100, 'stars'],
    ['3.5 stars out of 5', 70, 'stars'],
    ['4 out of 5 stars', 80, 'stars'],
    ['3/5 stars', 60, 'stars'],
    // words
    ['three stars out of four', 75, 'stars'],
    ['Three and a half stars out of four.', 88, 'stars'],
    ['three-and-a-half stars', 88, 'stars'],
    ['four out of five', 80, 'words'],
    // malformed or meaningless: null, never a number
    ['5/0', null],
    ['7/5', null],
    ['N/A', null],
    ['', null],
    ['   ', null],
    ['-1/4', null],
    ['3/', null],
    ['/4', null],
    ['1/3/2019', null],
    ['TBD', null],
    ['4.5.6/10', null],
    ['G', null],
    ['B++', null],
    ['A+/A', null],
    ['7/13', null],
    ['5/8', null],
    ['3/6', null],
    ['1/2', null],
    ['7', null],
    ['85', null],
    ['3 1/2', null],
    ['3.14159/4', null],
    ['6 stars', null],
    ['six out of five', null],
    ['7 points', null],
    ['stars', null],
    ['fresh', null],
  ];
  for (const [input, score, scale] of rows) {
    it(`${JSON.stringify(input)} -> ${score ?? 'null'}`, () => {
      const rating = parseRating(input);
      if (score === null) {
        expect(rating).toBeNull();
        return;
      }
      expect(rating).toEqual({ raw: input.trim(), score, scale });
    });
  }
});

describe('findRatingInText', () => {
  const rows: Array<[string, number | null]> = [
    ['Grade: B-', 67],
    ['Rating: 3.5/4', 88],
    ['★★★½', 88],
    ['Three stars out of four.', 75],
    ['A moving, messy film (3/5)', 60],
    ['We give it 7/10 and move on.', 70],
    ['It earns 4 out of 5 stars from me.', 80],
    ['I give it a B+.', 83],
    ['Final verdict: ★★★★', 100],
    ['Our rating: ***½', 88],
    ['The score is haunting. Rating: 2/4', 50],
    ['2½ stars', 63],
    ['Opens Saturday, April 27 at 6:30 p.m.', null],
    ['The screening is on 4/27.', null],
    ['Running time: 2 hours, 15 mins.', null],
    ['It will go down as one of two things.', null],
    ['anyone who dares come within 20 feet of her', null],
    ['this is their third collaboration', null],
    ['In five scenes spread across roughly a decade', null],
    ['It debuted at No. 1 in 1995.', null],
    ['The two stars share a scene.', null],
    ['Nine out of ten people left early.', null],
    ['***', null],
    ['Parents guide: R (language)', null],
    ['Rated R for language. Released 1/3/2019.', null],
    ['Stars: Elisabeth Moss, Cara Delevingne, Dan Stevens', null],
    ['He has a knack to score a goal.', null],
    ['a B-movie plot', null],
    ['Footnote marker (*) here', null],
    ['', null],
  ];
  for (const [input, score] of rows) {
    it(`${JSON.stringify(input)} -> ${score ?? 'null'}`, () => {
      expect(findRatingInText(input)?.rating.score ?? null).toBe(score);
    });
  }

  it('gives the words it read the rating from as evidence', () => {
    expect(findRatingInText('Long prose here.\nGrade: B-\nMore prose.')).toEqual({
      rating: { raw: 'B-', score: 67, scale: 'letter' },
      evidence: 'Grade: B-',
    });
  });
});

describeWithShared(['seeds'], 'findRatingInText on the real seed reviews', () => {
  const dir = sharedPath('seeds');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    it(`finds no rating in ${name}, which states none`, () => {
      expect(findRatingInText(readFileSync(`${dir}/${name}`, 'utf8'))).toBeNull();
    });
  }
});
