import { describe, expect, it } from 'vitest';
import { appendCrossCharGrams, uniqueBuckets } from './features.ts';
import { featuresOf } from './text-features.ts';
import { tokenize } from './tokenize.ts';

describe('uniqueBuckets', () => {
  it('drops repeats and keeps first occurrences in order, however many there are', () => {
    expect(Array.from(uniqueBuckets([5, 3, 5, 9, 3, 0]))).toEqual([5, 3, 9, 0]);
    const many = Array.from({ length: 20_000 }, (_, i) => i % 7_000);
    expect(uniqueBuckets(many).length).toBe(7_000);
    expect(Array.from(uniqueBuckets([]))).toEqual([]);
  });
});

describe('character n-grams across words', () => {
  it('gives one feature per n-gram of each length over the spaced words, and repeats nothing after featuresOf', () => {
    const out: number[] = [];
    // The comma is a token too: " ab , cd " has 9 characters, so 8 bigrams and 7 trigrams.
    appendCrossCharGrams(tokenize('Ab, cd'), 2, 3, 16, 0, out);
    expect(out.length).toBe(8 + 7);
    const shape = { bits: 16, order: 5, charGrams: 2, kind: 'chars' as const, salt: 1 };
    const features = featuresOf(tokenize('not funny, not funny'), shape);
    expect(new Set(features).size).toBe(features.length);
    expect(featuresOf(tokenize('Not funny'), shape)).toEqual(featuresOf(tokenize('not  funny'), shape));
  });
});
