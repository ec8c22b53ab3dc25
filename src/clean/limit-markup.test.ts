import { describe, expect, it } from 'vitest';
import { limitMarkup } from './limit-markup.ts';
import { parseDocument } from './parse-html.ts';

function depthOf(html: string): number {
  const document = parseDocument(html);
  let deepest = 0;
  const stack: [Element, number][] = document?.documentElement ? [[document.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, depth);
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('limitMarkup: depth', () => {
  it('returns a page within the limit as it is', () => {
    const html = `<html><body>${'<div>'.repeat(40)}<p>Text</p>${'</div>'.repeat(40)}</body></html>`;
    expect(limitMarkup(html, { maxDepth: 50 })).toBe(html);
  });

  it('closes the innermost element before opening one at the limit, keeping all text in order', () => {
    const html = `<html><body>${Array.from({ length: 30 }, (_, i) => `<div>t${i} `).join('')}${'</div>'.repeat(30)}<p>after</p></body></html>`;
    const limited = limitMarkup(html, { maxDepth: 10 });
    expect(limited.replace(/<[^>]*>/g, '')).toBe(html.replace(/<[^>]*>/g, ''));
    expect(limited.replace(/<\/div>/g, '')).toBe(html.replace(/<\/div>/g, ''));
    expect(depthOf(limited)).toBeLessThanOrEqual(11);
    expect(parseDocument(limited)?.body.textContent).toContain('after');
  });

  it('follows the parser: void elements, implied closes and raw text do not nest', () => {
    const flat = `<html><body>${'<p>a<br><img src="x">'.repeat(40)}${'<li>b'.repeat(40)}<script>${'<div>'.repeat(40)}</script></body></html>`;
    expect(limitMarkup(flat, { maxDepth: 10 })).toBe(flat);
  });

  it('keeps a script past the limit whole, so its content never becomes text', () => {
    const html = `<html><body>${'<div>'.repeat(20)}<script>var x = "<b>";</script>text${'</div>'.repeat(20)}</body></html>`;
    const document = parseDocument(limitMarkup(html, { maxDepth: 8 }));
    expect(document?.querySelector('script')?.textContent).toBe('var x = "<b>";');
    expect(document?.body.textContent?.replace(/var x = "<b>";/, '')).toBe('text');
  });

  it('parses a page 100,000 levels deep to its text', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>Deep text.</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(parseDocument(html)?.body.textContent).toBe('Deep text.');
  });
});

describe('limitMarkup: element count', () => {
  it('leaves out the tags past the cap, keeping their text and dropping scripts and comments whole', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `<div><b>r${i}</b></div>`).join('');
    const html = `<html><body>${rows}<script>var hidden = 1;</script><!-- note --><p>end</p></body></html>`;
    const limited = limitMarkup(html, { maxElements: 10, maxDepth: 100 });
    const document = parseDocument(limited);
    expect(document?.body.textContent).toBe(Array.from({ length: 20 }, (_, i) => `r${i}`).join('') + 'end');
    // Ten open tags: <html>, <body> and eight inside.
    expect(document?.body.querySelectorAll('*').length).toBe(8);
  });

  it('parses a page of a million elements to its text', () => {
    const html = `<html><body>${'<i>w</i>'.repeat(1_000_000)}<p>end</p></body></html>`;
    expect(parseDocument(html)?.body.textContent).toBe(`${'w'.repeat(1_000_000)}end`);
  });
});
