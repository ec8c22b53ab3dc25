import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicate-index.ts';

const review = (film: string, n: number) =>
  `${film} review ${n}: the acting is superb, the writing sharp, and the photography of the coast at dawn is unforgettable; a film to see twice.`;

describe('DuplicateIndex', () => {
  it('finds the earliest review a text nearly repeats, confirmed on the stored text, and never the review itself', async () => {
    const index = new DuplicateIndex();
    const texts = new Map<number, string>([[11, review('Alpha', 1)], [12, review('Alpha', 2)]]);
    expect(index.use([1])).toEqual([1]);
    index.addLoaded(1, { reviewId: 1, versionId: 11 }, texts.get(11)!);
    index.addLoaded(1, { reviewId: 2, versionId: 12 }, texts.get(12)!);
    const readText = async (versionId: number) => texts.get(versionId) ?? null;
    const syndicated = `${review('Alpha', 1)} `;
    expect((await index.find({ reviewId: null, filmId: 1, text: syndicated }, readText)).original).toBe(1);
    expect((await index.find({ reviewId: 1, filmId: 1, text: syndicated }, readText)).original).toBeNull();
    // Another film's reviews are never compared.
    expect(index.use([2])).toEqual([2]);
    expect((await index.find({ reviewId: null, filmId: 2, text: syndicated }, readText)).original).toBeNull();
  });

  it('stays within its bound by dropping the least recently used films, never one in hand', () => {
    const index = new DuplicateIndex(2);
    for (const film of [1, 2, 3]) {
      index.use([film]);
      index.addLoaded(film, { reviewId: film, versionId: film }, review(`Film ${film}`, film));
      index.evictBeyond([film]);
    }
    expect(index.size).toBe(2);
    // Film 1 was used least recently and went; films 2 and 3 are still indexed.
    expect(index.use([1, 2, 3])).toEqual([1]);
  });

  it('takes a review out when a new version replaces it, and leaves a duplicate out of the index', () => {
    const index = new DuplicateIndex();
    index.use([1]);
    index.addLoaded(1, { reviewId: 1, versionId: 1 }, review('Alpha', 1));
    index.record({ reviewId: 1, versionId: 2 }, 1, null, true);
    expect(index.size).toBe(0);
  });
});
