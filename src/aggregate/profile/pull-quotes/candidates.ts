/**
 * Blurb candidates from one review: its headline when the critic wrote one (issue 18), each sentence of at most 25
 * words, and, from longer sentences, runs of whole clauses that fit. A candidate must read as clear praise by
 * itself, stand on its own (no "She", "These", "But" to start), and be the critic's statement rather than a
 * question, a lead-in to a quotation, a synopsis or a credit line. Words are never changed: a part of a sentence is
 * printed with an ellipsis where it was cut.
 */
import { splitClauses, wordCount } from '../clauses.ts';
import { CLEAR_READING, type AnalysedReview, type Polarity } from '../types.ts';
import { brokenPunctuation, creditBlock, VERDICT_WORD } from './publicist-cues.ts';

export const MAX_QUOTE_WORDS = 25;
const MIN_QUOTE_WORDS = 4;
/** Clearer praise than POSITIVE_AT: a blurb has to read as a recommendation on its own. */
export const BLURB_POSITIVE_AT = CLEAR_READING;

export interface QuoteCandidate {
  reviewId: number;
  /** Position of the sentence in the review's text; HEADLINE_INDEX for the headline, which is no sentence of it. */
  sentenceIndex: number;
  /** The review's headline (TextReview.headline) rather than a sentence of its text. */
  fromHeadline: boolean;
  /** The whole sentence, or the headline. */
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
  /** Where the sentence sits in the review, 0 (first) to 1 (last): verdicts gather at the start and the end. */
  position: number;
  next?: string;
}

/** Openings that lean on the sentence before ("She", "These scenes", "But"), so the quote would not stand alone. */
const DANGLING_START =
  /^(?:and|but|or|so|yet|also|then|too|still|which|who|whose|he|she|they|him|them|his|their|these|those|this|that|such|here|there|both|neither|either|instead|otherwise|meanwhile|same)\b/i;
/**
 * "This film", "This bold, funny little comedy", "This is a …": in a blurb "this" can only mean the film, so
 * these stand alone where "This scene" or "That" would not; nor does "There's" lean on anything.
 */
