import { describe, expect, it } from 'vitest';
import { markdownToText, stripInline } from './strip-markdown.ts';

describe('markdownToText', () => {
  it('turns headings, paragraphs and list items into separate blocks without markup', () => {
    const markdown = [
      '# Past Lives review',
      '',
      'A **tender** film about *chance*, wrapped',
      'over two lines.',
      '',
      '- Director: Celine Song',
      '- Stars: Greta Lee',
      '',
      '> A quoted line',
      '> that continues.',
    ].join('\n');
    expect(markdownToText(markdown).split('\n\n')).toEqual([
      'Past Lives review',
      'A tender film about chance, wrapped over two lines.',
      'Director: Celine Song',
      'Stars: Greta Lee',
      'A quoted line that continues.',
    ]);
  });

  it('drops images, reference definitions and horizontal rules; keeps link text', () => {
    const markdown = '![poster](p.jpg)\n\nSee [the trailer](https://x.test/t) now.\n\n---\n\n[1]: https://x.test';
    expect(markdownToText(markdown)).toBe('See the trailer now.');
  });

  it('treats setext headings as their own block', () => {
    expect(markdownToText('Past Lives\n==========\nBody text.').split('\n\n')).toEqual(['Past Lives', 'Body text.']);
  });

  it('keeps fenced code lines as text without the fences', () => {
    expect(markdownToText('```\nline one\n```')).toBe('line one');
  });
});

describe('stripInline', () => {
  it('removes emphasis, code, strikethrough and inline HTML but keeps the words', () => {
    expect(stripInline('__bold__ _it_ `code` ~~old~~ <b>tag</b> snake_case_name')).toBe('bold it code old tag snake_case_name');
  });
});

describe('markdownToText on long lines', () => {
  it('reads a heading with thousands of trailing spaces and closing marks', () => {
    expect(markdownToText(`## Past Lives${' '.repeat(50_000)}##${' '.repeat(50_000)}`)).toBe('Past Lives');
    expect(markdownToText(`# A${' '.repeat(50_000)}x`)).toBe(`A${' '.repeat(50_000)}x`);
  });
});
