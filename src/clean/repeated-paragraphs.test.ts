import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';

const P1 =
  'Greta Lee is extraordinary here. It is a love story in which nobody gets what they want, exactly, and that is its quiet power.';
const P2 = 'The second half moves to New York, and the film changes its rhythm to match the city around it.';
const PULL = 'It is a love story in which nobody gets what they want, exactly, and that is its quiet power.';

describe("repeats: 'repeated-paragraph'", () => {
  it('drops an identical later copy and keeps the first', () => {
    const clean = cleanText([P1, P2, P2].join('\n\n'));
    expect(clean.paragraphs).toEqual([P1, P2]);
    expect(clean.dropped).toEqual([{ text: P2, reason: 'repeated-paragraph' }]);
  });

  it('treats copies differing only in quotes, case and punctuation as identical', () => {
    const copy = P2.replace('The second', 'the second').replace(',', '').replace(/\.$/, '');
    expect(cleanText([P2, P1, copy].join('\n\n')).dropped).toEqual([{ text: copy, reason: 'repeated-paragraph' }]);
  });

  it('drops a near copy (one word changed) of a long paragraph', () => {
    const near = `${P2} It is, in the end, a film about the cost of choosing one life over another one entirely.`;
    const nearCopy = near.replace('entirely', 'completely');
    expect(cleanText([near, P1, nearCopy].join('\n\n')).dropped.map((line) => line.reason)).toEqual(['repeated-paragraph']);
  });

  it('drops a body paragraph that repeats a heading', () => {
    const headline = 'Past Lives Review: A Love Story Where Nobody Gets What They Want';
    const clean = cleanText([headline, P1, headline].join('\n\n'));
    expect(clean.headings).toEqual([headline]);
    expect(clean.dropped).toEqual([{ text: headline, reason: 'repeated-paragraph' }]);
  });

  it('keeps short exact repeats of sentences only once but never merges different short lines', () => {
    const clean = cleanText([P1, 'A beer?', 'A joint?', P2].join('\n\n'));
    expect(clean.paragraphs).toEqual([P1, 'A beer?', 'A joint?', P2]);
  });
});

describe("repeats: 'repeated-pull-quote'", () => {
  it('drops a pull quote lifted from an earlier paragraph', () => {
    const clean = cleanText([P1, P2, PULL].join('\n\n'));
    expect(clean.paragraphs).toEqual([P1, P2]);
    expect(clean.dropped).toEqual([{ text: PULL, reason: 'repeated-pull-quote' }]);
  });

  it('drops the pull quote, not the paragraph, when the quote comes first', () => {
    const quoted = `“${PULL}”`;
    const clean = cleanText([P2, quoted, P1].join('\n\n'));
    expect(clean.paragraphs).toEqual([P2, P1]);
    expect(clean.dropped).toEqual([{ text: quoted, reason: 'repeated-pull-quote' }]);
  });

  it('does not treat a short sentence found inside a paragraph as a pull quote', () => {
    const clean = cleanText([P1, 'Greta Lee is extraordinary here.', P2].join('\n\n'));
    expect(clean.paragraphs).toHaveLength(3);
  });
});
