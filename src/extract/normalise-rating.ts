/**
 * Explicit ratings, as written by critics, normalised to 0-100 the way Metacritic does: a fraction n/d becomes
 * round(100 * n / d) and letter grades follow Metacritic's table. Anything malformed or ambiguous is null, never
 * a number: a wrong score is worse than none, because the judge trusts a rating over the text.
 *
 * Decisions worth knowing:
 * - Accepted denominators are 3, 4, 5, 10, 20 and 100: the scales publications actually use (3-star scales
 *   exist in some print outlets; /20 is common in French criticism). 6, 8, 7, 13 and the like are rejected,
 *   because "7/13" or "5/8" in an export is far more likely a date or a typo than a rating.
 * - A bare number ("7", "85") is rejected: without a scale it means nothing.
 * - Bare stars default to a 4-star scale, unless there are more than 4 ("★★★★★", "4.5 stars"), which implies 5.
 *   Empty star glyphs give the scale themselves ("★★★☆☆" is 3/5).
 * - Numerators may have at most two decimals; "3.14159/4" is not something a critic writes.
 * - `scale` says how it was written: 'stars' for glyphs, asterisks or the word "stars"; 'words' for spelled-out
 *   numbers ("four out of five"); 'hundred' for x/100; 'fraction' for other n/d; 'letter' for grades.
 * - Bare asterisks ("****") count as stars in a field, but not in running text, where "***" is a section break.
 */
import type { Rating, RatingScale } from '../domain/rating.ts';
import { normaliseWhitespace } from '../text/sentences.ts';

const ALLOWED_DENOMINATORS = new Set([3, 4, 5, 10, 20, 100]);

// Metacritic's conversion. It has no F+/E grades; every F and E is 0.
const LETTER_SCORES: Record<string, number> = {
  'A+': 100, A: 100, 'A-': 91, 'B+': 83, B: 75, 'B-': 67, 'C+': 58, C: 50, 'C-': 42,
  'D+': 33, D: 25, 'D-': 17, 'E+': 0, E: 0, 'E-': 0, 'F+': 0, F: 0, 'F-': 0,
};

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twenty: 20, hundred: 100, half: 0.5,
};

const WORD = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred';
const HALF = '(?:\\s*½|\\s+1/2|\\s+and a half)';
/** An amount as critics write it: "3", "3.5", "3½", "3 1/2", "three", "three and a half", "½". */
const AMOUNT = `(?:\\d+(?:\\.\\d+)?${HALF}?|(?:${WORD})${HALF}?|½|half)`;
const STAR_WORD = '(?:stars?|points?)';
const AMOUNT_RATING = new RegExp(
  `^(${AMOUNT})(?:\\s*(${STAR_WORD}))?(?:\\s*(?:/|out of|of)\\s*(${AMOUNT})(?:\\s*(${STAR_WORD}))?)?$`,
);
const FILLED = '★⭐✭✮✯✪*';
const EMPTY = '☆✩✰';
const GLYPH_RATING = new RegExp(
  `^([${FILLED}]*)\\s*(½|1/2)?\\s*([${EMPTY}]*)(?:\\s*(?:stars?)?\\s*(?:/|out of|of)\\s*(${AMOUNT})(?:\\s*stars?)?)?$`,
  'u',
);
const SPELLED_NUMBER = new RegExp(`\\b(?:${WORD}|half)\\b`);
const LETTER_RATING = /^([a-f])\s*(\+|-|plus|minus)?$/;
const LABEL_PREFIX = /^(?:(?:our|my|final|overall|the)\s+)*(?:grade|rating|score|verdict)\s*[:=-]?\s*|^stars?\s*:\s*/;

/**
 * Parses a rating as written in a field of an export or an info box.
 * @example parseRating('3.5/4') // { raw: '3.5/4', score: 88, scale: 'fraction' }
 * @example parseRating('7/13') // null: 13 is not a rating scale
 */
export function parseRating(raw: string): Rating | null {
  const text = cleanRatingText(raw);
  if (text === '') return null;
  const written = raw.trim();
  return parseLetter(text, written) ?? parseGlyphs(text, written) ?? parseAmounts(text, written);
}

/**
 * Finds a rating stated inside review prose or page lines. In running text a rating needs a cue (a label such
 * as "Grade:" or "Rating:", the words "stars" or "out of", star glyphs, or a line or bracket of its own), so that
 * dates, times, durations and counts ("one of two things", "20 feet", "No. 1") never become ratings.
 */
export function findRatingInText(text: string): { rating: Rating; evidence: string } | null {
  for (const line of text.split(/\n+/)) {
    const found = ratingInLine(line);
    if (found) return found;
  }
  return null;
}

