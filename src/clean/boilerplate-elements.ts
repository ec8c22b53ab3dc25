/**
 * Which page elements are furniture rather than the article, told by what the page's own markup calls them: tag,
 * ARIA role, hidden state, and the words in its class and id ("comment-list", "related-posts", "share-bar").
 * Sites name their boxes for their developers, and those names are far more stable across sites than the text
 * inside them, which is in any language. Names are only trusted inside an article already located, and never for
 * an element holding most of its text (see prune-furniture.ts).
 */
import type { DropReason } from '../domain/document.ts';
import { elementNames } from './element-names.ts';
import { tagOf } from './tag-name.ts';

// Never part of an article wherever they sit.
const FURNITURE_TAGS: ReadonlyMap<string, DropReason> = new Map([
  ['NAV', 'site-navigation'],
  ['MENU', 'site-navigation'],
  ['DIALOG', 'page-chrome'],
  ['ASIDE', 'page-chrome'],
  ['FOOTER', 'page-chrome'],
  ['FIGCAPTION', 'caption'],
  ['BUTTON', 'page-chrome'],
  ['SELECT', 'page-chrome'],
  ['TEXTAREA', 'page-chrome'],
  ['LABEL', 'page-chrome'],
]);

const FURNITURE_ROLES: ReadonlyMap<string, DropReason> = new Map([
  ['navigation', 'site-navigation'],
  ['menu', 'site-navigation'],
  ['menubar', 'site-navigation'],
  ['banner', 'page-chrome'],
  ['contentinfo', 'page-chrome'],
  ['complementary', 'page-chrome'],
  ['dialog', 'page-chrome'],
  ['alertdialog', 'page-chrome'],
  ['search', 'site-navigation'],
  ['toolbar', 'page-chrome'],
]);

// Words of class and id names (element-names.ts) that name a box as furniture. Left out on purpose: "widget" and
// "teaser" (page builders and Blogger name every content box so), "tweet" (embedded posts are quoted in the text),
// "dateline" (the "KOBE –" that opens a news story), "print" (print styles).
const FURNITURE_WORDS: ReadonlyMap<string, DropReason> = new Map([
  ...words('comments', 'comment comments commentlist kommentar kommentare commentaires comentarios disqus replies reply respond pingback pingbacks trackback trackbacks discussion'),
  ...words('page-chrome', 'share shares sharing sharebar shariff sharedaddy sharethis social sociable addthis addtoany a2a follow embed'),
  ...words('advert', 'related relatedposts recommended recommendations recommend similar readmore yarpp outbrain taboola promo promos'),
  ...words('advert', 'ad ads advert adverts advertisement advertising adsense adsbygoogle sponsor sponsored sponsors anzeige werbung affiliate'),
  ...words('site-navigation', 'newsletter newsletters subscribe subscription signup optin mailchimp mc4wp'),
  ...words('site-navigation', 'breadcrumb breadcrumbs crumbs nav navbar navigation menu pagination pager toolbar skiplink sitemap'),
  ...words('page-chrome', 'cookie cookies consent gdpr banner popup lightbox masthead sidebar widgetarea noprint footer'),
  ...words('author-bio', 'author authors autor byline bio vcard saboxplugin'),
  ...words('page-chrome', 'meta metadata postmeta postmetadata entrymeta timestamp tags taglist tagcloud categories keywords schlagworte'),
  ...words('page-chrome', 'disclosure disclaimer licence license copyright'),
  ...words('caption', 'caption captions figcaption credit credits'),
]);

// Whole class names only: as words, "hidden" and "date" are also in "field--label-hidden", "hidden-xs" (hidden on
// phones only) and Blogger's "date-outer" wrapper around every post.
const FURNITURE_TOKENS: ReadonlyMap<string, DropReason> = new Map([
  ...words('page-chrome', 'hidden hide is-hidden d-none invisible sr-only screen-reader-text visually-hidden visuallyhidden'),
  ...words('page-chrome', 'date post-date entry-date published posted-on'),
]);

function words(reason: DropReason, list: string): [string, DropReason][] {
  return list.split(' ').map((word) => [word, reason]);
}

/** Why the element is furniture whatever it is called (tag, role, hidden), or null. */
export function tagFurniture(element: Element): DropReason | null {
  const byTag = FURNITURE_TAGS.get(tagOf(element));
  if (byTag !== undefined) return byTag;
  if (!element.hasAttributes()) return null;
  const role = element.getAttribute('role');
  if (role !== null) {
    const byRole = FURNITURE_ROLES.get(role.trim().toLowerCase());
    if (byRole !== undefined) return byRole;
  }
  return isHidden(element) ? 'page-chrome' : null;
}

// The article element of WordPress and similar CMSs, which also carries "author-jane" and the like.
const POST_ELEMENT = /(?:^|\s)(?:hentry|type-post|status-publish)(?:\s|$)/;

/** Why the element's class or id names it furniture, or null. */
export function namedFurniture(element: Element): DropReason | null {
  const { tokens, words } = elementNames(element);
  if (tokens.length === 0 || POST_ELEMENT.test(tokens.join(' '))) return null;
  for (const token of tokens) {
    const reason = FURNITURE_TOKENS.get(token);
    if (reason !== undefined) return reason;
  }
  for (const word of words) {
    const reason = FURNITURE_WORDS.get(word);
    if (reason !== undefined) return reason;
  }
  return null;
}

export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style === null) return false;
  const compact = style.replace(/\s+/g, '').toLowerCase();
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}
