import { describe, expect, it } from 'vitest';
import { clauseAt, splitClauses, wordCount } from './clauses.ts';

const texts = (s: string) => splitClauses(s).map((c) => [c.text, c.contrast]);

describe('splitClauses', () => {
  it('splits before a contrast and marks the clause after it', () => {
    expect(texts('The performances are wonderful, but it fails.')).toEqual([
      ['The performances are wonderful', false],
      ['but it fails.', true],
    ]);
  });

  it('splits at semicolons, spaced dashes, ellipses and ", and" but not at list commas', () => {
    expect(texts('Tense, loud and long; the score hums — it works.').map((c) => c[0])).toEqual([
      'Tense, loud and long', 'the score hums', 'it works.',
    ]);
    expect(texts('Brilliant ... a waste of time.').map((c) => c[0])).toEqual(['Brilliant', 'a waste of time.']);
    expect(texts('The sets are grimy, and the costumes are fun.').map((c) => c[0])).toEqual([
      'The sets are grimy', 'and the costumes are fun.',
    ]);
  });

  it('treats the clause after an opening concession as the main, contrasting one', () => {
    expect(texts('Although the cast is superb, the script is a mess.')).toEqual([
      ['Although the cast is superb', false],
      ['the script is a mess.', true],
    ]);
  });

  it('keeps offsets into the sentence', () => {
    const sentence = 'Lovely to look at, but dull.';
    const clauses = splitClauses(sentence);
    for (const c of clauses) expect(sentence.slice(c.start, c.end)).toBe(c.text);
    expect(clauseAt(clauses, sentence.indexOf('dull'))?.text).toBe('but dull.');
  });
});

describe('wordCount', () => {
  it('counts words, not punctuation', () => {
    expect(wordCount('It’s a — well — rock-solid film, 10/10.')).toBe(7);
  });
});
