import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockLines } from './html-blocks.ts';
import { findNamedFurniture, proseLength, pruneNamedFurniture, pruneTaggedFurniture } from './prune-furniture.ts';

const PROSE = 'The film keeps its secrets until the last reel, and the wait is worth every minute of it. '.repeat(4);

function bodyOf(html: string): HTMLElement {
  return (parseHTML(`<html><body>${html}</body></html>`).document as Document).body;
}

describe('pruneTaggedFurniture', () => {
  it('removes scripts, menus, asides and footers, and reports what a reader could see', () => {
    const body = bodyOf(`<nav>Home Reviews</nav><script>var a;</script><p>${PROSE}</p><aside>Most popular</aside><footer>© Ledger</footer>`);
    const { removed, prose } = pruneTaggedFurniture(body);
    expect(body.textContent?.trim()).toBe(PROSE.trim());
    expect(prose).toBe(proseLength(body));
    expect(removed.map((r) => r.reason)).toEqual(['site-navigation', 'page-chrome', 'page-chrome']);
  });

  it('keeps an element holding most of the prose, whatever its tag (a theme that puts the article in an aside)', () => {
    const body = bodyOf(`<nav>Home</nav><aside><p>${PROSE}</p></aside>`);
    pruneTaggedFurniture(body);
    expect(body.textContent).toContain('last reel');
  });
});

describe('pruneNamedFurniture', () => {
  it('removes share bars, related lists, author boxes and comment threads named as such', () => {
    const article = bodyOf(
      `<p>${PROSE}</p><div class="share-bar">Share</div><ul class="related-posts"><li><a href="/x">Another review</a></li></ul>` +
        `<div class="author-box">Dana writes about film.</div><section id="comments"><p>${PROSE}${PROSE}</p></section>`,
    );
    const removed = pruneNamedFurniture(article);
    expect(article.textContent?.trim()).toBe(PROSE.trim());
    expect(removed.map((r) => r.reason)).toEqual(['page-chrome', 'advert', 'author-bio', 'comments']);
  });

  it('keeps a wrapper whose name mentions furniture when it holds most of the text', () => {
    const article = bodyOf(`<div class="content-with-sidebar"><p>${PROSE}</p></div><div class="sidebar">Ads</div>`);
    pruneNamedFurniture(article);
    expect(article.textContent).toContain('last reel');
    expect(article.textContent).not.toContain('Ads');
  });
});

describe('findNamedFurniture', () => {
  it('finds what pruneNamedFurniture removes, and blockLines can read around it without removing it', () => {
    const html =
      `<p>${PROSE}</p><div class="share-bar">Share</div><div><a href="/a">Dana</a> <span class="byline">By Dana</span> ` +
      `<p>More prose.</p></div><section id="comments"><p>${PROSE}${PROSE}</p></section>`;
    const pruned = bodyOf(html);
    const kept = bodyOf(html);
    const removed = pruneNamedFurniture(pruned);
    const found = findNamedFurniture(kept);
    expect(found.map((f) => f.reason)).toEqual(removed.map((r) => r.reason));
    const skipped = blockLines(kept, { skip: new Set(found.map((f) => f.element)) });
    expect(skipped).toEqual(blockLines(pruned));
    expect(kept.textContent).toContain('Share');
  });
});
