import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { namedFurniture, tagFurniture } from './boilerplate-elements.ts';

function element(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return (document as Document).body.firstElementChild as Element;
}

describe('namedFurniture', () => {
  it('reads the words of class and id names, whatever their spelling', () => {
    expect(namedFurniture(element('<div class="comment-list"></div>'))).toBe('comments');
    expect(namedFurniture(element('<div class="cbx-Author_Position"></div>'))).toBe('author-bio');
    expect(namedFurniture(element('<ul class="related_post wp_rp"></ul>'))).toBe('advert');
    expect(namedFurniture(element('<div id="newsletterSignup"></div>'))).toBe('site-navigation');
    expect(namedFurniture(element('<figcaption class="wp-caption-text"></figcaption>'))).toBe('caption');
    expect(namedFurniture(element('<div class="hidden"></div>'))).toBe('page-chrome');
  });

  it('does not take state flags, variants, taxonomy classes or longer words for furniture', () => {
    for (const html of [
      '<div class="single comments-open"></div>', // the page has comments; this box is not them
      '<section class="TestReport__Section--Ads"></section>', // a variant: styled like an ad slot
      '<div class="field field--label-hidden"></div>', // the label is hidden, not the field
      '<div class="hidden-xs"></div>', // hidden on phones only
      '<div class="date-outer"></div>', // Blogger's wrapper around every post
      '<div class="update-notes"></div>',
      '<article class="post type-post status-publish author-jane tag-kommentar"></article>',
      '<div class="entry-content"></div>',
    ]) {
      expect(namedFurniture(element(html)), html).toBeNull();
    }
  });
});

describe('tagFurniture', () => {
  it('knows furniture by tag, role and hidden state', () => {
    expect(tagFurniture(element('<nav></nav>'))).toBe('site-navigation');
    expect(tagFurniture(element('<aside></aside>'))).toBe('page-chrome');
    expect(tagFurniture(element('<div role="complementary"></div>'))).toBe('page-chrome');
    expect(tagFurniture(element('<div style="display: none"></div>'))).toBe('page-chrome');
    expect(tagFurniture(element('<figcaption></figcaption>'))).toBe('caption');
    expect(tagFurniture(element('<div class="sidebar"></div>'))).toBeNull();
  });
});
