import { describe, expect, it } from 'vitest';
import { CLEAN_VERSION } from './clean-version.ts';
import { cleanText } from './clean-text.ts';

// A whole flattened page for a fictional review, with the furniture of several kinds of site.
const PAGE = [
  'HomeReviewsPast Lives Review: Tender, Wise and Devastating',
  '',
  'Past Lives Review: Tender, Wise and Devastating',
  '',
  'Image: A24',
  '',
  'Read also: our guide to this month’s streaming releases>',
  '',
  'Celine Song’s debut follows two childhood friends across twenty-four years, and it never raises its voice.',
  '',
  'Past Lives',
  '',
  'Greta Lee gives the performance of the year. It is a love story in which nobody gets what they want, and that is its power.',
  '',
  'It is a love story in which nobody gets what they want, and that is its power.',
  '',
  'Past Lives is now playing in select theaters.',
  '',
  'Dana Whitfield',
  'Dana Whitfield is a contributing critic at The Reel Ledger. Follow her on Twitter @danawhit.',
  '',
  'Leave a comment',
  '',
  'Share this:',
  '',
  'Newsletter',
].join('\n');

describe('cleanText', () => {
  it('keeps the critic’s prose, once each, and explains every dropped line', () => {
    const clean = cleanText(PAGE);
    expect(clean.headings).toEqual(['Past Lives Review: Tender, Wise and Devastating']);
    expect(clean.paragraphs).toEqual([
      'Celine Song’s debut follows two childhood friends across twenty-four years, and it never raises its voice.',
      'Greta Lee gives the performance of the year. It is a love story in which nobody gets what they want, and that is its power.',
      'Past Lives is now playing in select theaters.',
    ]);
    expect(clean.dropped.map((line) => line.reason)).toEqual([
      'breadcrumb',
      'photo-credit',
      'advert',
      'caption',
      'repeated-pull-quote',
      'author-bio',
      'author-bio',
      'comments',
      'site-navigation',
      'site-navigation',
    ]);
    expect(clean.meta).toEqual({});
    expect(clean.version).toBe(CLEAN_VERSION);
  });

  it('returns no paragraphs for empty or furniture-only text', () => {
    expect(cleanText('').paragraphs).toEqual([]);
    expect(cleanText('Share this:\n\nComments are closed.').paragraphs).toEqual([]);
  });
});
