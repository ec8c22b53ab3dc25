import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { bioSubject } from './tail-section.ts';

const BODY = [
  'Past Lives is a film about the people we might have been, and it handles that idea with enormous care.',
  'Greta Lee gives the performance of the year, holding entire decades in a glance across a bar.',
];

describe("tail section: 'signature'", () => {
  it('drops a closing "-Name, Outlet" line and keeps it whole in dropped', () => {
    for (const signature of ['-Dana Whitfield, The Reel Ledger', '— Dana Whitfield, The Reel Ledger', '–Dana Whitfield']) {
      const clean = cleanText([...BODY, '', signature].join('\n\n'));
      expect(clean.paragraphs).toEqual(BODY);
      expect(clean.dropped).toEqual([{ text: signature, reason: 'signature' }]);
    }
  });

  it('drops a closing byline ("By Name for Outlet") as the signature', () => {
    for (const signature of ['By Omar Castellanos for Northern Screen', 'Reviewed by Ana Lima, The Film Desk', 'By Ana Lima']) {
      const clean = cleanText([...BODY, '', signature].join('\n\n'));
      expect(clean.paragraphs).toEqual(BODY);
      expect(clean.dropped).toEqual([{ text: signature, reason: 'signature' }]);
    }
  });

  it('keeps a closing sentence that starts with "By"', () => {
    const closing = 'By the end, Past Lives has earned every one of its quiet tears.';
    expect(cleanText([...BODY, closing].join('\n\n')).paragraphs).toEqual([...BODY, closing]);
  });

  it('does not treat an attribution mid-review as the signature', () => {
    const text = [BODY[0], '— Leslie Jamison, The Recovering', ...BODY.slice(1), 'A third paragraph closes it out, as reviews do.', 'And a fourth one, for good measure, ends it.'].join('\n\n');
    expect(cleanText(text).dropped).toEqual([]);
  });
});

describe("tail section: 'author-bio'", () => {
  it('drops a bio at the end with the name lines printed above it', () => {
    const bio =
      'Dana Whitfield is the film editor at The Reel Ledger. When she is not at the movies, she is reading. Follow her on Twitter @danawhit.';
    const clean = cleanText([...BODY, 'Dana Whitfield\nDana Whitfield\n' + bio].join('\n\n'));
    expect(clean.paragraphs).toEqual(BODY);
    expect(clean.dropped).toEqual([
      { text: 'Dana Whitfield', reason: 'author-bio' },
      { text: 'Dana Whitfield', reason: 'author-bio' },
      { text: bio, reason: 'author-bio' },
    ]);
  });

  it('keeps a closing sentence about a person that is not a bio', () => {
    const closing = 'Celine Song is a writer-director who knows exactly what she wants, and Past Lives is proof.';
    expect(cleanText([...BODY, closing].join('\n\n')).paragraphs).toEqual([...BODY, closing]);
  });

  it('does not look for bios far from the end', () => {
    const bio = 'Dana Whitfield is a film critic for The Reel Ledger.';
    const many = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the review says something about the film.`);
    expect(cleanText([bio, ...many].join('\n\n')).paragraphs).toContain(bio);
  });
});

describe('bioSubject', () => {
  it('names the subject when the text has a role at an outlet, a social cue, or the name printed above', () => {
    expect(bioSubject('Sam Ortiz is a freelance film critic based in Leeds.')).toBe('Sam Ortiz');
    expect(bioSubject('Sam Ortiz writes about film for The Reel Ledger.')).toBe('Sam Ortiz');
    expect(bioSubject('Sam Ortiz is a lifelong fan of musicals.', 'Sam Ortiz')).toBe('Sam Ortiz');
    expect(bioSubject('Sam Ortiz is a lifelong fan of musicals.')).toBeNull();
    expect(bioSubject('Past Lives is now playing in select theaters.')).toBeNull();
    expect(bioSubject('Past Lives lives in the memory long after it is over.')).toBeNull();
    expect(bioSubject('Greta Lee is astonishing, and any film critic who says otherwise is wrong.')).toBeNull();
    expect(bioSubject('About the author: Sam Ortiz is a critic for The Reel Ledger.')).toBe('Sam Ortiz');
  });
});

describe("tail section: 'comments' section", () => {
  it('drops readers’ comments after a comments header in the second half of the page', () => {
    const text = [...BODY, 'It is the best film of the year, and I will see it again.', '2 Comments', 'Great review, thanks!', 'I disagree, it dragged.'].join('\n\n');
    const clean = cleanText(text);
    expect(clean.paragraphs).toHaveLength(3);
    expect(clean.dropped.map((line) => line.reason)).toEqual(['comments', 'comments', 'comments']);
  });
});
