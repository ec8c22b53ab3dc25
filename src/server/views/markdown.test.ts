import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings with anchors, lists, tables and inline code, escaping text', () => {
    const out = renderMarkdown('# Percent positive\n\nA <b>bold</b> claim with `code`.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | <i>2</i> |').value;
    expect(out).toContain('<h1 id="percent-positive">Percent positive</h1>');
    expect(out).toContain('<p>A &lt;b&gt;bold&lt;/b&gt; claim with <code>code</code>.</p>');
    expect(out).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(out).toContain('<td>&lt;i&gt;2&lt;/i&gt;</td>');
  });

  it('drops links to other schemes', () => {
    expect(renderMarkdown('[x](javascript:alert(1))').value).not.toContain('href');
  });
});
