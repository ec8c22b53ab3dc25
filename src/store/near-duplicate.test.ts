import { describe, expect, it } from 'vitest';
import { ORIGINAL_REVIEW, OTHER_REVIEW, SYNDICATED_REVIEW } from './compliance/syndicated-text.ts';
import {
  CANDIDATE_ESTIMATE,
  estimatedSimilarity,
  fingerprint,
  isNearDuplicate,
  MIN_WORDS,
  shingleJaccard,
  words,
} from './near-duplicate.ts';

describe('near-duplicate texts', () => {
  it('reads words without case, accents or punctuation', () => {
    expect(words('Café, CAFE — “cafe”!')).toEqual(['cafe', 'cafe', 'cafe']);
  });

  it('finds a syndicated copy with its own boilerplate and a few words changed', () => {
    expect(shingleJaccard(ORIGINAL_REVIEW, SYNDICATED_REVIEW)).toBeGreaterThanOrEqual(0.8);
    expect(isNearDuplicate(ORIGINAL_REVIEW, SYNDICATED_REVIEW)).toBe(true);
    expect(isNearDuplicate(ORIGINAL_REVIEW, ORIGINAL_REVIEW.toUpperCase())).toBe(true);
  });

  it('keeps apart a different review of the same film', () => {
    expect(shingleJaccard(ORIGINAL_REVIEW, OTHER_REVIEW)).toBeLessThan(0.2);
    expect(isNearDuplicate(ORIGINAL_REVIEW, OTHER_REVIEW)).toBe(false);
  });

  it('never calls short texts duplicates, however alike', () => {
    const quote = 'A must-see for anyone who loves the movies.';
    expect(words(quote).length).toBeLessThan(MIN_WORDS);
    expect(fingerprint(quote).signature).toBeNull();
    expect(isNearDuplicate(quote, quote)).toBe(false);
  });

  it('estimates similarity from the sketches well enough to keep every near-duplicate a candidate', () => {
    const original = fingerprint(ORIGINAL_REVIEW).signature as Uint32Array;
    const copy = fingerprint(SYNDICATED_REVIEW).signature as Uint32Array;
    const other = fingerprint(OTHER_REVIEW).signature as Uint32Array;
    expect(estimatedSimilarity(original, original)).toBe(1);
    expect(estimatedSimilarity(original, copy)).toBeGreaterThanOrEqual(CANDIDATE_ESTIMATE);
    expect(estimatedSimilarity(original, other)).toBeLessThan(CANDIDATE_ESTIMATE);
  });

  it('sketches a text as its 32 smallest shingle hashes, in ascending order', () => {
    const sketch = [...(fingerprint(ORIGINAL_REVIEW).signature ?? [])];
    expect(sketch).toHaveLength(32);
    expect(sketch).toEqual([...sketch].sort((x, y) => x - y));
    expect(new Set(sketch).size).toBe(32);
  });
});
