import { describe, expect, it } from 'vitest';
import { conflictReason } from './source-identity.ts';

const owner = { filmId: 1, criticId: 2, outletId: null, apiTokenId: null };

describe('conflictReason', () => {
  it('refuses a new version of another film', () => {
    expect(conflictReason(owner, { ...owner, filmId: 9 })).toBe('that review is of another film');
  });

  it('lets a review an editor moved keep its film whatever film the new version names', () => {
    expect(conflictReason({ ...owner, filmSetByEditor: true }, { ...owner, filmId: 9 })).toBeNull();
  });

  it('still refuses another critic, or another sender, for a moved review', () => {
    const moved = { ...owner, filmSetByEditor: true };
    expect(conflictReason(moved, { ...owner, filmId: 9, criticId: 3 })).toBe('that review is by another critic and outlet');
    expect(conflictReason(moved, { ...owner, apiTokenId: 4 })).toMatch(/another sender/);
  });
});
