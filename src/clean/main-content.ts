/**
 * A cheap article locator: the element a page itself marks as its main text (schema.org articleBody, the
 * "entry-content" / "article-body" names of common CMSs, <article>, <main>), tried from the most specific kind of
 * mark to the least. Cheap because it reads names, not text: one walk over the tree after furniture is pruned.
 * When no mark is trustworthy the caller falls back to Readability's text-scoring.
 */

const ELEMENT_NODE = 1;

// Most specific first. Names are tested per class/id token, in lower case.
const BODY_NAMES =
  /^(?:(?:entry|post|article|story|blog|single|review|news|td-post|page|main|body|rich|field-name|field--name)[-_]{0,2}(?:content|body|text|entry|copy|inner)|article[-_]?(?:body|content|text|txt)|articlebody|articletext|bodytext|body-text|text-content|post-?text|storytext|story-body|entrytext|postcontent|entrycontent|storycontent|field-body|field--name-body)$/;
const ARTICLE_NAMES = /^(?:hentry|h-entry|post|entry|article|story|blog-?post|single-?post|post-?single|type-post)$/;
const MAIN_NAMES = /^(?:main-?content|content-?main|maincontent|page-?content|primary|content|main|inhalt|contenido|contenu|contents)$/;
const ARTICLE_TYPES = /schema\.org\/(?:\w*Article|BlogPosting|Review|CriticReview|Report)\b/;

/** How strongly an element's own markup says it is the article: 3 body text, 2 the article, 1 the main area. */
export function contentMark(element: Element): number {
  const itemprop = element.getAttribute('itemprop');
  if (itemprop !== null && /\b(?:articleBody|reviewBody)\b/i.test(itemprop)) return 3;
  const tag = element.tagName;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  const tokens = names.length > 1 ? names.split(/\s+/) : [];
  if (tokens.some((token) => BODY_NAMES.test(token))) return 3;
  if (tag === 'ARTICLE' || element.getAttribute('role') === 'article') return 2;
  if (ARTICLE_TYPES.test(element.getAttribute('itemtype') ?? '')) return 2;
  if (tokens.some((token) => ARTICLE_NAMES.test(token))) return 2;
  if (tag === 'MAIN' || element.getAttribute('role') === 'main') return 1;
  if (tokens.some((token) => MAIN_NAMES.test(token))) return 1;
  return 0;
}

/** Every marked element below `root`, grouped by mark strength (index 3, 2, 1), each group in document order. */
export function markedElements(root: Element): Element[][] {
  const groups: Element[][] = [[], [], [], []];
  const visit = (parent: Element): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const mark = contentMark(element);
      if (mark > 0) groups[mark]?.push(element);
      visit(element);
    }
  };
  visit(root);
  return groups;
}
