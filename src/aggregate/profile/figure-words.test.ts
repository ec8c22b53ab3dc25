import { describe, expect, it } from 'vitest';
import { positiveCountWords, textReadingWords } from './figure-words.ts';

const reading = { textJudged: 3, pooled: 8, verdictsChanged: 1, estimate: { percent: 72, low: 50, high: 90, reviews: 8 }, method: '' };

describe('the words under the percent positive', () => {
  it('says a plain count when no verdict was read from the text', () => {
    expect(positiveCountWords({ positiveCount: 6, reviewCount: 8, textReading: null })).toBe('6 of 8 reviews positive');
  });

  it('says why the figure is not the count when some verdicts were read from the text', () => {
    expect(positiveCountWords({ positiveCount: 6, reviewCount: 8, textReading: reading })).toBe(
      '6 of 8 verdicts positive; the 3 read from the text count by how likely each is positive',
    );
    expect(positiveCountWords({ positiveCount: 5, reviewCount: 5, textReading: { ...reading, textJudged: 5 } })).toBe(
      '5 of 5 verdicts positive; all were read from the text, so each counts by how likely it is positive',
    );
  });

  it('says how the text verdicts were read', () => {
    expect(textReadingWords(reading)).toBe('3 verdicts from the text alone, read beside one another (1 verdict changed by that)');
    expect(textReadingWords({ ...reading, textJudged: 1, pooled: 0 })).toBe('1 verdict from the text alone, too few to read beside one another');
  });
});
