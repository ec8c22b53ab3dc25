import { describe, expect, it } from 'vitest';
import { comparisonKey, containsWords, endsLikeSentence, normalizeSpace, sentenceCount } from './normalize-text.ts';

describe('normalizeSpace', () => {
  it('turns NBSP, tabs and runs of spaces into single spaces and trims', () => {
    expect(normalizeSpace('\u00a0 A\tquiet\u00a0\u00a0film. \u00a0')).toBe('A quiet film.');
  });

  it('removes zero-width characters, soft hyphens and control characters', () => {
    expect(normalizeSpace('re\u00adcov\u200bery\u0007')).toBe('recovery');
  });
});

describe('comparisonKey', () => {
  it('ignores case, quote style, dashes and punctuation', () => {
    expect(comparisonKey('“It’s a story – no one is saved.”')).toBe(comparisonKey('"its a story - No one is saved"'));
  });
});

describe('endsLikeSentence', () => {
  it('looks through closing quotes and brackets', () => {
    expect(endsLikeSentence('She says “no.”')).toBe(true);
    expect(endsLikeSentence('(It works.)')).toBe(true);
    expect(endsLikeSentence('Patterns of Grace in “Past Lives”')).toBe(false);
  });
});

describe('sentenceCount', () => {
  it('counts sentence ends, at least one', () => {
    expect(sentenceCount('One. Two! Three?')).toBe(3);
    expect(sentenceCount('no ending')).toBe(1);
  });
});

describe('containsWords', () => {
  it('matches whole words only', () => {
    expect(containsWords('patterns of grace in past lives', 'past lives')).toBe(true);
    expect(containsWords('pastel lives', 'past lives')).toBe(false);
  });
});
