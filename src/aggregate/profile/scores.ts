/**
 * The score figures of a set of reviews: percent positive with its 95% Wilson interval, the average score with its
 * t interval, and the positive/mixed/negative bands. The same function serves all reviews, the top-critic subset
 * and (with weights) the weighted figures, so the three are computed the same way and comparable.
 */
import { positiveWeight, weighedByProbability, type WeighedReview } from '../expected-positive.ts';
import { wilsonInterval, Z_95, type Interval } from '../wilson-interval.ts';
import { METHOD } from './methods.ts';
import { meanInterval } from './score-interval.ts';
import type { ScoredReview } from './types.ts';

export const SCORES_VERSION = 'scores-2';

/** Score bands, as Metacritic draws them. */
export const BANDS = { positive: [61, 100], mixed: [40, 60], negative: [0, 39] } as const;

export interface ScoreSummary {
  /**
   * 0-100, rounded: round(100 × expected positive / reviews), where a known verdict counts 1 or 0 and one read from
   * the text its probability (expected-positive.ts); the plain share of positive verdicts when none was read.
   */
  percentPositive: number;
  /** 95% Wilson interval, in percent, to one decimal; widened by the text model's film-level error (see below). */
  percentPositiveInterval: Interval;
  averageScore: number;
  /** 95% t interval of the average, to one decimal. */
  averageScoreInterval: Interval;
  bands: { positive: number; mixed: number; negative: number };
  methods: {
    percentPositive: string;
    percentPositiveInterval: string;
    averageScore: string;
    averageScoreInterval: string;
    bands: string;
  };
}

export interface WeightedScores {
  percentPositive: number;
  percentPositiveInterval: Interval;
  averageScore: number;
  averageScoreInterval: Interval;
  /** Kish's effective number of reviews, (Σw)² / Σw². */
  effectiveReviews: number;
}

type CountedReview = WeighedReview & Pick<ScoredReview, 'score'>;

/**
 * @param modelVariance the text model's film-level error variance (share², measured on dev films: FilmPooling),
 * added for the share of reviews read from the text; 0 when no trained model says it.
 */
export function summariseScores(reviews: readonly CountedReview[], modelVariance = 0): ScoreSummary {
  const total = reviews.length;
  const positive = reviews.reduce((sum, r) => sum + positiveWeight(r), 0);
  const textShare = reviews.filter(weighedByProbability).length / Math.max(1, total);
  const mean = meanInterval(reviews.map((r) => r.score));
  return {
    percentPositive: Math.round((100 * positive) / total),
    percentPositiveInterval: percentInterval(widened(wilsonInterval(positive, total), positive / Math.max(1, total), textShare, modelVariance)),
    averageScore: Math.round(mean.mean),
    averageScoreInterval: round1Interval(mean.interval),
    bands: scoreBands(reviews.map((r) => r.score)),
    methods: {
      percentPositive: METHOD.percentPositive,
      percentPositiveInterval: METHOD.percentPositiveInterval,
      averageScore: METHOD.averageScore,
      averageScoreInterval: METHOD.averageScoreInterval,
      bands: METHOD.bands,
    },
  };
}

/** Percent positive and average with weights; the Wilson interval uses the effective number of reviews. */
export function weightedScores(reviews: readonly CountedReview[], weights: readonly number[]): WeightedScores | null {
  let sumW = 0;
  let sumPositive = 0;
  let sumW2 = 0;
  reviews.forEach((r, i) => {
    const w = weights[i] ?? 0;
    sumW += w;
    sumW2 += w * w;
    sumPositive += w * positiveWeight(r);
  });
  if (sumW <= 0) return null;
  const share = sumPositive / sumW;
  const effective = (sumW * sumW) / sumW2;
  const mean = meanInterval(
    reviews.map((r) => r.score),
    weights,
  );
  return {
    percentPositive: Math.round(100 * share),
    percentPositiveInterval: percentInterval(wilsonInterval(share * effective, effective)),
    averageScore: Math.round(mean.mean),
    averageScoreInterval: round1Interval(mean.interval),
    effectiveReviews: Math.round(effective * 10) / 10,
  };
}

export function scoreBands(scores: readonly number[]): ScoreSummary['bands'] {
  const bands = { positive: 0, mixed: 0, negative: 0 };
  for (const score of scores) {
    if (score >= BANDS.positive[0]) bands.positive++;
    else if (score >= BANDS.mixed[0]) bands.mixed++;
    else bands.negative++;
  }
  return bands;
}

/**
 * The Wilson interval, each side widened in quadrature by the text model's own error on the film's share: a figure
 * read from the text is uncertain both for the critics sampled and for how the model read them. Unchanged with no
 * verdict read from the text.
 */
function widened(interval: Interval, share: number, textShare: number, modelVariance: number): Interval {
  const model = Z_95 * textShare * Math.sqrt(Math.max(0, modelVariance));
  if (model === 0) return interval;
  return {
    low: Math.max(0, share - Math.hypot(share - interval.low, model)),
    high: Math.min(1, share + Math.hypot(interval.high - share, model)),
  };
}

function percentInterval(interval: Interval): Interval {
  return { low: round1(100 * interval.low), high: round1(100 * interval.high) };
}

function round1Interval(interval: Interval): Interval {
  return { low: round1(interval.low), high: round1(interval.high) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
