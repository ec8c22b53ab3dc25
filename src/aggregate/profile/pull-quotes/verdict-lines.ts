/**
 * A review's own best lines: the ones that state its verdict, as an aggregator quotes one review. A fresh review's
 * line is its praise, a pan's its sharpest criticism, a mixed review's its balanced judgement ("…, but …"). The
 * film's pull quotes (pull-quotes.ts) stay praise for publicists; quoting a pan by its faint praise would misstate
 * it. Which verdict a review has is the judge's (its verdict and score band), never read again here.
 */
import { splitClauses } from '../clauses.ts';
import { BANDS } from '../scores.ts';
import { NEGATIVE_AT, POSITIVE_AT, type AnalysedReview, type Polarity, type TextReview } from '../types.ts';
import { quoteCandidates, type QuoteCandidate } from './candidates.ts';
import { checkHonesty, type HonestyFlag } from './honesty-check.ts';
import { pickQuotes, rankQuote, type RankedQuote } from './rank-quotes.ts';

export type Leaning = 'praise' | 'criticism' | 'balance';

/**
 * A pan's line reads as criticism as the profile reads it (NEGATIVE_AT). The mirror of the blurb's 0.75, 0.25, found
 * fewer critics' lines on the tuning half (8 against 6 of 24 pans): a critic's verdict on a pan is often dry.
 */
export const LINE_NEGATIVE_AT = NEGATIVE_AT;

/** A score in the mixed band reads as a balanced review whatever side of 50 its verdict fell on. */
export function leaningOf(review: Pick<TextReview, 'verdict' | 'score'>): Leaning {
  const score = review.score;
  if (score !== undefined && score >= BANDS.mixed[0] && score <= BANDS.mixed[1]) return 'balance';
  return review.verdict === 'negative' ? 'criticism' : 'praise';
}

/**
 * Flags that a balanced line raises by being balanced: its praise is turned in the same sentence. For a mixed
 * review that turn is the verdict, so it is not a misrepresentation; every other flag still refuses the line.
 */
const THE_BALANCE_ITSELF: ReadonlySet<HonestyFlag['code']> = new Set(['praise-undercut', 'contrast-in-sentence', 'cut-before-the-turn']);

/**
 * The review's best few lines for its leaning, best first, each through the honesty check read the same way round:
 * criticism is checked with the polarity mirrored, so a put-down the critic turns into praise ("slow, but worth
 * every minute", "not bad at all") is refused as praise turned into a put-down is.
 */
export function verdictLines(review: AnalysedReview, polarity: Polarity, subjects: RegExp | null, leaning: Leaning, limit = 3): RankedQuote[] {
  const mirrored: Polarity = (text) => 1 - polarity(text);
  const ranked = candidatesFor(review, polarity, subjects, leaning);
  const honest = ranked.filter((candidate) => {
    const context = { quote: candidate.display, sentence: candidate.sentence, ...(candidate.next ? { next: candidate.next } : {}) };
    if (leaning === 'praise') return checkHonesty(context, polarity).honest;
    if (leaning === 'criticism') return checkHonesty(context, mirrored).honest;
    return checkHonesty(context, polarity).flags.every((f) => THE_BALANCE_ITSELF.has(f.code));
  });
  return pickQuotes(honest, { limit, perReview: limit });
}

function candidatesFor(review: AnalysedReview, polarity: Polarity, subjects: RegExp | null, leaning: Leaning): RankedQuote[] {
  if (leaning === 'praise') return quoteCandidates(review, polarity, subjects).map((c) => rankQuote(c, subjects));
  if (leaning === 'criticism') {
    return quoteCandidates(review, polarity, subjects, (p) => p <= LINE_NEGATIVE_AT).map((c) =>
      rankQuote(c, subjects, Math.min(1, (0.5 - c.probability) * 2)),
    );
  }
  // A mixed score still leans one way: after the balanced lines come the clear lines on its verdict's side.
  const side = review.review.verdict === 'negative' ? (p: number) => (0.5 - p) * 2 : (p: number) => (p - 0.5) * 2;
  return quoteCandidates(review, polarity, subjects, () => true)
    .map((c) => ({ candidate: c, strength: Math.max(balanceOf(c, polarity), SIDE_AFTER_BALANCE * Math.min(1, side(c.probability))) }))
    .filter((b) => b.strength > 0)
    .map((b) => rankQuote(b.candidate, subjects, b.strength));
}

/**
 * A line on the verdict's side ranks below a balanced one of the same length and cues (at 1 the tuning half gains
 * one review; the balanced line is kept first, as what a mixed review says).
 */
const SIDE_AFTER_BALANCE = 0.8;

/**
 * How balanced a line reads, 0..1: 1 for praise and criticism side by side in its clauses ("a fine cast, but a
 * thin script"), less for a line that reads as neither, 0 for a line that takes one side.
 */
export function balanceOf(candidate: Pick<QuoteCandidate, 'text' | 'probability'>, polarity: Polarity): number {
  const sides = splitClauses(candidate.text).map((c) => polarity(c.text));
  if (sides.some((p) => p >= POSITIVE_AT) && sides.some((p) => p <= NEGATIVE_AT)) return 1;
  if (candidate.probability > NEGATIVE_AT && candidate.probability < POSITIVE_AT) return 0.5;
  return 0;
}
