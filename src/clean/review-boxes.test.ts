import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BOX_ATTRIBUTE, findReviewBoxes } from './review-boxes.ts';

function find(html: string): { byline: string | null; boxes: string[] } {
  const body = (parseHTML(`<html><body>${html}</body></html>`).document as Document).body;
  const found = findReviewBoxes(body);
  return { byline: found.byline, boxes: found.boxes.map((box) => `${box.getAttribute(BOX_ATTRIBUTE)}: ${box.textContent?.trim()}`) };
}

describe('findReviewBoxes', () => {
  it('finds the byline, the rating box and the verdict box', () => {
    const found = find(
      '<header><p class="byline">By <a rel="author" href="/dana">Dana Whitfield</a></p><div class="star-rating">★★★★</div></header>' +
        '<article><p>Body.</p></article><div class="review-verdict">The verdict: a tender, wise film about the lives we did not live.</div>',
    );
    expect(found.byline).toBe('By Dana Whitfield');
    expect(found.boxes).toEqual(['rating: ★★★★', 'verdict: The verdict: a tender, wise film about the lives we did not live.']);
  });

  it("prefers the author's itemprop name inside a byline", () => {
    expect(find('<div class="author">Words by <span itemprop="name">Ana Lima</span>, film editor</div>').byline).toBe('Ana Lima');
  });

  it('reads fractions and grades, not dates, reader polls or a box of headings', () => {
    expect(find('<span class="rating">3.5/5</span>').boxes).toEqual(['rating: 3.5/5']);
    expect(find('<p class="review-rating">Our rating: 4 out of 5</p>').boxes).toEqual(['rating: Our rating: 4 out of 5']);
    expect(find('<div class="rating">4.46 / 5 · 167 Produktbewertungen</div>').boxes).toEqual([]);
    expect(find('<span class="grade">B+</span>').boxes).toEqual(['rating: B+']);
    expect(find('<span class="score">10/05/2022</span>').boxes).toEqual([]);
    expect(find('<div class="user-rating">4.2/5 (120 votes)</div>').boxes).toEqual([]);
    expect(find('<div class="rating">No ratings yet</div>').boxes).toEqual([]);
    expect(find('<h2 id="fazit">Fazit: what we make of it all, in the end of this long piece</h2>').boxes).toEqual([]);
  });

  it('ignores ratings listed by the dozen (other films, hotels, products)', () => {
    const list = ['4/5', '3/5', '5/5'].map((value) => `<li><span class="rating">${value}</span></li>`).join('');
    expect(find(`<ul>${list}</ul>`).boxes).toEqual([]);
  });
});
