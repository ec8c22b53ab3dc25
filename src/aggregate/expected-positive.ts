/**
 * How much one review adds to its film's positive count, so every face shows the same figure (issue 18). A verdict
 * known from a label, a rating or an editor counts 1 or 0. A verdict read from the text counts by the probability
 * its reading gives it: summed over a film, that is the expected number of positive reviews, which is calibrated on
 * held-out films, where a count of hard verdicts (each at p ≥ 0.5) pushes every film towards its majority
 * (BENCHMARKS.md, "The film figure shown": 6.80 points of error against 10.85). Pure.
 */
import type { StoredReview } from '../domain/film.ts';

export type WeighedReview = Pick<StoredReview, 'verdict'> & Partial<Pick<StoredReview, 'verdictSource' | 'probability'>>;

/** 1 or 0 for a known verdict; the reading's probability, 0-1, for a verdict read from the text. */
export function positiveWeight(review: WeighedReview): number {
  if (weighedByProbability(review)) return Math.min(1, Math.max(0, review.probability!));
  return review.verdict === 'positive' ? 1 : 0;
}

/** True when a review counts by its probability rather than as 1 or 0: its verdict was read from the text. */
export function weighedByProbability(review: WeighedReview): boolean {
  return review.verdictSource === 'text' && review.probability !== undefined && Number.isFinite(review.probability);
}

/**
 * The percent positive a film shows, 0-100, rounded: round(100 × expected positive / reviews); null with no review.
 *
 * @example shownPercent({ expectedPositive: 5.6, reviewCount: 8 }) // 70
 */
export function shownPercent(film: { expectedPositive: number; reviewCount: number }): number | null {
  if (film.reviewCount <= 0) return null;
  return Math.round((100 * film.expectedPositive) / film.reviewCount);
}