function cleanRatingText(raw: string): string {
  let text = raw
    .replace(/[−–—‐‑‒]/g, '-')
    .replace(/[⁄∕]/g, '/')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const bracketed = /^[([](.*)[)\]]$/.exec(text);
  if (bracketed) text = (bracketed[1] ?? '').trim();
  text = withoutTrailing(text, '.!,;').replace(LABEL_PREFIX, '').trim();
  // "three-and-a-half" reads as "three and a half"; "B-" keeps its hyphen because no letter follows it.
  return text.replace(/(?<=[a-z])-(?=[a-z])/g, ' ');
}

/**
 * `text` without the characters of `chars` it ends with. By hand: a pattern anchored at the end ("[.!,;]+$") is
 * tried from every position, and a long run of those characters not at the end made it quadratic.
 */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

function parseLetter(text: string, raw: string): Rating | null {
  const m = LETTER_RATING.exec(text);
  if (!m) return null;
  const modifier = m[2] === 'plus' || m[2] === '+' ? '+' : m[2] === 'minus' || m[2] === '-' ? '-' : '';
  const score = LETTER_SCORES[`${(m[1] ?? '').toUpperCase()}${modifier}`];
  return score === undefined ? null : { raw, score, scale: 'letter' };
}

function parseGlyphs(text: string, raw: string): Rating | null {
  const m = GLYPH_RATING.exec(text);
  if (!m) return null;
  const filled = [...(m[1] ?? '')].length;
  const half = m[2] ? 0.5 : 0;
  if (m[2] === '1/2' && filled === 0) return null; // "1/2" alone is one out of two, not half a star
  const empty = [...(m[3] ?? '')].length;
  if (filled + half === 0 && empty === 0) return null;
  const value = filled + half;
  const explicit = m[4] === undefined ? null : amountValue(m[4]);
  const scale = explicit ?? (empty > 0 ? Math.ceil(value) + empty : defaultStarScale(value));
  return toRating({ raw, value, scale, kind: 'stars' });
}

function parseAmounts(text: string, raw: string): Rating | null {
  const m = AMOUNT_RATING.exec(text);
  if (!m) return null;
  const value = amountValue(m[1] ?? '');
  const starred = m[2] !== undefined || m[4] !== undefined;
  if (value === null) return null;
  let scale: number | null;
  if (m[3] !== undefined) scale = amountValue(m[3]);
  else if (starred && /^star/.test(m[2] ?? '')) scale = defaultStarScale(value);
  else return null; // a bare number, or "7 points", has no scale
  if (scale === null || !Number.isInteger(scale)) return null;
  const spelled = SPELLED_NUMBER.test(text);
  const kind: RatingScale = /star/.test(text) ? 'stars' : spelled ? 'words' : scale === 100 ? 'hundred' : 'fraction';
  return toRating({ raw, value, scale, kind });
}

/** Numeric value of an amount, or null when it has more precision than a rating ever has. */
function amountValue(amount: string): number | null {
  const m = /^(\d+(?:\.\d+)?|[a-z]+)?\s*(½|1\/2|and a half)?$/.exec(amount.trim());
  if (!m) return null;
  const [, whole, halfPart] = m;
  let value = 0;
  if (whole !== undefined) {
    if (/^\d/.test(whole)) {
      if (/\.\d{3,}$/.test(whole)) return null;
      value = Number(whole);
    } else {
      const word = NUMBER_WORDS[whole];
      if (word === undefined) return null;
      value = word;
    }
  }
  if (halfPart !== undefined) {
    if (!Number.isInteger(value)) return null; // "3.5½" is not a number
    value += 0.5;
  }
  return whole === undefined && halfPart === undefined ? null : value;
}

function defaultStarScale(value: number): number {
  return value > 4 ? 5 : 4;
}

// ---- ratings inside running text ----

