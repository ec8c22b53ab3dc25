/**
 * The order of blurb candidates: clear praise first, then length (8-20 words reads best on a poster), a whole
 * sentence over a cut one, and a named performance, craft or the film itself over general praise. The weights are
 * documented in docs/methodology.md#pull-quotes; they order candidates and never admit one the filters refused.
 */
import type { QuoteCandidate } from './candidates.ts';

export interface RankedQuote extends QuoteCandidate {
  /** 0-1; higher ranks first. */
  rank: number;
}

export function rankQuote(candidate: QuoteCandidate, subjects: RegExp | null): RankedQuote {
  const praise = Math.min(1, (candidate.probability - 0.5) * 2);
  const n = candidate.words;
  const length = n < 8 ? 0.75 + (n - 4) * 0.0625 : n <= 20 ? 1 : 1 - (n - 20) * 0.04;
  const whole = candidate.whole ? 1 : 0.85;
  const firstPerson = /\b(?:I|I['’](?:m|ve|d)|me|my)\b/.test(candidate.text) ? 0.9 : 1;
  subjects && (subjects.lastIndex = 0);
  const named = subjects && subjects.test(candidate.text) ? 1.1 : 1;
  const rank = Math.round(praise * length * whole * firstPerson * named * 1000) / 1000;
  return { ...candidate, rank };
}

/**
 * The best quotes overall, at most `perReview` from any one review and one per sentence, so a single gushing review
 * cannot fill the list.
 */
export function pickQuotes(ranked: readonly RankedQuote[], options: { limit: number; perReview: number }): RankedQuote[] {
  const sorted = [...ranked].sort((a, b) => b.rank - a.rank || a.reviewId - b.reviewId || a.sentenceIndex - b.sentenceIndex);
  const perReview = new Map<number, number>();
  const sentences = new Set<string>();
  const picked: RankedQuote[] = [];
  for (const quote of sorted) {
    const key = `${quote.reviewId}:${quote.sentenceIndex}`;
    const count = perReview.get(quote.reviewId) ?? 0;
    if (sentences.has(key) || count >= options.perReview) continue;
    sentences.add(key);
    perReview.set(quote.reviewId, count + 1);
    picked.push(quote);
    if (picked.length >= options.limit) break;
  }
  return picked;
}
