import { describe, expect, it } from 'vitest';
import { firstSentence, normaliseWhitespace, splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['plain sentences', 'It is good. It is long! Is it? Yes.', ['It is good.', 'It is long!', 'Is it?', 'Yes.']],
    ['titles before names', 'Mr. Smith met Dr. Jones on St. Mark’s Place. They talked.', [
      'Mr. Smith met Dr. Jones on St. Mark’s Place.', 'They talked.',
    ]],
    ['vs. and e.g.', 'It is Kramer vs. Kramer, e.g. Meryl Streep at her best. Fine.', [
      'It is Kramer vs. Kramer, e.g. Meryl Streep at her best.', 'Fine.',
    ]],
    ['initials', 'Based on J. R. R. Tolkien and directed by Peter Jackson. It runs long.', [
      'Based on J. R. R. Tolkien and directed by Peter Jackson.', 'It runs long.',
    ]],
    ['the pronoun I is not an initial', 'Nobody liked it more than I. Then it ended.', [
      'Nobody liked it more than I.', 'Then it ended.',
    ]],
    ['a letter grade after an article', 'It gets a B. The rest is silence.', ['It gets a B.', 'The rest is silence.']],
    ['decimals', 'I give it 3.5 stars. Really.', ['I give it 3.5 stars.', 'Really.']],
    ['No. before a number', 'It was No. 1 at the box office. Then it fell.', [
      'It was No. 1 at the box office.', 'Then it fell.',
    ]],
    ['ellipsis trailing into the same sentence', 'She waits... and waits. Then she sings.', [
      'She waits... and waits.', 'Then she sings.',
    ]],
    ['ellipsis ending a sentence', 'She waits… Then she sings.', ['She waits…', 'Then she sings.']],
    ['closing quote after the period', '“It’s over.” She leaves. He stays.', ['“It’s over.”', 'She leaves.', 'He stays.']],
    ['closing bracket after the period', 'A debut (her first.) It shows.', ['A debut (her first.)', 'It shows.']],
    ['question inside a quote followed by lowercase', '“Who’s there?” she asked. Nobody.', [
      '“Who’s there?” she asked.', 'Nobody.',
    ]],
    ['em dashes do not split', 'The film—a mess—works. It does.', ['The film—a mess—works.', 'It does.']],
    ['an interrupted quotation ends a sentence', '“I just want—” She stops.', ['“I just want—”', 'She stops.']],
    ['times before a weekday', 'The Q&A is at 6:30 p.m. Saturday, April 27. Come.', [
      'The Q&A is at 6:30 p.m. Saturday, April 27.', 'Come.',
    ]],
    ['etc. before a capital', 'Drugs, booze, etc. The usual.', ['Drugs, booze, etc.', 'The usual.']],
    ['blank lines always split', 'Her Smell\n\nA review', ['Her Smell', 'A review']],
    ['single newlines are spaces', 'A long line that\nwraps here. Next.', ['A long line that wraps here.', 'Next.']],
    ['no terminator', 'Director: Alex Ross Perry', ['Director: Alex Ross Perry']],
    ['empty', '  \n ', []],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(splitSentences(input)).toEqual(expected));
  }
});

describe('firstSentence', () => {
  it('returns only the first sentence', () => {
    expect(firstSentence('Mr. Perry directs. Moss stars.')).toBe('Mr. Perry directs.');
  });
  it('skips leading blank paragraphs', () => {
    expect(firstSentence('\n\n  \n\nOnly one')).toBe('Only one');
  });
  it('is empty for empty text', () => {
    expect(firstSentence('')).toBe('');
  });
});

describe('normaliseWhitespace', () => {
  it('collapses whitespace, no-break spaces and zero-width characters', () => {
    expect(normaliseWhitespace(' a\u00a0 b\n\tc\u200b ')).toBe('a b c');
  });
});