const STAR_GLYPHS = '★⭐✭✮✯✪☆✩✰';
const T_AMOUNT = `(?:\\d+(?:\\.\\d+)?${HALF}?|(?:${WORD})${HALF}?)`;
const T_FRACTION = `${T_AMOUNT}(?:\\s*${STAR_WORD})?(?:\\s*(?:/|out of|of)\\s*${T_AMOUNT}(?:\\s*${STAR_WORD})?)?`;
const T_LETTER = '[A-F](?:\\s?(?:\\+|-|−|–|plus|minus))?';
const T_VALUE = `(?:${T_LETTER}|${T_FRACTION}|\\*+\\s*(?:½|1/2)?|[${STAR_GLYPHS}½]+)`;
/** A label or a verb of rating, a few joining words, then the value: "Grade: B-", "we give it 7/10". */
const CUED = new RegExp(
  `\\b(?:grade[ds]?|rating|rated|score[ds]?|verdict|gives? it|gave it|giving it|awards? it|earns)\\b\\s*` +
    `(?:(?:[:=\\-–—]|\\()\\s*|(?:of|is|was|an?|it)\\s+)*(${T_VALUE})(?![\\p{L}\\d/+\\-−–]|\\.\\d)`,
  'giu',
);
/** Stars spelled out with their scale need no label: "three stars out of four", "4 out of 5 stars". */
const STAR_PHRASE = new RegExp(
  `(?<![\\p{L}\\d.])(${T_AMOUNT}\\s*stars?\\s+out of\\s+${T_AMOUNT}(?:\\s*stars?)?|` +
    `${T_AMOUNT}\\s+out of\\s+${T_AMOUNT}\\s+stars?|\\d+(?:\\.\\d+)?\\s*/\\s*\\d+\\s*stars?)(?![\\p{L}\\d/])`,
  'giu',
);
// Starts only where a run of glyphs starts: tried inside a run of "½" with no star after it, the pattern read the
// rest of the run from every position, quadratic in the run's length.
const GLYPH_RUN = new RegExp(
  `(?<![${STAR_GLYPHS}½])[${STAR_GLYPHS}½]*[${STAR_GLYPHS}][${STAR_GLYPHS}½]*(?:\\s*(?:/|out of|of)\\s*\\d+)?`,
  'gu',
);
const PARENTHESISED = /\(([^()]{1,30})\)/g;
const STANDALONE_MAX_WORDS = 6;

// Cheap gates: each pattern runs only on lines holding the words or characters it needs.
const HAS_CUE = /grade|rat(?:ing|ed)|score|verdict|giv|gave|award|earn/i;
const HAS_GLYPH = /[★⭐✭✮✯✪☆✩✰]/;
const HAS_RATING_CHARACTER = /[\d½*]|star|out of|grade|score|rating|verdict/i;

type Found = { rating: Rating; evidence: string };

/** The first rating stated in one line of text, by the most explicit cue first. */
function ratingInLine(rawLine: string): Found | null {
  const cue = HAS_CUE.test(rawLine);
  const glyph = HAS_GLYPH.test(rawLine);
  if (!cue && !glyph && !HAS_RATING_CHARACTER.test(rawLine)) return null;
  const line = normaliseWhitespace(rawLine);
  if (line === '') return null;
  return (cue ? cuedRating(line) : null)
    ?? (hasStarPhrase(line) ? patternRating(line, STAR_PHRASE) : null)
    ?? (glyph ? patternRating(line, GLYPH_RUN) : null)
    ?? (line.includes('(') ? parenthesisedRating(line) : null)
    ?? standaloneRating(line);
}

/**
 * Whether the line has "star" and "out of" or "/", in either order (they cannot overlap, so any order). Not a
 * pattern with ".*" between them: that reads the rest of the line from every "out of", quadratic on a line of them.
 */
function hasStarPhrase(line: string): boolean {
  const lower = line.toLowerCase();
  return lower.includes('star') && (lower.includes('out of') || line.includes('/'));
}

function cuedRating(line: string): Found | null {
  for (const m of line.matchAll(CUED)) {
    const value = m[1] ?? '';
    const rating = parseRating(value);
    // In prose only a capital is a grade: "score a goal" must not read as an A.
    if (rating && (rating.scale !== 'letter' || /^[A-F]/.test(value))) return { rating, evidence: m[0].trim() };
  }
  return null;
}

function patternRating(line: string, pattern: RegExp): Found | null {
  for (const m of line.matchAll(pattern)) {
    const rating = parseRating(m[0]);
    if (rating) return { rating, evidence: m[0].trim() };
  }
  return null;
}

function parenthesisedRating(line: string): Found | null {
  for (const m of line.matchAll(PARENTHESISED)) {
    const rating = parseRating(m[1] ?? '');
    if (rating && isTextRating(rating)) return { rating, evidence: m[0] };
  }
  return null;
}

/** A line that is nothing but a rating: "3.5/4", "2½ stars", "Three stars out of four." */
function standaloneRating(line: string): Found | null {
  if (line.split(' ').length > STANDALONE_MAX_WORDS) return null;
  const rating = parseRating(line);
  return rating && isTextRating(rating) ? { rating, evidence: line } : null;
}

/**
 * Without a label, a lone letter is a word ("A.") and lone asterisks are a section break ("***") or a footnote
 * mark ("(*)"), not a rating.
 */
function isTextRating(rating: Rating): boolean {
  return rating.scale !== 'letter' && !/^[\s*().]+$/.test(rating.raw);
}

function toRating(input: { raw: string; value: number; scale: number; kind: RatingScale }): Rating | null {
  const { raw, value, scale, kind } = input;
  if (!ALLOWED_DENOMINATORS.has(scale) || value < 0 || value > scale) return null;
  // The epsilon keeps halves rounding up despite binary fractions (87.5 -> 88, 62.5 -> 63).
  return { raw, score: Math.round((100 * value) / scale + 1e-9), scale: kind };
}
