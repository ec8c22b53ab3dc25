import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { withAdjacentProse } from './adjacent-prose.ts';

const STANDFIRST = 'A grunge-era rock star burns down everything around her, and the film never looks away once.';
const VERDICT = 'Verdict: a punishing, brilliant portrait of addiction that earns every one of its long minutes.';

function parts(html: string): string[] {
  const body = (parseHTML(`<html><body>${html}</body></html>`).document as Document).body;
  const located = body.querySelector('.entry-content') as Element;
  return withAdjacentProse(located, body).map((element) => element.className || element.tagName);
}

describe('withAdjacentProse', () => {
  it('adds the standfirst and a verdict written beside the body', () => {
    const html = `<article><p class="standfirst">${STANDFIRST}</p><div class="entry-content"><p>Body.</p></div><div class="box">${VERDICT}</div></article>`;
    expect(parts(html)).toEqual(['standfirst', 'entry-content', 'box']);
  });

  it('stops at a link list or a box named as furniture, and skips empty spacers', () => {
    const related = '<ul><li><a href="/a">One other review of a film we liked a great deal</a></li><li><a href="/b">And another one of those</a></li></ul>';
    const html = `<article><div class="entry-content"><p>Body.</p></div><div class="spacer"></div>${related}<p class="after">${VERDICT}</p><div class="author-bio">${STANDFIRST}</div></article>`;
    expect(parts(html)).toEqual(['entry-content']);
  });

  it('adds nothing beside an element that sits directly in the body', () => {
    const body = (parseHTML(`<html><body><div class="entry-content">Body.</div><p>${STANDFIRST}</p></body></html>`).document as Document).body;
    expect(withAdjacentProse(body.firstElementChild as Element, body)).toHaveLength(1);
  });
});