const THIS_FILM =
  /^(?:there(?:['’]s| is| are| was)\b|this\s+(?:(?:is|was)\s+(?:a|an|the|one|easily|simply|quite|not only)\b|one\b|(?:[\p{L}-]+,?\s+(?:and\s+)?){0,6}(?:film|movie|picture|motion picture|feature|production|documentary|comedy|drama|thriller|adaptation|version|remake|sequel|story|tale|effort|outing|epic|entry|flick)\b))/iu;
const CREDIT_LINE = /^(?:With|Starring|Directed by|Written by|Running time|Rated|Playing at|Parents guide)\b/;
/** A critic's rating key ("0 = one of the worst films of the year"): it defines a grade, it says nothing of this film. */
const RATING_KEY = /^\W*\d+(?:[.,]\d+)?\s*=/;

/**
 * Words that show a sentence is about the film or the people who made it, rather than about life in general
 * (a critic's essay on addiction can read as warmly positive without praising anything on screen).
 */
const ABOUT_THE_FILM =
  /\b(?:film|films|movie|movies|picture|flick|feature|production|adaptation|version|epic|tale|portrait|study|look at|entertainment|experience|plot|characters?|characterization|direction|directed|humou?r|laughs|animation|effects|it|it['’]s|its|this one|drama|comedy|thriller|documentary|debut|story|storytelling|performances?|acting|cast|ensemble|director|directs|filmmaker|filmmaking|script|screenplay|dialogue|score|music|soundtrack|songs?|camera|cinematography|editing|sound design|production design|costume|scenes?|sequences?|acts?|ending|finale|opening)\b/i;
/** Two bracketed names in one quote is a cast list, not praise. */
const CAST_LIST = /\([^)]*\)[^()]*\([^)]*\)/;
/**
 * A synopsis: the film (or its heroine) as the subject of "follows", "tells the story of", "is set in" within its
 * first words ("Her Smell follows a grunge-era rock star backstage…"). A publicist never prints one, however warm the
 * words around the premise read; plot words later in a line only lower its rank (publicist-cues.ts, plot-summary).
 */
const SYNOPSIS = /^(?:[\p{L}'’-]+\s+){1,5}(?:follows|tells the story of|is the story of|centers on|centres on|revolves around|is set in|takes place in)\b/iu;

/** The headline's place: before every sentence, and never an index into the review's sentences. */
export const HEADLINE_INDEX = -1;
/** A headline is short by nature ("A Punk Rock Masterpiece"); extract/critic-headline.ts already asks for 2-15 words. */
const MIN_HEADLINE_WORDS = 2;

/** A blurb reads as clear praise; a review's own line may read otherwise (verdict-lines.ts). */
const READS_AS_PRAISE = (probability: number) => probability >= BLURB_POSITIVE_AT;

/**
 * `subjects` matches names that make a sentence about the film too: its title, its performers. `reads` says which
 * polarities a candidate may have: clear praise for a blurb, clear criticism for a pan's own line.
 */
export function quoteCandidates(
  review: AnalysedReview,
  polarity: Polarity,
  subjects: RegExp | null = null,
  reads: (probability: number) => boolean = READS_AS_PRAISE,
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const headline = headlineCandidate(review, polarity, subjects, reads);
  if (headline) out.push(headline);
  const last = Math.max(1, review.sentences.length - 1);
  review.sentences.forEach((sentence, sentenceIndex) => {
    // A credit block run into a sentence: no part of it is the critic's prose.
    if (creditBlock(sentence)) return;
    const next = review.sentences[sentenceIndex + 1];
    for (const span of spansOf(sentence)) {
      const text = sentence.slice(span.start, span.end);
      if (!quotable(text, span.whole) || !aboutTheFilm(text, subjects)) continue;
      const probability = polarity(text);
      if (!reads(probability)) continue;
      out.push({
        reviewId: review.review.id,
        sentenceIndex,
        fromHeadline: false,
        sentence,
        text,
        display: displayOf(sentence, span),
        start: span.start,
        end: span.end,
        whole: span.whole,
        words: wordCount(text),
        probability,
        position: sentenceIndex / last,
        ...(next !== undefined ? { next } : {}),
      });
    }
  });
  return out;
}

/**
 * The critic's headline as a candidate of its own, whole and uncut: the same polarity bar as any blurb, and about the
 * film, where a verdict word ("masterpiece", "triumph") counts, since a headline says "film" less often than prose.
 * It sits at the opening of the review, where verdicts are.
 */
function headlineCandidate(
  review: AnalysedReview,
  polarity: Polarity,
  subjects: RegExp | null,
  reads: (probability: number) => boolean,
): QuoteCandidate | null {
  const text = review.review.headline?.trim();
  if (!text || wordCount(text) < MIN_HEADLINE_WORDS || wordCount(text) > MAX_QUOTE_WORDS) return null;
  if (!quotable(text, true) || !(VERDICT_WORD.test(text) || aboutTheFilm(text, subjects))) return null;
  const probability = polarity(text);
  if (!reads(probability)) return null;
  return {
    reviewId: review.review.id,
    sentenceIndex: HEADLINE_INDEX,
    fromHeadline: true,
    sentence: text,
    text,
    display: text,
    start: 0,
    end: text.length,
    whole: true,
    words: wordCount(text),
    probability,
    position: 0,
  };
}

interface Span {
  start: number;
  end: number;
  whole: boolean;
}

/** An opening phrase before the main clause: "With her second feature, …", "In the end, …". */
const INTRODUCTORY = /^(?:(?:and|but|so|yet)\s+)?(?:with|in|at|for|as|after|despite|from|by|on|under|without|when|once|through|thanks to)\b[^,]{0,60},\s+/i;

/** A conjunction or a signpost that links to the sentence before; the quote starts after it, marked as cut. */
const LEADING_CONJUNCTION =
  /^(?:and|but|so|yet|in fact|that being said|that said|as a result|still|ultimately|in the end|overall|all in all|in short|simply put|all told|finally|fortunately|happily|indeed|of course|nevertheless|nonetheless|however)\b,?\s+/i;

/**
 * The whole sentence when short enough. Otherwise runs from a start to an end between 6 and 25 words: starts at
 * clause starts and where a new subject follows a comma ("In a climate …, Her Smell is a rare project"), ends at
 * clause ends; also after an opening phrase or an appositive comma ("…, the first …") and before "one of the", and
 * ends at commas. A sentence that opens with "And", "But" or a signpost ("In fact,") is also offered without it,
 * marked as cut.
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
  // The same after an opening phrase ("But with her second feature, the director has …") without the capital.
  const intro = INTRODUCTORY.exec(sentence);
  if (intro) starts.add(intro[0].length);
  // An appositive verdict after a comma ("…, the first unsentimental rock film") and the superlative itself
  // ("… and one of the best movies of the year"): where a publicist starts the cut. Words, not capitals, so this
  // works on lowercased text too.
  for (const m of sentence.matchAll(/,\s+(?=(?:the|a|an|one of|easily|simply|quite possibly|perhaps|this|it['’]s|it is)\s)|\b(?:and|is|as)\s+(?=one of the\s)/giu)) {
    starts.add(m.index + m[0].length);
  }
  // A publicist also stops at a comma: "A film of rare warmth and wit, with a final act that …" gives
  // "A film of rare warmth and wit…" (the honesty check refuses a cut just before a turn).
  const ends = [...new Set([...clauses.map((c) => c.end), ...[...sentence.matchAll(/,(?=\s)/g)].map((m) => m.index)])].sort((a, b) => a - b);
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

/** A clause cut from ", and the sound design…" starts at "the sound design"; from "… but it is a joy" at "it". */
function startAfterAnd(sentence: string, start: number): number {
  const m = /^(?:and|but|yet)\s+/i.exec(sentence.slice(start));
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
  if (/[?:]$/.test(t) || CREDIT_LINE.test(t) || RATING_KEY.test(t) || SYNOPSIS.test(t)) return false;
  // A typo ("te,lls") or doubled quotation marks would be printed as the critic's words.
  if (brokenPunctuation(t)) return false;
  const opening = t.replace(/^[“"‘'(]+/, '');
  if (DANGLING_START.test(opening) && !THIS_FILM.test(opening)) return false;
  // A part cut from a sentence must at least start like a phrase, not mid-word or after a bracket, nor inside brackets
  // ("…Gayle Rankin), and her mother (Virginia Madsen)." is the tail of a cast list).
  if (!whole && (!/^[\p{L}“"‘']/u.test(t) || /^[^(]*\)/.test(t))) return false;
  return /[\p{L}]/u.test(t);
}

function displayOf(sentence: string, span: Span): string {
  const text = sentence.slice(span.start, span.end).trim();
  if (span.whole) return text;
  const head = span.start > 0 ? '…' : '';
  const tail = span.end < sentence.replace(/\s+$/, '').length && !/[.!?]["”’]?$/.test(text) ? '…' : '';
  return `${head}${text.replace(/[,;:—–-]+$/, '')}${tail}`;
}
