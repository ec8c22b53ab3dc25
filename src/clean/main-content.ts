/**
 * A cheap article locator: the element a page itself marks as its article (schema.org articleBody, the
 * "entry-content" / "article-body" names of common CMSs, <article>), tried from the most specific kind of mark to
 * the least. Cheap because it reads names, not text: one walk over the tree after furniture is pruned. When no
 * mark is trustworthy the caller falls back to Readability's text-scoring.
 */
import { namedFurniture } from './boilerplate-elements.ts';
import { classAttribute } from './element-names.ts';
import { proseLength } from './prune-furniture.ts';
import { tagOf } from './tag-name.ts';

const ELEMENT_NODE = 1;
// A page's main area (<main>, #content) holds the article and whatever the page puts around it (a section front's
// teasers, a video player's settings menu); only the marks that name the article itself are trusted on their own.
const MIN_TRUSTED_MARK = 2;
// A marked element must hold at least this much prose (characters outside links) to be trusted...
const MIN_MARKED_PROSE = 400;
// ...and this share of all the prose left on the page after pruning.
const MIN_MARKED_SHARE = 0.5;
// A second element marked like the chosen one (a CMS that stores the body as several sections) joins it when it
// holds at least this much prose.
const MIN_PART_PROSE = 150;

// Most specific first. Names are tested per class/id token, in lower case.
const BODY_NAMES =
  /^(?:(?:entry|post|article|story|blog|single|review|news|td-post|body|rich|field-name|field--name)[-_]{0,2}(?:content|body|text|entry|copy|inner)|article[-_]?(?:body|content|text|txt)|articlebody|articletext|bodytext|body-text|text-content|post-?text|storytext|story-body|entrytext|postcontent|entrycontent|storycontent|field-body|field--name-body)$/;
const ARTICLE_NAMES = /^(?:hentry|h-entry|post|entry|article|story|blog-?post|single-?post|post-?single|type-post)$/;
const MAIN_NAMES = /^(?:main-?content|content-?main|maincontent|page-?content|primary|content|main|inhalt|contenido|contenu|contents)$/;
const ARTICLE_TYPES = /schema\.org\/(?:\w*Article|BlogPosting|Review|CriticReview|Report)\b/;
// Every name the three lists above accept contains one of these: most elements' names contain none, and are not
// split into tokens at all (contentMark runs on every element of the page).
const MAYBE_MARKED = /conten|body|text|entry|copy|inner|article|story|post|main|primary|inhalt/i;

/** How strongly an element's own markup says it is the article: 3 body text, 2 the article, 1 the main area. */
export function contentMark(element: Element): number {
  const tag = tagOf(element);
  if (!element.hasAttributes()) return tag === 'ARTICLE' ? 2 : tag === 'MAIN' ? 1 : 0;
  const itemprop = element.getAttribute('itemprop');
  if (itemprop !== null && /\b(?:articleBody|reviewBody)\b/i.test(itemprop)) return 3;
  const className = classAttribute(element);
  const id = element.getAttribute('id') ?? '';
  const maybe = MAYBE_MARKED.test(className) || MAYBE_MARKED.test(id);
  const tokens = maybe ? `${className} ${id}`.toLowerCase().split(/\s+/) : [];
  if (tokens.some((token) => BODY_NAMES.test(token))) return 3;
  if (tag === 'ARTICLE' || element.getAttribute('role') === 'article') return 2;
  if (ARTICLE_TYPES.test(element.getAttribute('itemtype') ?? '')) return 2;
  if (tokens.some((token) => ARTICLE_NAMES.test(token))) return 2;
  if (tag === 'MAIN' || element.getAttribute('role') === 'main') return 1;
  if (tokens.some((token) => MAIN_NAMES.test(token))) return 1;
  return 0;
}

/** Every element below `root` marked as the article (mark 3 or 2), grouped by mark, each group in document order. */
export function markedElements(root: Element): Element[][] {
  const marks = new MarkedElements();
  const visit = (parent: Element): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      marks.add(child as Element);
      visit(child as Element);
    }
  };
  visit(root);
  return marks.groups;
}

/**
 * The marked elements gathered one at a time, in document order, by a walk the caller makes anyway (the furniture
 * pruning visits every element it keeps), which saves a walk of its own over the whole page.
 */
export class MarkedElements {
  readonly groups: Element[][] = [[], [], [], []];

  add(element: Element): void {
    const mark = contentMark(element);
    if (mark >= MIN_TRUSTED_MARK) this.groups[mark]?.push(element);
  }
}

/**
 * The elements holding the article, in document order, or null when no marked element is trustworthy: the
 * most specifically marked one with most prose, with the elements marked the same way beside it. `total`: the
 * prose of the whole body and `groups` its marked elements, when the caller has them.
 */
export function locateMarkedArticle(
  body: Element,
  total = proseLength(body),
  groups = markedElements(body),
): Element[] | null {
  for (let mark = 3; mark >= MIN_TRUSTED_MARK; mark -= 1) {
    const candidates = (groups[mark] ?? [])
      // A comment or a related-articles teaser marked up as an <article> is not the page's article.
      .filter((element) => namedFurniture(element) === null)
      .map((element) => ({ element, prose: proseLength(element) }));
    const best = candidates.reduce<(typeof candidates)[number] | null>((a, b) => (a === null || b.prose > a.prose ? b : a), null);
    if (best === null || best.prose < MIN_MARKED_PROSE) continue;
    const parts = candidates.filter(
      (candidate) =>
        candidate === best ||
        (candidate.prose >= MIN_PART_PROSE &&
          candidate.element.tagName === best.element.tagName &&
          !candidate.element.contains(best.element) &&
          !best.element.contains(candidate.element)),
    );
    const outermost = parts.filter((part) => !parts.some((other) => other !== part && other.element.contains(part.element)));
    const prose = outermost.reduce((sum, part) => sum + part.prose, 0);
    if (prose >= total * MIN_MARKED_SHARE) return outermost.map((part) => part.element);
  }
  return null;
}

