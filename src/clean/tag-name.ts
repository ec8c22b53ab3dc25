/**
 * An element's tag name, upper case, without allocating. linkedom computes `tagName` on every read by upper-casing
 * `localName`, a new string each time; the walks here read it for every element of the page, several times per
 * page, and that garbage is collected while the whole parsed page is alive, which makes each collection costly.
 * The upper-case form of each name is made once and reused. Same answer as `tagName` for HTML documents, including
 * elements Readability creates with upper-case names.
 */

const UPPER = new Map<string, string>();
// Pages may invent any number of custom element names; past this many the names are upper-cased as before.
const MAX_NAMES = 2000;

export function tagOf(element: Element): string {
  const name = element.localName;
  const known = UPPER.get(name);
  if (known !== undefined) return known;
  const tag = name.toUpperCase();
  if (UPPER.size < MAX_NAMES) UPPER.set(name, tag);
  return tag;
}

/** The length `text.trim()` would have, without making the trimmed copy (proseLength runs on every text node). */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmedSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isTrimmedSpace(text.charCodeAt(end - 1))) end -= 1;
  return end - start;
}

/** What String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator. */
function isTrimmedSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
