/**
 * The order of blurb candidates, as a publicist reads them: clear praise first, then length (8-20 words reads best
 * on a poster), a whole sentence over a cut one, a verdict on the film, a superlative or a performance singled out
 * over a craft, a plot summary or another work, and a line from the opening or the closing of the review (where
 * critics put their verdict) over one from the middle. The weights are documented in
 * docs/methodology.md#pull-quotes; they order candidates and never admit one the filters refused.
 */
import type { QuoteCandidate } from './candidates.ts';
import { cuesOf, HEADLINE_VERDICT, type CueName } from './publicist-cues.ts';
import { nameKey } from '../../../store/name-key.ts';

export interface RankedQuote extends QuoteCandidate {
  /** Higher ranks first (praise × length × cues; can pass 1). */
  rank: number;
  /** The publicist's cues the quote shows, so its place can be explained. */
  cues: CueName[];
}

/** Verdicts gather in a review's first fifth and its last third; the middle retells and describes. */
const OPENING_UNTIL = 0.2;
const CLOSING_FROM = 0.7;
const WHERE_VERDICTS_ARE = 1.25;

/**
 * `strength` is how clearly the line says what it is picked for, 0..1: by default its praise; a review's own line
 * (verdict-lines.ts) passes its criticism or its balance instead, and the rest of the order is the same.
 */
export function rankQuote(candidate: QuoteCandidate, subjects: RegExp | null, strength?: number): RankedQuote {
  const praise = strength ?? Math.min(1, (candidate.probability - 0.5) * 2);
  const n = candidate.words;
  // A headline is short by design and prints as it stands; only a sentence loses for being short.
  const length = n < 8 ? (candidate.fromHeadline ? 1 : 0.75 + (n - 4) * 0.0625) : n <= 20 ? 1 : 1 - (n - 20) * 0.04;
  const whole = candidate.whole ? 1 : 0.85;
  subjects && (subjects.lastIndex = 0);
  const named = subjects && subjects.test(candidate.text) ? 1.1 : 1;
  const cues = cuesOf(candidate.text);
  if (candidate.fromHeadline && HEADLINE_VERDICT.pattern.test(candidate.text)) cues.push(HEADLINE_VERDICT);
  const cueWeight = cues.reduce((w, cue) => w * cue.weight, 1);
  const place = candidate.position <= OPENING_UNTIL || candidate.position >= CLOSING_FROM ? WHERE_VERDICTS_ARE : 1;
  const rank = Math.round(praise * length * whole * named * cueWeight * place * 1000) / 1000;
  return { ...candidate, rank, cues: cues.map((c) => c.name) };
}

/**
 * The best quotes overall, at most `perReview` from any one review and one per sentence, so a single gushing review
 * cannot fill the list. A review's headline comes on top of its `perReview` sentences: it is one line the outlet
 * chose, and taking it should not push out the body's best lines (the seeds' Pop Break review gives its
 * headline and the performance it singles out).
 */
export function pickQuotes(ranked: readonly RankedQuote[], options: { limit: number; perReview: number }): RankedQuote[] {
  const sorted = [...ranked].sort((a, b) => b.rank - a.rank || a.reviewId - b.reviewId || a.sentenceIndex - b.sentenceIndex);
  const perReview = new Map<number, number>();
  const sentences = new Set<string>();
  // The same words from two reviews (a critic's line run by two outlets, a stock phrase) are offered once.
  const texts = new Set<string>();
  const picked: RankedQuote[] = [];
  for (const quote of sorted) {
    const key = `${quote.reviewId}:${quote.sentenceIndex}`;
    const words = nameKey(quote.text);
    const count = perReview.get(quote.reviewId) ?? 0;
    if (sentences.has(key) || texts.has(words) || (!quote.fromHeadline && count >= options.perReview)) continue;
    sentences.add(key);
    texts.add(words);
    if (!quote.fromHeadline) perReview.set(quote.reviewId, count + 1);
    picked.push(quote);
    if (picked.length >= options.limit) break;
  }
  return picked;
}
