/**
 * The boxes a review page keeps outside its article body: the byline ("By Dana Whitfield"), the rating box
 * ("★★★★", "Rating: 4/5", "8.5/10") and the verdict ("Verdict: tender and wise"). Found by what the page calls
 * them and checked by what they hold, so a reader-voting widget ("No ratings yet") is not taken for the critic's
 * rating. Boxes are tagged in the DOM (BOX_ATTRIBUTE) so the line walker and the rules keep their lines.
 */
import { isHidden, namedFurniture } from './boilerplate-elements.ts';
import { classAttribute, elementNames } from './element-names.ts';
import { normalizeSpace, wordCount } from './normalize-text.ts';
import { tagOf } from './tag-name.ts';

export const BOX_ATTRIBUTE = 'data-plaudit-review-box';

export interface ReviewBoxes {
  /** The first visible byline's text, "By" and all. */
  byline: string | null;
  /** Rating and verdict boxes, in document order. */
  boxes: Element[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Review sites do put the verdict in an <aside>; menus, footers and hidden copies never hold the critic's words.
const SKIPPED_TAGS = new Set(['NAV', 'MENU', 'FOOTER', 'DIALOG', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
const MAX_BYLINE_CHARS = 100;
const MAX_RATING_WORDS = 12;
const MAX_VERDICT_WORDS = 150;
// Longer than any box: a wrapper whose class happens to say "rating" or "author" is not read to its end.
const MAX_BOX_CHARS = 2000;

const BYLINE_WORDS = new Set(['byline', 'author', 'autor', 'writtenby', 'reviewer', 'critic']);
const RATING_WORDS = new Set(['rating', 'score', 'stars', 'grade', 'wertung', 'bewertung', 'verdict', 'reviewrating']);
const VERDICT_WORDS = new Set(['verdict', 'bottomline', 'fazit', 'conclusion', 'takeaway']);
// What the critic's rating looks like: "4/5", "8.5 / 10", "3 out of 4", "★★★½", "B+".
const RATING_VALUE =
  /\b\d{1,3}(?:[.,]\d)?\s*(?:\/|out of|of|von|sur|su|de)\s*\d{1,3}\b(?![/.]\d)|[★✭✮⭐]|\b\d(?:[.,]5)?\s*(?:stars?|sterne|étoiles)\b/i;
const LETTER_GRADE = /^(?:grade:?\s*)?[A-F][+\-−]?$/;
// A page with more boxes than this lists ratings (hotels, products, other films), none of them the critic's.
const MAX_BOXES_OF_A_KIND = 2;
// A verdict is a box of text, not a heading or an inline anchor that happens to be called "fazit".
const VERDICT_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'BLOCKQUOTE', 'ARTICLE', 'DL', 'UL']);
const MIN_VERDICT_WORDS = 8;
// A readers' poll, not the critic: "4.2/5 (120 votes)", "4.46 / 5 · 167 Produktbewertungen", "based on 1 rating".
// The critic's own "Our rating: 4/5" names no count and no readers.
const READER_POLL = /\d\s*\p{L}*(?:votes?|ratings|reviews|stimmen|bewertungen|avis)|\b(?:votes?|based on|readers?|users?|leser)\b/iu;

// A cheap first look at the raw class, id and itemprop before splitting them into words: most elements have none
// of these letters in a row, and the walk visits every element of the page.
const MAYBE_BOX = /rating|score|star|grade|wertung|verdict|bottomline|fazit|conclusion|takeaway/i;
const MAYBE_BYLINE = /byline|author|autor|writtenby|reviewer|critic/i;

/**
 * One walk over `root`: the first byline, and the rating and verdict boxes (tagged with BOX_ATTRIBUTE). Runs
 * before furniture is pruned, so a verdict in an <aside> is found; a box inside furniture (the ratings in a
 * related-reviews list) is not the critic's.
 */
export function findReviewBoxes(root: Element): ReviewBoxes {
  const found: ReviewBoxes = { byline: null, boxes: [] };
  const visit = (parent: Element): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      if (SKIPPED_TAGS.has(tagOf(element))) continue;
      if (!element.hasAttributes()) {
        visit(element);
        continue;
      }
      if (isHidden(element)) continue;
      // Tested one by one rather than joined: no new string for the many elements that match neither.
      const names = [classAttribute(element), element.getAttribute('id'), element.getAttribute('itemprop')] as const;
      const kind = anyMatches(MAYBE_BOX, names) ? boxKind(element) : null;
      if (kind !== null && !insideFurniture(element, root)) {
        element.setAttribute(BOX_ATTRIBUTE, kind);
        found.boxes.push(element);
        continue;
      }
      if (found.byline === null && (anyMatches(MAYBE_BYLINE, names) || element.getAttribute('rel') === 'author')) {
        found.byline = bylineText(element);
      }
      visit(element);
    }
  };
  visit(root);
  for (const kind of ['rating', 'verdict']) {
    const ofKind = found.boxes.filter((box) => box.getAttribute(BOX_ATTRIBUTE) === kind);
    if (ofKind.length <= MAX_BOXES_OF_A_KIND) continue;
    for (const box of ofKind) box.removeAttribute(BOX_ATTRIBUTE);
    found.boxes = found.boxes.filter((box) => !ofKind.includes(box));
  }
  return found;
}

