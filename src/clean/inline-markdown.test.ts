import { describe, expect, it } from 'vitest';
import { stripInline } from './inline-markdown.ts';

describe('stripInline', () => {
  it('keeps link text, drops images, and removes emphasis, code and tags', () => {
    expect(stripInline('See ![poster](p.jpg)[the trailer](https://x.test/t) and [notes][1], **bold**, *em*, `code`, <b>tag</b>.')).toBe(
      'See the trailer and notes, bold, em, code, tag.',
    );
    expect(stripInline('<https://x.test/a> and ~~old~~ text')).toBe('https://x.test/a and old text');
  });

  it('leaves marks inside words and unclosed marks alone', () => {
    expect(stripInline('snake_case_name and 2*3*4 and **open')).toBe('snake_case_name and 2*3*4 and **open');
  });

  it('reads a strong span opened with one mark kind to its own closing mark', () => {
    expect(stripInline('**a __b** c')).toBe('a __b c');
  });

  it('reads a long line of unclosed marks to its end', () => {
    for (const mark of ['**', '*', '_', '[', '![', '<a ', '`', '~~', '<http://x']) {
      const line = `${`${mark}word `.repeat(20_000)}end`;
      expect(stripInline(line).endsWith('end')).toBe(true);
    }
  });
});
