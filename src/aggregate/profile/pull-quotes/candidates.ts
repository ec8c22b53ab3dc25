/**
 * Blurb candidates from one review: each sentence of at most 25 words, and, from longer sentences, runs of whole
 * clauses that fit. A candidate must read as clear praise by itself, stand on its own (no "She", "These", "But" to
 * start), and be the critic's statement rather than a question, a lead-in to a quotation, or a credit line. Words
 * are never changed: a part of a sentence is printed with an ellipsis where it was cut.
 */
import { splitClauses, wordCount } from '../clauses.ts';
import type { AnalysedReview, Polarity } from '../types.ts';

export const MAX_QUOTE_WORDS = 25;
const MIN_QUOTE_WORDS = 4;
/** Clearer praise than POSITIVE_AT: a blurb has to read as a recommendation on its own. */
export const BLURB_POSITIVE_AT = 0.75;

export interface QuoteCandidate {
  reviewId: number;
  sentenceIndex: number;
  sentence: string;
  /** The words as written. */
  text: string;
  /** As printed: with "…" where the sentence was cut. */
  display: string;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
  whole: boolean;
  words: number;
  probability: number;
  next?: string;
}

/** Openings that lean on the sentence before ("She", "These scenes", "But"), so the quote would not stand alone. */
const DANGLING_START =
  /^(?:and|but|or|so|yet|also|then|too|still|which|who|whose|he|she|they|him|them|his|their|these|those|this|that|such|here|there|both|neither|either|instead|otherwise|meanwhile|same)\b/i;
const CREDIT_LINE = /^(?:With|Starring|Directed by|Written by|Running time|Rated|Playing at|Parents guide)\b/;

/**
 * Words that show a sentence is about the film or the people who made it, rather than about life in general
 * (a critic's essay on addiction can read as warmly positive without praising anything on screen).
 */
const ABOUT_THE_FILM =
  /\b(?:film|films|movie|movies|picture|it|it['’]s|its|this one|drama|comedy|thriller|documentary|debut|story|storytelling|performances?|acting|cast|ensemble|director|directs|filmmaker|filmmaking|script|screenplay|dialogue|score|music|soundtrack|songs?|camera|cinematography|editing|sound design|production design|costume|scenes?|sequences?|acts?|ending|finale|opening)\b/i;
/** Two bracketed names in one quote is a cast list, not praise. */
const CAST_LIST = /\([^)]*\)[^()]*\([^)]*\)/;

/** `subjects` matches names that make a sentence about the film too: its title, its performers. */
export function quoteCandidates(review: AnalysedReview, polarity: Polarity, subjects: RegExp | null = null): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  review.sentences.forEach((sentence, sentenceIndex) => {
    const next = review.sentences[sentenceIndex + 1];
    for (const span of spansOf(sentence)) {
      const text = sentence.slice(span.start, span.end);
      if (!quotable(text, span.whole) || !aboutTheFilm(text, subjects)) continue;
      const probability = polarity(text);
      if (probability < BLURB_POSITIVE_AT) continue;
      out.push({
        reviewId: review.review.id,
        sentenceIndex,
        sentence,
        text,
        display: displayOf(sentence, span),
        start: span.start,
        end: span.end,
        whole: span.whole,
        words: wordCount(text),
        probability,
        ...(next !== undefined ? { next } : {}),
      });
    }
  });
  return out;
}

interface Span {
  start: number;
  end: number;
  whole: boolean;
}

const LEADING_CONJUNCTION = /^(?:and|but|so|yet)\b,?\s+/i;

/**
 * The whole sentence when short enough. Otherwise runs from a start to an end between 6 and 25 words: starts at
 * clause starts and where a new subject follows a comma ("In a climate …, Her Smell is a rare project"), ends at
 * clause ends. A sentence that opens with "And" or "But" is also offered without it, marked as cut.
 */
function spansOf(sentence: string): Span[] {
  const words = wordCount(sentence);
  const lead = LEADING_CONJUNCTION.exec(sentence);
  if (words <= MAX_QUOTE_WORDS) {
    if (words < MIN_QUOTE_WORDS) return [];
    return lead ? [{ start: lead[0].length, end: sentence.length, whole: false }] : [{ start: 0, end: sentence.length, whole: true }];
  }
  const clauses = splitClauses(sentence);
  const starts = new Set<number>(clauses.map((c) => startAfterAnd(sentence, c.start)));
  if (lead) starts.add(lead[0].length);
  for (const m of sentence.matchAll(/,\s+(?=\p{Lu})/gu)) starts.add(m.index + m[0].length);
  const ends = clauses.map((c) => c.end);
  const spans: Span[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    for (const end of ends) {
      if (end <= start) continue;
      const n = wordCount(sentence.slice(start, end));
      if (n > MAX_QUOTE_WORDS) break;
      if (n >= 6) spans.push({ start, end, whole: false });
    }
  }
  return spans;
}

/** A clause cut from ", and the sound design…" starts at "the sound design". */
function startAfterAnd(sentence: string, start: number): number {
  const m = /^and\s+/i.exec(sentence.slice(start));
  return m ? start + m[0].length : start;
}

function aboutTheFilm(text: string, subjects: RegExp | null): boolean {
  if (ABOUT_THE_FILM.test(text)) return true;
  if (!subjects) return false;
  subjects.lastIndex = 0;
  return subjects.test(text);
}

function quotable(text: string, whole: boolean): boolean {
  const t = text.trim();
  if (CAST_LIST.test(t)) return false;
  if (/[?:]$/.test(t) || CREDIT_LINE.test(t)) return false;
  if (DANGLING_START.test(t.replace(/^[“"‘'(]+/, ''))) return false;
  // A part cut from a sentence must at least start like a phrase, not mid-word or after a bracket.
  if (!whole && !/^[\p{L}“"‘']/u.test(t)) return false;
  return /[\p{L}]/u.test(t);
}

function displayOf(sentence: string, span: Span): string {
  const text = sentence.slice(span.start, span.end).trim();
  if (span.whole) return text;
  const head = span.start > 0 ? '…' : '';
  const tail = span.end < sentence.replace(/\s+$/, '').length && !/[.!?]["”’]?$/.test(text) ? '…' : '';
  return `${head}${text.replace(/[,;:—–-]+$/, '')}${tail}`;
}
