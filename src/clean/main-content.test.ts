import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { contentMark, locateMarkedArticle } from './main-content.ts';

const PROSE = 'The film keeps its secrets until the last reel, and the wait is worth every minute of it. '.repeat(6);

function bodyOf(html: string): HTMLElement {
  return (parseHTML(`<html><body>${html}</body></html>`).document as Document).body;
}

describe('contentMark', () => {
  it('ranks body text over the article over the main area', () => {
    const body = bodyOf('<div itemprop="articleBody"></div><div class="entry-content"></div><article></article><main></main><div id="content"></div><div></div>');
    expect([...body.children].map(contentMark)).toEqual([3, 3, 2, 1, 1, 0]);
  });
});

describe('locateMarkedArticle', () => {
  it('takes the most specific mark that holds most of the prose', () => {
    const body = bodyOf(`<main><article><h1>Title</h1><div class="entry-content"><p>${PROSE}</p></div></article></main>`);
    expect(locateMarkedArticle(body)?.map((element) => element.className)).toEqual(['entry-content']);
  });

  it('joins sections a CMS marks the same way', () => {
    const body = bodyOf(`<main><section class="article-body"><p>${PROSE}</p></section><figure>Photo</figure><section class="article-body"><p>${PROSE}</p></section></main>`);
    expect(locateMarkedArticle(body)).toHaveLength(2);
  });

  it('trusts no mark that holds too little of the page', () => {
    expect(locateMarkedArticle(bodyOf(`<article><p>Short teaser.</p></article><div><p>${PROSE}</p></div>`))).toBeNull();
    expect(locateMarkedArticle(bodyOf(`<div><p>${PROSE}</p></div>`))).toBeNull();
  });

  it('does not take a related-articles box for the article, however it is marked', () => {
    const body = bodyOf(`<div class="article-body related-articles"><p>${PROSE}</p></div><article><p>${PROSE}${PROSE}${PROSE}</p></article>`);
    expect(locateMarkedArticle(body)?.map((element) => element.tagName)).toEqual(['ARTICLE']);
  });
});
