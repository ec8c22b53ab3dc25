import { describe, expect, it } from 'vitest';
import { MIN_NAME_SIMILARITY, nameSimilarity, textMatchQuery, trigramMatchQuery } from './name-similarity.ts';

describe('nameSimilarity', () => {
  it('is 1 for the same name in another case or with accents', () => {
    expect(nameSimilarity('her smell', 'Her Smell')).toBe(1);
    expect(nameSimilarity('amelie', 'Amélie')).toBe(1);
  });

  it('finds misspelt names above the threshold', () => {
    expect(nameSimilarity('Her Smel', 'Her Smell')).toBeGreaterThan(0.8);
    expect(nameSimilarity('yoshda', 'Emily Yoshida')).toBeGreaterThan(MIN_NAME_SIMILARITY);
    expect(nameSimilarity('emly yoshida', 'Emily Yoshida')).toBeGreaterThan(MIN_NAME_SIMILARITY);
    expect(nameSimilarity('mat tailor', 'Matt Taylor')).toBeGreaterThan(MIN_NAME_SIMILARITY);
  });

  it('keeps unrelated names below the threshold', () => {
    expect(nameSimilarity('her smell', 'The Spool')).toBeLessThan(MIN_NAME_SIMILARITY);
    expect(nameSimilarity('yoshida', 'Matt Taylor')).toBeLessThan(MIN_NAME_SIMILARITY);
  });

  it('ranks a correct partial name above a misspelt one', () => {
    expect(nameSimilarity('smell', 'Her Smell')).toBeGreaterThan(nameSimilarity('smell', 'Spell'));
  });
});

describe('FTS5 queries from user input', () => {
  it('quotes every piece so FTS operators are not run', () => {
    expect(trigramMatchQuery('a"b OR smell')).toBe('"a""b" OR "sme" OR "mel" OR "ell"');
    expect(textMatchQuery('NEAR(x y) OR "z"')).toBe('"NEAR" "x" "y" "OR" "z"');
    expect(textMatchQuery('performance')).toBe('"performance"*');
  });

  it('is null when nothing searchable is left', () => {
    expect(trigramMatchQuery('ab')).toBeNull();
    expect(textMatchQuery('"*()')).toBeNull();
  });
});
