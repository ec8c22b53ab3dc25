import { describe, expect, it } from 'vitest';
import { describeEntry } from './audit-changes.ts';

describe('describeEntry', () => {
  it('says a merge in words, not as the ids it recorded for undo', () => {
    const entry = {
      action: 'film.merge' as const,
      before: { fromFilmId: 1, intoFilmId: 2, movedReviewIds: [1, 2, 9], addedAliasIds: [1], repointedRedirects: [] },
      after: { addedAliases: ['Night Shift'] },
    };
    expect(describeEntry(entry)).toBe('film 1 merged into film 2; 3 reviews moved; alias added: Night Shift');
  });

  it('lists the changed fields of any other action, in the words an editor reads', () => {
    const entry = { action: 'review.move' as const, before: { filmId: 2 }, after: { filmId: 1 } };
    expect(describeEntry(entry)).toBe('film 2 → 1');
  });
});
