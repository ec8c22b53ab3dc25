/**
 * Sentence splitting for English review prose. Reviews are full of things that look like sentence ends and are
 * not: titles before names ("Dr. Strangelove"), initials ("J. R. R. Tolkien"), "vs.", "No. 1", decimals, and
 * ellipses that trail into the same sentence. A boundary needs a terminator, then (optionally) closing quotes or
 * brackets, then a space, then something that can start a sentence.
 *
 * Blank lines always end a sentence (paragraphs never run into each other); a single newline is treated as a
 * space, because hard-wrapped text is common in plain-text and email reviews.
 */

/** Words that precede a name or a number and therefore never end a sentence. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'mt', 'ft', 'prof', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev',
  'hon', 'fr', 'sen', 'rep', 'gov', 'pres', 'det', 'insp', 'adm', 'mme', 'mlle', 'messrs', 'vs', 'v', 'e.g',
  'i.e', 'cf', 'approx', 'ca', 'viz', 'fig', 'vol', 'pp', 'ch', 'dir', 'feat', 'nos',
]);

/** Abbreviations that often do end a sentence: split after them unless a date or time follows. */
const MAYBE_FINAL = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'al', 'a.m', 'p.m', 'u.s', 'u.k']);

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'et', 'est', 'pt',
  'pst', 'gmt', 'bst', 'utc',
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»']);
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;
/** Anything normaliseWhitespace would change besides the ends; most lines have none, and testing is cheap. */
const NEEDS_NORMALISING = /[\u200b\u200c\u200d\u2060\ufeff]|\s\s|[^\S ]/;

/** Collapses every run of whitespace (including no-break spaces) to one space and drops zero-width characters. */
export function normaliseWhitespace(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text.trim();
  return text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/**
 * Splits review prose into sentences, trimmed, in order, none empty.
 * @example splitSentences('Mr. Perry wins. Moss is great.') // ['Mr. Perry wins.', 'Moss is great.']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n[ \t\u00a0]*\n/)) {
    splitBlock(normaliseWhitespace(block), out, Infinity);
  }
  return out;
}

/** The first sentence of the text, without splitting the rest (cheap on long documents). */
export function firstSentence(text: string): string {
  for (const block of text.split(/\n[ \t\u00a0]*\n/, 64)) {
    const out: string[] = [];
    splitBlock(normaliseWhitespace(block), out, 1);
    if (out.length > 0) return out[0] ?? '';
  }
  return '';
}

function splitBlock(s: string, out: string[], limit: number): void {
  let start = 0;
  let i = 0;
  while (i < s.length && out.length < limit) {
    const terminal = terminatorAt(s, i);
    if (terminal === 0) {
      i += 1;
      continue;
    }
    let end = i + terminal;
    while (end < s.length && TERMINATORS.has(s[end] ?? '')) end += 1;
    while (end < s.length && CLOSERS.has(s[end] ?? '')) end += 1;
    if (end < s.length && s[end] === ' ' && isBoundary(s, i, end)) {
      pushTrimmed(out, s.slice(start, end));
      start = end + 1;
    }
    i = end;
  }
  if (out.length < limit) pushTrimmed(out, s.slice(start));
}

/**
 * 1 when position i ends a sentence candidate: . ! ? …, or an em dash that closes a quotation (“I just—” She …).
 * Compares char codes because it runs once per character of every review.
 */
function terminatorAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) return 1;
  if ((code === 0x2014 || code === 0x2013) && CLOSERS.has(s[i + 1] ?? '')) return 1;
  return 0;
}

function pushTrimmed(out: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) out.push(trimmed);
}

/** Whether the terminator at `at` (its run ends before the space at `spaceAt`) ends a sentence. */
function isBoundary(s: string, at: number, spaceAt: number): boolean {
  const next = s[spaceAt + 1] ?? '';
  if (!canStartSentence(next)) return false;
  const isSinglePeriod = s[at] === '.' && s[at + 1] !== '.' && s[at - 1] !== '.';
  if (!isSinglePeriod) return true;
  const word = wordBefore(s, at);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (lower === 'no' && /\d/.test(next)) return false;
  const nextWord = (/^[\p{L}]+/u.exec(s.slice(spaceAt + 1)) ?? [''])[0].toLowerCase();
  if (MAYBE_FINAL.has(lower)) return !TIME_WORDS.has(nextWord);
  if (isInitial(word, s, at)) return false;
  // Dotted acronyms ("U.N.", "L.A.") read like MAYBE_FINAL: split only when the next word starts a sentence.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return !TIME_WORDS.has(nextWord);
  return true;
}

function canStartSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"'“‘(\[¿¡—–*★]/u.test(ch);
}

/** The word (letters and inner dots, as in "e.g" or "U.S") right before position `at`. */
function wordBefore(s: string, at: number): string {
  let k = at;
  while (k > 0 && /[\p{L}.]/u.test(s[k - 1] ?? '')) k -= 1;
  return s.slice(k, at).replace(/^\.+/, '');
}

/**
 * A single capital letter is an initial ("J. R. R. Tolkien"), except the pronoun "I" and a letter grade after an
 * article ("gets a B. The rest…"). Names with initials are far more common mid-sentence than grades at its end.
 */
function isInitial(word: string, s: string, at: number): boolean {
  if (!/^\p{Lu}$/u.test(word) || word === 'I') return false;
  const before = s.slice(Math.max(0, at - 5), at - 1).toLowerCase();
  return !/\b(?:a|an)\s$/.test(before);
}
