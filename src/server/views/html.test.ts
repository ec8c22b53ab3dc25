import { describe, expect, it } from 'vitest';
import { html } from './html.ts';

describe('html', () => {
  it('escapes interpolated text, in content and in attributes', () => {
    const text = '<script>alert(1)</script>" onload="x';
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x</p>',
    );
  });

  it('keeps nested templates as markup and joins arrays', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('renders null, undefined and false as nothing', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });
});
