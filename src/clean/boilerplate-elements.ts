/**
 * Which page elements are furniture rather than the article, told by what the page's own markup calls them: tag,
 * ARIA role, hidden state, and the words in its class and id ("comment-list", "related-posts", "share-bar").
 * Sites name their boxes for their developers, and those names are far more stable across sites than the text
 * inside them, which is in any language. Names are only trusted inside an article already located, where a
 * "widget" or "teaser" is not the page's own wrapper (see prune-furniture.ts).
 */
import type { DropReason } from '../domain/document.ts';

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

// Words of class and id names: "cbx-Author_Position" reads as cbx, author, position. A word names the box it is
// on ("author", "comments", "caption"); matching whole words keeps "update" from reading as "date". Left out on
// purpose: "widget" and "teaser" (page builders and Blogger name every content box so), "hidden-xs" and "print"
// (responsive and print styles), "author-x" and "category-x" on an article element (WordPress) are kept by the
// wrapper rule of prune-furniture.ts.
const FURNITURE_WORDS: ReadonlyMap<string, DropReason> = new Map([
  ...words('comments', 'comment commentlist kommentar kommentare disqus replies reply respond pingback pingbacks trackback trackbacks discussion'),
  ...words('page-chrome', 'share shares sharing sharebar shariff sharedaddy sharethis social sociable addthis addtoany a2a follow embed'),
  ...words('advert', 'related relatedposts recommended recommendations recommend similar readmore yarpp outbrain taboola promo promos'),
  ...words('advert', 'ad ads advert adverts advertisement advertising adsense adsbygoogle sponsor sponsored sponsors anzeige werbung affiliate'),
  ...words('site-navigation', 'newsletter newsletters subscribe subscription signup optin mailchimp mc4wp'),
  ...words('site-navigation', 'breadcrumb breadcrumbs crumbs nav navbar navigation menu pagination pager toolbar skiplink sitemap'),
  ...words('page-chrome', 'cookie cookies consent gdpr banner popup lightbox masthead sidebar widgetarea noprint footer'),
  ...words('author-bio', 'author authors autor byline bio vcard saboxplugin'),
  ...words('page-chrome', 'meta metadata postmeta postmetadata entrymeta dateline timestamp tags taglist tagcloud categories keywords schlagworte'),
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
  const byTag = FURNITURE_TAGS.get(element.tagName);
  if (byTag !== undefined) return byTag;
  const role = element.getAttribute('role');
  if (role !== null) {
    const byRole = FURNITURE_ROLES.get(role.trim().toLowerCase());
    if (byRole !== undefined) return byRole;
  }
  return isHidden(element) ? 'page-chrome' : null;
}

// Classes a theme puts on a wrapper to say what the page has, not what the box is.
const STATE_FLAG = /^(?:has|no|with|show|hide)-|-(?:open|closed|enabled|disabled|active)$/i;

/** Why the element's class or id names it furniture, or null. */
export function namedFurniture(element: Element): DropReason | null {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names.length < 3) return null;
  for (const token of names.split(/\s+/)) {
    if (STATE_FLAG.test(token)) continue;
    const reason = FURNITURE_TOKENS.get(token.toLowerCase()) ?? namedByWords(token);
    if (reason !== undefined) return reason;
  }
  return null;
}

/**
 * Splits at separators and at lower-to-upper case changes ("LastUpdatedDateTime"). What follows a BEM "--" is a
 * variant ("TestReport__Section--Ads" is a test report section styled like an ad slot), not what the box is.
 */
function namedByWords(token: string): DropReason | undefined {
  const name = token.split('--')[0] ?? '';
  for (const word of name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) {
    const reason = FURNITURE_WORDS.get(word);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style === null) return false;
  const compact = style.replace(/\s+/g, '').toLowerCase();
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}
