/**
 * The score side of a profile, all from verdicts, scores, dates and critic/outlet names: the headline figures,
 * histogram, weighted figures, top critics, divisiveness, badge and timeline. Everything is null below the minimum
 * number of reviews (the badge says why it is not earned), so no figure shows before the headline does.
 */
import { badgeFor, type Badge } from './badge.ts';
import { divisiveness, type Divisiveness } from './divisiveness.ts';
import { HISTOGRAM_VERSION, scoreHistogram, type HistogramBin } from './histogram.ts';
import { METHOD } from './methods.ts';
import { summariseScores, weightedScores, type ScoreSummary, type WeightedScores } from './scores.ts';
import { percentTimeline, type Timeline } from './timeline.ts';
import type { ScoredReview } from './types.ts';
import { weightLookup, type WeightSettings } from './weights.ts';

export interface Histogram {
  bins: HistogramBin[];
  method: string;
  version: string;
}

export interface WeightedSection {
  /** False when every weight is 1: the weighted figures then equal the unweighted ones. */
  custom: boolean;
  /** Reviews with a weight above 0. */
  weightedReviews: number;
  scores: WeightedScores | null;
  settings: WeightSettings;
  method: string;
}

export interface TopCritics {
  reviewCount: number;
  positiveCount: number;
  /** Null below the minimum number of top-critic reviews. */
  scores: ScoreSummary | null;
  note: string | null;
  method: string;
}

export interface ScoreSections {
  scores: ScoreSummary | null;
  histogram: Histogram | null;
  weighted: WeightedSection | null;
  topCritics: TopCritics | null;
  divisiveness: Divisiveness | null;
  badge: Badge;
  timeline: Timeline | null;
}

/** modelVariance: the text model's film-level error (scores.ts summariseScores); 0 or absent without one. */
export function scoreSections(reviews: readonly ScoredReview[], options: { minReviews: number; weights: WeightSettings; modelVariance?: number }): ScoreSections {
  const shown = reviews.length >= options.minReviews;
  const modelVariance = options.modelVariance ?? 0;
  const scores = shown ? summariseScores(reviews, modelVariance) : null;
  return {
    scores,
    histogram: shown ? { bins: scoreHistogram(reviews.map((r) => r.score)), method: METHOD.histogram, version: HISTOGRAM_VERSION } : null,
    weighted: shown ? weightedSection(reviews, options.weights) : null,
    topCritics: shown ? topCritics(reviews, options.minReviews, modelVariance) : null,
    divisiveness: shown ? divisiveness(reviews) : null,
    badge: badgeFor(scores?.percentPositive ?? null, reviews.length),
    timeline: shown ? percentTimeline(reviews, options.minReviews) : null,
  };
}

function weightedSection(reviews: readonly ScoredReview[], settings: WeightSettings): WeightedSection {
  const lookup = weightLookup(settings);
  const weights = reviews.map((r) => lookup.weightOf(r));
  return {
    custom: lookup.custom,
    weightedReviews: weights.filter((w) => w > 0).length,
    scores: weightedScores(reviews, weights),
    settings,
    method: METHOD.weights,
  };
}

/** Null when the data marks no top critics at all (most sources do not), rather than "0 top critics". */
function topCritics(reviews: readonly ScoredReview[], minReviews: number, modelVariance: number): TopCritics | null {
  const top = reviews.filter((r) => r.topCritic === true);
  if (top.length === 0) return null;
  const enough = top.length >= minReviews;
  return {
    reviewCount: top.length,
    positiveCount: top.filter((r) => r.verdict === 'positive').length,
    scores: enough ? summariseScores(top, modelVariance) : null,
    note: enough ? null : `Only ${top.length} top-critic review(s); their scores show from ${minReviews}.`,
    method: METHOD.topCritics,
  };
}
