/**
 * A film's critical profile from its reviews: counts, percent positive with its 95% Wilson interval, average score,
 * and the positive/mixed/negative bands. Pure. Scores show only from a minimum number of reviews, because a
 * percentage of three reviews says more about chance than about the film.
 */
import type { Film, StoredReview } from '../domain/film.ts';
import { wilsonInterval, type Interval } from './wilson-interval.ts';

export const PROFILE_VERSION = 'profile-1';
export const DEFAULT_MIN_REVIEWS = 5;

/** Score bands, as Metacritic draws them. */
export const BANDS = { positive: [61, 100], mixed: [40, 60], negative: [0, 39] } as const;

export interface ScoreSummary {
  /** 0-100, rounded. */
  percentPositive: number;
  /** 95% Wilson interval, in percent. */
  percentPositiveInterval: Interval;
  averageScore: number;
  bands: { positive: number; mixed: number; negative: number };
}

export interface FilmProfile {
  film: Film;
  reviewCount: number;
  positiveCount: number;
  negativeCount: number;
  /** Null below the minimum number of reviews; `note` then says why. */
  scores: ScoreSummary | null;
  note: string | null;
  minReviews: number;
  version: string;
}

export function buildFilmProfile(
  film: Film,
  reviews: readonly Pick<StoredReview, 'verdict' | 'score'>[],
  options: { minReviews?: number } = {},
): FilmProfile {
  const minReviews = options.minReviews ?? DEFAULT_MIN_REVIEWS;
  const reviewCount = reviews.length;
  const positiveCount = reviews.filter((r) => r.verdict === 'positive').length;
  const base = {
    film,
    reviewCount,
    positiveCount,
    negativeCount: reviewCount - positiveCount,
    minReviews,
    version: PROFILE_VERSION,
  };
  if (reviewCount < minReviews) {
    const counted = reviewCount === 1 ? '1 review' : `${reviewCount} reviews`;
    return { ...base, scores: null, note: `Only ${counted} so far; scores show from ${minReviews} reviews.` };
  }
  return { ...base, scores: summariseScores(reviews, positiveCount), note: null };
}

function summariseScores(reviews: readonly Pick<StoredReview, 'score'>[], positiveCount: number): ScoreSummary {
  const total = reviews.length;
  const interval = wilsonInterval(positiveCount, total);
  const bands = { positive: 0, mixed: 0, negative: 0 };
  let sum = 0;
  for (const { score } of reviews) {
    sum += score;
    if (score >= BANDS.positive[0]) bands.positive++;
    else if (score >= BANDS.mixed[0]) bands.mixed++;
    else bands.negative++;
  }
  return {
    percentPositive: Math.round((100 * positiveCount) / total),
    percentPositiveInterval: { low: round1(100 * interval.low), high: round1(100 * interval.high) },
    averageScore: Math.round(sum / total),
    bands,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
