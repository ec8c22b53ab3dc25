import { describe, expect, it } from 'vitest';
import { boundTree, MAX_DEPTH } from './bound-tree.ts';
import { blockLines } from './html-blocks.ts';
import { parseDocument } from './parse-html.ts';

function page(body: string): Document {
  const document = parseDocument(`<html><head><title>T</title></head><body>${body}</body></html>`);
  if (document === null) throw new Error('no document');
  return document;
}

function maxDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, depth);
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

const lines = (document: Document): string[] => blockLines(document.body).map((line) => line.text);

describe('boundTree: depth', () => {
  it('leaves a page within the caps as it is', () => {
    const body = '<main><article><h1>Title</h1><p>One <b>bold</b> claim.</p><ul><li>Item</li></ul></article></main>';
    const document = page(body);
    const tree = boundTree(document);
    expect(tree.flattened).toBe(false);
    expect(document.body.innerHTML).toBe(body);
  });

  it('lifts elements past the cap into the element at the cap, keeping text, order and paragraphs', () => {
    const deep = `${'<div>'.repeat(20)}<p>First paragraph.</p><section><p>Second <em>one</em>.</p></section>${'</div>'.repeat(20)}`;
    const document = page(`<p>Before.</p>${deep}<p>After.</p>`);
    const text = document.body.textContent;
    const tree = boundTree(document, { maxDepth: 6 });
    expect(tree.flattened).toBe(true);
    expect(maxDepth(document.documentElement)).toBeLessThanOrEqual(7);
    expect(document.body.textContent).toBe(text);
    expect(lines(document)).toEqual(['Before.', 'First paragraph.', 'Second one.', 'After.']);
  });

  it('keeps a page 5,000 levels deep readable under the default cap', () => {
    const document = page(`${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}`);
    boundTree(document);
    expect(maxDepth(document.documentElement)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(lines(document)).toEqual(['Deep text.']);
  });

  it('drops what never shows text below the cap, but keeps scripts whole', () => {
    const document = page(`${'<div>'.repeat(10)}<svg><g><text>icon</text></g></svg><script type="application/ld+json">{"a":1}</script><p>Kept.</p>${'</div>'.repeat(10)}`);
    boundTree(document, { maxDepth: 4 });
    expect(document.body.textContent).toBe('{"a":1}Kept.');
    expect(document.querySelector('script')?.textContent).toBe('{"a":1}');
  });
});

describe('boundTree: element count', () => {
  it('unwraps inline elements without attributes first, keeping the text and its lines', () => {
    const body = Array.from({ length: 30 }, (_, i) => `<p>Line <b>${i}</b> <i>here</i>.</p>`).join('');
    const document = page(body);
    const before = lines(document);
    const tree = boundTree(document, { maxElements: 40 });
    expect(tree.elements).toBeLessThanOrEqual(40);
    expect(document.querySelector('b')).toBeNull();
    expect(lines(document)).toEqual(before);
  });

  it('then removes empty elements, then unwraps what is past the cap, without losing text', () => {
    const body = `${'<div><span class="icon"></span></div>'.repeat(20)}${Array.from({ length: 50 }, (_, i) => `<div class="row"><p>Row ${i}.</p></div>`).join('')}`;
    const document = page(body);
    const text = document.body.textContent;
    const tree = boundTree(document, { maxElements: 30 });
    expect(tree.elements).toBeLessThanOrEqual(30);
    expect(document.body.textContent).toBe(text);
  });
});
