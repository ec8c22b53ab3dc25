/**
 * The part of a review the text models read: all of it, up to MAX_JUDGED_CHARS. Time and memory of the character
 * n-grams grow with the text, and one 100 MB row of an export ran V8 out of memory; with the bound, no document
 * costs more than a long review does.
 */

/**
 * Far above any real review, so none is cut: the longest of the 50,000 IMDb reviews in ../shared is 13,704
 * characters, and a long-form critic's review runs 15,000-25,000. A text longer than this is a review followed by
 * something else (a comment thread, a pasted page), and the review comes first.
 */
export const MAX_JUDGED_CHARS = 100_000;

// How far back from the cap a space is looked for, so that the last word is not cut in half.
const WORD_BOUNDARY_WINDOW = 1_000;

/** `text` itself when it is within the cap, else its first MAX_JUDGED_CHARS characters, ending at a word boundary. */
export function judgedText(text: string, maxChars = MAX_JUDGED_CHARS): string {
  if (text.length <= maxChars) return text;
  let end = maxChars;
  const space = text.lastIndexOf(' ', maxChars);
  if (space > maxChars - WORD_BOUNDARY_WINDOW) end = space;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
