import { describe, expect, it } from 'vitest';
import { tokenize, tokenLabel } from './tokenize.ts';

const labels = (text: string) => tokenize(text).map(tokenLabel);

describe('tokenize', () => {
  it('marks the words after a negator up to the next clause break', () => {
    expect(labels('Not bad at all, really.')).toEqual(['not', 'NEG_bad', 'NEG_at', 'NEG_all', ',', 'really', '.']);
  });

  it("reads n't, curly apostrophes and the pre-tokenised form alike", () => {
    expect(labels("It isn't funny.")).toEqual(labels('It is not funny.'));
    expect(labels('It isn’t funny.')).toEqual(labels('it is n\'t funny .'));
  });

  it('marks the clause after a contrast until the sentence ends, and a contrast ends a negation', () => {
    expect(labels('I wanted to like it, but it is dull. Fine.')).toEqual([
      'i', 'wanted', 'to', 'like', 'it', ',', 'but', 'C_it', 'C_is', 'C_dull', '.', 'fine', '.',
    ]);
    expect(labels('Never boring but dull')).toEqual(['never', 'NEG_boring', 'but', 'C_dull']);
  });

  it('marks a negation inside a contrast clause with both marks', () => {
    expect(labels('Pretty, but not good')).toEqual(['pretty', ',', 'but', 'C_not', 'C_NEG_good']);
  });
});
