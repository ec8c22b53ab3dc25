/** Character clean-up shared by every input format, so the rules see text of one shape. */

// Zero-width characters and soft hyphens survive copy-paste from web pages and split words invisibly.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// C0 controls other than tab/newline come from broken encodings; they carry no text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of text: invisible characters removed, every run of whitespace (NBSP included) made one space. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * A key for comparing two passages regardless of case, quote style, dashes and punctuation: a pull quote the
 * page re-typesets with curly quotes must still match the sentence it came from.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

// Closing quotes, brackets and emphasis that may follow the real final punctuation: `…saved.”` ends a sentence.
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', '_']);
const QUOTE_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

/**
 * Whether a line ends the way a sentence does (. ! ? …), looking through closing quotes and brackets. Read from
 * the end by hand: a pattern anchored at the end is tried from every position of a line, and a long run of quotes
 * not at the end made that quadratic.
 */
export function endsLikeSentence(text: string): boolean {
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0 && CLOSERS.has(trimmed[end - 1] as string)) end -= 1;
  return end > 0 && TERMINATORS.has(trimmed[end - 1] as string);
}

/**
 * Number of sentence ends in the text (a run of . ! ? … and the closing quotes after it, then a space or the end):
 * a rough sentence count, good enough to tell a standfirst from a paragraph. One pass, for the same reason.
 */
export function sentenceCount(text: string): number {
  let ends = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i] as string)) {
      i += 1;
      continue;
    }
    while (i < text.length && TERMINATORS.has(text[i] as string)) i += 1;
    while (i < text.length && QUOTE_CLOSERS.has(text[i] as string)) i += 1;
    if (i === text.length || /\s/.test(text[i] as string)) ends += 1;
  }
  return Math.max(1, ends);
}

export function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Whether `needle` occurs in `haystack` as whole words (both already comparison keys). */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}
