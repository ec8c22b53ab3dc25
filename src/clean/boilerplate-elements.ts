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

// Class and id words, tested one token at a time (lower case). `(?:^|[-_])` stands for the start of a word inside
// a compound name ("post-comments", "entry_tags"). Left out on purpose: "widget" and "teaser" (page builders and
// Blogger name every content box so), "hidden-xs" and "print" (responsive and print styles, not hidden text),
// "author-x" and "category-x" (WordPress puts them on the article element itself).
const NAMED_FURNITURE: readonly [RegExp, DropReason][] = [
  [/comment|disqus|(?:^|[-_])respond(?:$|[-_])|(?:^|[-_])repl(?:y|ies)(?:$|[-_])|pingback|trackback|kommentar/, 'comments'],
  [/(?:^|[-_])shar(?:e|es|ing|iff|edaddy|ethis)(?:$|[-_]|bar|box|links|buttons)|social|sociable|addthis|addtoany|(?:^|[-_])a2a(?:$|[-_])/, 'page-chrome'],
  [/related|recommend|(?:^|[-_])more-?(?:stories|articles|posts|news|from)|also-?read|readmore|read-more|outbrain|taboola|yarpp|(?:^|[-_])promo(?:s|box)?(?:$|[-_])/, 'advert'],
  [/newsletter|subscri|(?:^|[-_])sign-?up(?:$|[-_])|(?:^|[-_])opt-?in(?:$|[-_])|mailchimp|mc4wp/, 'site-navigation'],
  [/breadcrumb|(?:^|[-_])nav(?:$|[-_])|navbar|navigation|(?:^|[-_])menu(?:$|[-_])|pagination|(?:^|[-_])pager(?:$|[-_])|nav-?links|skip-?link|toolbar/, 'site-navigation'],
  [/cookie|consent|gdpr|(?:^|[-_])banner(?:$|[-_])|popup|lightbox|masthead|sidebar|^widget-?area$/, 'page-chrome'],
  [/(?:^|[-_])ads?(?:$|[-_])|advert|adsense|adsbygoogle|sponsor|google-?ad|werbung|anzeige/, 'advert'],
  [/^(?:author|byline|vcard|(?:post|entry|article)-?(?:author|byline)|author-?(?:box|bio|info|meta|description|profile|details|wrap|name)|about-?(?:the-?)?author)$/, 'author-bio'],
  [/^(?:(?:post|entry|article)-?(?:meta|info|footer|details|tags|categories|date)|meta|tags|tag-?(?:list|cloud|links)|categories|cat-?links|date|dateline|posted-?on|timestamp)$/, 'page-chrome'],
  [/caption|^(?:credits?|photo-?credit|image-?credit)$/, 'caption'],
  [/^(?:hidden|hide|is-hidden|d-none|sr-only|screen-reader-text|visually-?hidden|visuallyhidden|invisible)$/, 'page-chrome'],
];

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

/** Why the element's class or id names it furniture, or null. */
export function namedFurniture(element: Element): DropReason | null {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.length < 3) return null;
  for (const token of names.split(/\s+/)) {
    if (token === '') continue;
    for (const [pattern, reason] of NAMED_FURNITURE) if (pattern.test(token)) return reason;
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
