import { describe, expect, it } from 'vitest';
import { stripTags } from './strip-tags.ts';

describe('stripTags', () => {
  it('removes tags, scripts and styles, and breaks lines at block tags', () => {
    const html = '<div><p>One <b>bold</b> line.</p><script>var x = "<p>";</script><style>p{}</style><p>Two.</p></div>';
    expect(stripTags(html).split(/\n+/).map((line) => line.trim()).filter(Boolean)).toEqual(['One  bold  line.', 'Two.']);
  });

  it('keeps a "<" that no ">" follows as text', () => {
    expect(stripTags('a < b and <c')).toBe('a < b and <c');
  });

  it('reads a page of unclosed tags and scripts to its end', () => {
    const html = `${'<script>'.repeat(50_000)}${'<p'.repeat(50_000)} end`;
    expect(stripTags(html).endsWith(' end')).toBe(true);
    expect(stripTags(`${'<style>x'.repeat(10_000)}</style>after`)).toBe(' after');
  });
});
