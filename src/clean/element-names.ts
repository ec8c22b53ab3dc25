/**
 * The words of an element's class and id, the vocabulary pages use to say what a box is: "cbx-Author_Position"
 * reads as cbx, author, position. Whole words, so "update" never reads as "date".
 */

/** Class names a theme puts on a wrapper to say what the page has, not what the box is, and WordPress's taxonomy
 * classes on a post ("tag-kommentar", "category-news"), which say what the post is about. */
const STATE_FLAG = /^(?:has|no|with|show|hide|tag|category)-|-(?:open|closed|enabled|disabled|active)$/i;

export interface ElementNames {
  /** Class names and id as written, lower-cased ("article__body--wide"). */
  tokens: string[];
  /** Their words: split at separators and at lower-to-upper case changes, lower-cased. */
  words: string[];
}

const NO_NAMES: ElementNames = { tokens: [], words: [] };

// An id of this many words is an anchor made from a heading ("sharing-with-a-single-developer"), which names the
// section's subject, not what kind of box it is.
const MAX_ID_WORDS = 3;

/**
 * The class attribute as written. linkedom answers getAttribute('class') through classList, building a token set
 * for the element and joining it again on every call; every walk here reads the class of every element, so that
 * was a measurable share of the clean stage. Callers split it into tokens, which reads the same either way.
 */
export function classAttribute(element: Element): string {
  return element.getAttributeNode('class')?.value ?? '';
}

export function elementNames(element: Element): ElementNames {
  if (!element.hasAttributes()) return NO_NAMES;
  const id = element.getAttribute('id') ?? '';
  const names = `${classAttribute(element)} ${id.split(/[-_\s]+/).length > MAX_ID_WORDS ? '' : id}`;
  if (names.length < 3) return NO_NAMES;
  const tokens: string[] = [];
  const words: string[] = [];
  for (const token of names.split(/\s+/)) {
    if (token === '' || STATE_FLAG.test(token)) continue;
    tokens.push(token.toLowerCase());
    // What follows a BEM "--" is a variant ("TestReport__Section--Ads" is a test report section styled like an
    // ad slot), not what the box is.
    const name = token.split('--')[0] ?? '';
    for (const word of name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) {
      if (word !== '') words.push(word);
    }
  }
  return { tokens, words };
}