function anyMatches(pattern: RegExp, names: readonly (string | null)[]): boolean {
  for (const name of names) if (name !== null && pattern.test(name)) return true;
  return false;
}

function boxKind(element: Element): 'rating' | 'verdict' | null {
  const itemprop = element.getAttribute('itemprop') ?? '';
  const { words } = elementNames(element);
  const rating = /\breviewRating\b/i.test(itemprop) || words.some((word) => RATING_WORDS.has(word));
  const verdict = words.some((word) => VERDICT_WORDS.has(word));
  if (!rating && !verdict) return null;
  const text = normalizeSpace(textUpTo(element, MAX_BOX_CHARS) ?? '');
  const count = wordCount(text);
  if (count === 0) return null;
  const value = RATING_VALUE.test(text) || (words.includes('grade') && LETTER_GRADE.test(text));
  if (rating && count > 0 && count <= MAX_RATING_WORDS && value && !READER_POLL.test(text)) return 'rating';
  const box = VERDICT_TAGS.has(tagOf(element));
  return verdict && box && count >= MIN_VERDICT_WORDS && count <= MAX_VERDICT_WORDS ? 'verdict' : null;
}

/** A byline as Readability finds one: rel=author, itemprop=author, or named so; short; its itemprop=name if any. */
function bylineText(element: Element): string | null {
  const rel = element.getAttribute('rel');
  const itemprop = element.getAttribute('itemprop') ?? '';
  const named = rel === 'author' || itemprop.includes('author') || elementNames(element).words.some((word) => BYLINE_WORDS.has(word));
  if (!named) return null;
  const text = normalizeSpace(textUpTo(element, MAX_BYLINE_CHARS * 2) ?? '');
  if (text === '' || text.length >= MAX_BYLINE_CHARS) return null;
  const name = element.querySelector('[itemprop~="name"]');
  const nameText = normalizeSpace(name?.textContent ?? '');
  return nameText !== '' ? nameText : text;
}

function insideFurniture(element: Element, root: Element): boolean {
  for (let node = element.parentElement; node !== null && node !== root; node = node.parentElement) {
    if (namedFurniture(node) !== null) return true;
  }
  return false;
}

/**
 * The element's text, or null once it passes `max` characters: a theme puts "author-jane" on the whole article,
 * and reading all of it to learn it is too long for a byline is the slow part of the walk.
 */
function textUpTo(element: Element, max: number): string | null {
  let text = '';
  const visit = (parent: Node): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        text += child.nodeValue ?? '';
        if (text.length > max) return false;
      } else if (child.nodeType === ELEMENT_NODE && !visit(child)) {
        return false;
      }
    }
    return true;
  };
  return visit(element) ? text : null;
}
