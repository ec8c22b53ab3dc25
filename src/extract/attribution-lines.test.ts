import { describe, expect, it } from 'vitest';
import {
  criticFromByline,
  readAuthorBio,
  readSignature,
  sectionHeadingOutlet,
  selfReferencedOutlet,
} from './attribution-lines.ts';

describe('criticFromByline', () => {
  const rows: Array<[string, string | null]> = [
    ['By Jane Doe', 'Jane Doe'],
    ['by Jane Doe | Staff writer | April 3, 2019', 'Jane Doe'],
    ['Jane Doe, Staff Writer', 'Jane Doe'],
    ['Written by Jane Doe • 3 min read', 'Jane Doe'],
    ['Jane Doe Chief Film Critic', 'Jane Doe'],
    ['By Jane Doe April 3, 2019', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Guillermo del Toro', 'Guillermo del Toro'],
    ['By Staff', null],
    ['The Editors', null],
    ['Updated 3 hours ago', null],
    ['', null],
  ];
  for (const [input, expected] of rows) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => expect(criticFromByline(input)).toBe(expected));
  }
});

describe('readSignature', () => {
  it('reads a name and an outlet', () => {
    expect(readSignature('-Emily Yoshida, New York Magazine')).toEqual({
      critic: 'Emily Yoshida', outlet: 'New York Magazine', evidence: '-Emily Yoshida, New York Magazine',
    });
    expect(readSignature('— Jane Doe for The Spool')?.outlet).toBe('The Spool');
    expect(readSignature('Jane Doe | RogerEbert.com')?.outlet).toBe('RogerEbert.com');
  });
  it('reads a name alone', () => {
    expect(readSignature('By Jane Doe')).toMatchObject({ critic: 'Jane Doe', outlet: null });
  });
  it('refuses lines that are not a signature', () => {
    expect(readSignature('-and that is all, folks')).toBeNull();
    expect(readSignature('The End')).toBeNull();
  });
});

describe('readAuthorBio', () => {
  it('reads the author and the outlet a role ties them to', () => {
    const bio = "Matt Taylor is the TV editor at The Pop Break, along with being one of the site's awards show experts. He likes synth pop.";
    expect(readAuthorBio(bio)).toEqual({
      critic: 'Matt Taylor',
      outlet: 'The Pop Break',
      evidence: "Matt Taylor is the TV editor at The Pop Break, along with being one of the site's awards show experts.",
    });
    expect(readAuthorBio('Jane Doe writes about film for Slant Magazine.')?.outlet).toBe('Slant Magazine');
  });
  it('gives no outlet where no role ties the author to one', () => {
    expect(readAuthorBio('Jane Doe is a freelance writer based in New York.')).toMatchObject({ critic: 'Jane Doe', outlet: null });
  });
  it('refuses a line that does not start with a name', () => {
    expect(readAuthorBio('She is the best actress of her generation.')).toBeNull();
    expect(readAuthorBio('Matt Taylor')).toBeNull();
  });
});

describe('selfReferencedOutlet', () => {
  it('reads "we at X"', () => {
    expect(selfReferencedOutlet(['Every month, we at The Spool select a filmmaker.'])).toEqual({
      outlet: 'The Spool', evidence: 'we at The Spool',
    });
    expect(selfReferencedOutlet(['All of us at Film Stage loved it.'])?.outlet).toBe('Film Stage');
  });
  it('ignores datelines and invitations', () => {
    expect(selfReferencedOutlet(['Here at Sundance, the film premiered.', 'Join us at The Roxy on Friday.'])).toBeNull();
  });
});

describe('sectionHeadingOutlet', () => {
  it('takes the outlet from a section heading only when the body names it too', () => {
    const headings = ['The Spool / Filmmaker of the Month'];
    expect(sectionHeadingOutlet(headings, ['Every month, we at The Spool select…'])?.outlet).toBe('The Spool');
    expect(sectionHeadingOutlet(headings, ['A review that never names its site.'])).toBeNull();
  });
});
