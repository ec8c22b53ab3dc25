import { describe, expect, it } from 'vitest';
import { isHardWrapped, splitLines } from './split-lines.ts';

describe('splitLines', () => {
  it('splits on blank lines and numbers the blocks', () => {
    const lines = splitLines('First paragraph.\n\n\nSecond paragraph.');
    expect(lines).toEqual([
      { text: 'First paragraph.', block: 0, kind: 'text' },
      { text: 'Second paragraph.', block: 1, kind: 'text' },
    ]);
  });

  it('treats each line as a paragraph when the page puts one paragraph per line', () => {
    const text = 'The opening paragraph is long enough to be a paragraph of its own, and it ends here.\nThe second one starts on the next line and also ends.';
    expect(splitLines(text).map((line) => line.text)).toHaveLength(2);
  });

  it('keeps a stack of headline lines apart (same block)', () => {
    const lines = splitLines('Section / Column\nA Headline in Title Case\nA standfirst sentence.\n\nBody.');
    expect(lines.map((line) => line.block)).toEqual([0, 0, 0, 1]);
  });

  it('joins prose hard-wrapped at a fixed width', () => {
    const text = 'The film opens on a quiet street and\nlingers there longer than it needs to, which\nis the point of the whole exercise.';
    expect(splitLines(text).map((line) => line.text)).toEqual([
      'The film opens on a quiet street and lingers there longer than it needs to, which is the point of the whole exercise.',
    ]);
  });

  it('normalises whitespace and drops empty lines, including NBSP-only ones', () => {
    expect(splitLines('\u00a0\n  Text\u00a0here  \n\u00a0\n').map((line) => line.text)).toEqual(['Text here']);
  });

  it('handles CRLF line endings', () => {
    expect(splitLines('One.\r\n\r\nTwo.').map((line) => line.text)).toEqual(['One.', 'Two.']);
  });
});

describe('isHardWrapped', () => {
  it('is false for short label lines and name lines', () => {
    expect(isHardWrapped(['Director: Celine Song', 'Writer: Celine Song'])).toBe(false);
    expect(isHardWrapped(['Dana Whitfield', 'Dana Whitfield'])).toBe(false);
  });
});
