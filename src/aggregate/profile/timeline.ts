/**
 * How the percent positive moved as reviews arrived: reviews in publication order, one point per publication day,
 * with the cumulative count and percent positive. Points start once the minimum number of reviews is reached,
 * the same rule as the headline figure. Undated reviews (or dates not in ISO form) are counted, not placed.
 */
import { positiveWeight, type WeighedReview } from '../expected-positive.ts';
import { METHOD } from './methods.ts';
import type { ScoredReview } from './types.ts';

export const TIMELINE_VERSION = 'timeline-1';

export interface TimelinePoint {
  /** yyyy-mm-dd */
  date: string;
  /** Reviews published on this day. */
  added: number;
  /** Cumulative reviews up to and including this day. */
  reviews: number;
  /** Cumulative expected positive (expected-positive.ts): the count of positive verdicts when none was read from the text. */
  positive: number;
  percentPositive: number;
}

export interface Timeline {
  points: TimelinePoint[];
  dated: number;
  undated: number;
  method: string;
  version: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export function percentTimeline(reviews: readonly (WeighedReview & Pick<ScoredReview, 'publishedAt'>)[], minReviews: number): Timeline {
  const days = new Map<string, { added: number; positive: number }>();
  let undated = 0;
  for (const review of reviews) {
    const day = review.publishedAt && ISO_DAY.test(review.publishedAt) ? review.publishedAt.slice(0, 10) : null;
    if (!day) {
      undated++;
      continue;
    }
    const entry = days.get(day) ?? { added: 0, positive: 0 };
    entry.added++;
    entry.positive += positiveWeight(review);
    days.set(day, entry);
  }
  const points: TimelinePoint[] = [];
  let total = 0;
  let positive = 0;
  for (const [date, day] of [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    total += day.added;
    positive += day.positive;
    if (total < minReviews) continue;
    points.push({ date, added: day.added, reviews: total, positive: Math.round(positive * 100) / 100, percentPositive: Math.round((100 * positive) / total) });
  }
  return { points, dated: total, undated, method: METHOD.timeline, version: TIMELINE_VERSION };
}
