import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { isInfoBoxLine, isTitleLike } from './head-section.ts';

const BODY =
  'Celine Song’s debut follows two childhood friends across twenty-four years, and it never once raises its voice to make a point.';

describe('head section: headings', () => {
  it('moves a section label, a headline and a standfirst in the top block to headings', () => {
    const text = [
      'The Reel Ledger / Debut of the Month',
      'Chance, Memory, Return: The Quiet Logic of “Past Lives”',
      'Celine Song’s first feature is a gentle study of the lives we did not live.',
      '',
      BODY,
    ].join('\n');
    const clean = cleanText(text);
    expect(clean.headings).toEqual([
      'The Reel Ledger / Debut of the Month',
      'Chance, Memory, Return: The Quiet Logic of “Past Lives”',
      'Celine Song’s first feature is a gentle study of the lives we did not live.',
    ]);
    expect(clean.paragraphs).toEqual([BODY]);
  });

  it('keeps a first paragraph that is a real sentence as body text when no headline precedes it', () => {
    const text = 'Past Lives opens in a bar at four in the morning, where three people sit in a row.\n\nWho are they?\n\n' + BODY;
    const clean = cleanText(text);
    expect(clean.headings).toEqual([]);
    expect(clean.paragraphs).toHaveLength(3);
  });

  it('does not take a long first paragraph for a standfirst in a one-line-per-paragraph page', () => {
    const text = ['Past Lives Review', BODY, BODY.replace('debut', 'first film')].join('\n');
    const clean = cleanText(text);
    expect(clean.headings).toEqual(['Past Lives Review']);
    expect(clean.paragraphs).toHaveLength(2);
  });

  it('does not look for headings past the first few lines', () => {
    const shortLines = Array.from({ length: 12 }, (_, i) => `Chapter ${i + 1}`);
    const clean = cleanText(shortLines.join('\n\n'));
    expect(clean.headings.length).toBeLessThanOrEqual(8);
    expect(clean.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the headline once when the page prints it twice at the top', () => {
    const clean = cleanText(['Past Lives Review', '', 'Past Lives Review', '', BODY].join('\n'));
    expect(clean.headings).toEqual(['Past Lives Review']);
    expect(clean.dropped).toEqual([{ text: 'Past Lives Review', reason: 'repeated-paragraph' }]);
  });
});

describe("head section: 'info-box'", () => {
  it('drops a credit box and the one-line synopsis above it, keeping them in dropped', () => {
    const text = [
      'Two childhood friends reconnect over two decades and two continents.',
      '',
      'Director: Celine Song',
      'Writer: Celine Song',
      'Stars: Greta Lee, Teo Yoo, John Magaro',
      '',
      BODY,
    ].join('\n');
    const clean = cleanText(text);
    expect(clean.paragraphs).toEqual([BODY]);
    expect(clean.dropped.map((line) => line.reason)).toEqual(['info-box', 'info-box', 'info-box', 'info-box']);
    expect(clean.dropped[1]?.text).toBe('Director: Celine Song');
  });

  it('keeps credit lines that close the review (they are the review’s own info)', () => {
    const text = [BODY, '', 'Running time: 1 hour, 45 mins.', '', 'Directed by Celine Song. With Greta Lee.'].join('\n');
    expect(cleanText(text).paragraphs).toHaveLength(3);
  });
});

describe('isTitleLike', () => {
  it('accepts headlines, labels and Title Case questions; rejects sentences and lower-case fragments', () => {
    expect(isTitleLike('Past Lives Review: A Quiet Triumph')).toBe(true);
    expect(isTitleLike('Is This the Year’s Best Film?')).toBe(true);
    expect(isTitleLike('A beer?')).toBe(false);
    expect(isTitleLike('It is a quiet triumph.')).toBe(false);
    expect(isTitleLike('and then it ends')).toBe(false);
    expect(isTitleLike('In her memoir, the writer put it this way:')).toBe(false);
  });
});

describe('isInfoBoxLine', () => {
  it('knows credit labels but not the critic’s own rating', () => {
    expect(isInfoBoxLine('Starring: Greta Lee')).toBe(true);
    expect(isInfoBoxLine('Directed by Celine Song')).toBe(true);
    expect(isInfoBoxLine('Rating: 4/5')).toBe(false);
  });
});
