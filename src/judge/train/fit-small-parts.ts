/**
 * The few-parameter fits made on the dev split once the big linear parts are trained: quote calibration, the
 * long-text mix, the score map, the rating combination and the film pooling (and the rating priors, counted on the
 * training split). Pure.
 */
import { logit as toLogit, sigmoid } from '../model/calibration.ts';
import type { FilmPooling, Platt, QuoteMix, RatingCombination, ScoreMap } from '../model/model-data.ts';
import type { Rating } from '../../domain/rating.ts';
import { combinedLogit, ratingBand, ratingKey, ratingPrior } from '../rating-combination.ts';
import { fitDenseLogistic } from './fit-dense.ts';

export function fitPlatt(rows: readonly { z: number; positive: boolean }[]): Platt {
  const [slope, intercept] = fitDenseLogistic(rows.map((r) => ({ x: [r.z, 1], y: r.positive ? 1 : 0 })), 0);
  return { slope: slope!, intercept: intercept! };
}

/**
 * The quote ensemble's mix: a logistic regression on the parts' raw logits (main quote model, document model, the
 * other members, then the word-vector part when `withEmbedding`), fitted on dev quotes. The parts are
 * standardised for the fit and the weights mapped back.
 */
export function fitQuoteMix(rows: readonly { parts: number[]; positive: boolean }[], withEmbedding = false): QuoteMix {
  const width = rows[0]?.parts.length ?? 0;
  const spread = [...Array(width)].map((_, k) => {
    const values = rows.map((r) => r.parts[k]!);
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length)) || 1;
  });
  const w = fitDenseLogistic(rows.map((r) => ({ x: [...r.parts.map((z, k) => z / spread[k]!), 1], y: r.positive ? 1 : 0 })), 0);
  const weight = (k: number) => round(w[k]! / spread[k]!, 6);
  const members = Math.max(0, width - 2 - (withEmbedding ? 1 : 0));
  return {
    quote: weight(0),
    document: weight(1),
    members: [...Array(members)].map((_, k) => weight(k + 2)),
    ...(withEmbedding ? { embedding: weight(width - 1) } : {}),
    intercept: w[width]!,
  };
}

export function fitLongMix(rows: readonly { document: number; closing: number; positive: boolean }[]) {
  const [documentWeight, closingWeight, intercept] = fitDenseLogistic(
    rows.map((r) => ({ x: [r.document, r.closing, 1], y: r.positive ? 1 : 0 })),
    0,
  );
  return { documentWeight: documentWeight!, closingWeight: closingWeight!, intercept: intercept! };
}

/**
 * Knots of a monotone map from calibrated logit to score: the rows are cut into equal-count bins by logit, each
 * bin gives (median logit, median rating) — medians, because the target is the absolute error — and adjacent
 * bins that break the order are pooled.
 */
export function fitScoreMap(rows: readonly { z: number; score: number }[], bins = 16): ScoreMap {
  const sorted = [...rows].sort((a, b) => a.z - b.z || a.score - b.score);
  const blocks: { z: number; score: number; n: number }[] = [];
  for (let b = 0; b < bins; b++) {
    const part = sorted.slice(Math.floor((b * sorted.length) / bins), Math.floor(((b + 1) * sorted.length) / bins));
    if (part.length === 0) continue;
    blocks.push({ z: median(part.map((r) => r.z)), score: median(part.map((r) => r.score)), n: part.length });
    // Pool adjacent violators: a bin whose score is below the one before it merges with it.
    while (blocks.length > 1 && blocks[blocks.length - 1]!.score < blocks[blocks.length - 2]!.score) {
      const last = blocks.pop()!;
      const prev = blocks.pop()!;
      const n = last.n + prev.n;
      blocks.push({ z: (last.z * last.n + prev.z * prev.n) / n, score: (last.score * last.n + prev.score * prev.n) / n, n });
    }
  }
  return { logits: blocks.map((b) => round(b.z, 4)), scores: blocks.map((b) => round(b.score, 2)) };
}

/** The median; 0 for no values. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f || 0;
}

/** Band edges for the rating combination: fine around the 60 line, where ratings are ambiguous. */
export const RATING_BAND_EDGES = [0, 25, 40, 50, 55, 58, 60, 63, 65, 67, 70, 75, 80, 90];

type RatedRow = { rating: Rating; z: number; positive: boolean };

/** Keys seen fewer times than this on the training split fall back to their band's prior. */
export const MIN_KEY_COUNT = 20;
/** Pseudo-counts pulling a key's share towards its band's. */
const KEY_SMOOTHING = 10;

/** Prior log-odds per rating key and per band, counted on the training split's rated reviews (with or without text). */
export function countRatingPriors(rows: readonly { rating: Rating; positive: boolean }[]): { keys: Record<string, number>; bands: number[] } {
  const shape = { bandEdges: RATING_BAND_EDGES };
  const bandCounts = RATING_BAND_EDGES.map(() => ({ positive: 0, total: 0 }));
  const keyCounts = new Map<string, { positive: number; total: number; band: number }>();
  for (const r of rows) {
    const band = ratingBand(shape, r.rating.score);
    bandCounts[band]!.total++;
    bandCounts[band]!.positive += r.positive ? 1 : 0;
    const key = ratingKey(r.rating);
    const counts = keyCounts.get(key) ?? { positive: 0, total: 0, band };
    counts.total++;
    counts.positive += r.positive ? 1 : 0;
    keyCounts.set(key, counts);
  }
  const clampLogit = (p: number) => round(toLogit(Math.min(0.995, Math.max(0.005, p))), 4);
  const bandShare = bandCounts.map((c) => (c.positive + 0.5) / (c.total + 1));
  const keys: Record<string, number> = {};
  for (const key of [...keyCounts.keys()].sort()) {
    const c = keyCounts.get(key)!;
    if (c.total < MIN_KEY_COUNT) continue;
    keys[key] = clampLogit((c.positive + KEY_SMOOTHING * bandShare[c.band]!) / (c.total + KEY_SMOOTHING));
  }
  return { keys, bands: bandShare.map(clampLogit) };
}

/**
 * The rating-and-text combination: logit = intercept + weight * prior(rating) + textWeight[band] * text logit,
 * fitted on the dev quotes that have a rating, with the priors counted on the training split.
 */
export function fitRatingCombination(rows: readonly RatedRow[], priors: { keys: Record<string, number>; bands: number[] }): RatingCombination {
  const shape: RatingCombination = {
    bandEdges: RATING_BAND_EDGES,
    bandWeights: RATING_BAND_EDGES.map(() => 0),
    textWeights: RATING_BAND_EDGES.map(() => 0),
    priors: { ...priors, weight: 1 },
  };
  const width = RATING_BAND_EDGES.length;
  const examples = rows.map((r) => {
    const x = new Array<number>(2 + width).fill(0);
    x[0] = ratingPrior(shape, r.rating);
    x[1] = 1;
    x[2 + ratingBand(shape, r.rating.score)] = r.z;
    return { x, y: r.positive ? 1 : 0 };
  });
  const w = fitDenseLogistic(examples, 1e-3);
  return {
    bandEdges: RATING_BAND_EDGES,
    bandWeights: RATING_BAND_EDGES.map(() => w[1]!),
    textWeights: w.slice(2),
    priors: { ...priors, weight: w[0]! },
  };
}

export function ratingCombinationAccuracy(c: RatingCombination, rows: readonly RatedRow[]): number {
  return rows.filter((r) => combinedLogit(c, r.rating, r.z) >= 0 === r.positive).length / Math.max(1, rows.length);
}

/**
 * Film pooling: each review's logit is mixed with its film's mean logit (the other reviews say how the film is
 * received, which tips the ambiguous ones), and the extra variance is sized so that the interval is honest on dev
 * films with enough reviews.
 */
export function fitFilmPooling(films: readonly { logits: number[]; labels: boolean[] }[], minReviews: number): FilmPooling {
  const examples = films.flatMap((film) => {
    const mean = film.logits.reduce((a, b) => a + b, 0) / Math.max(1, film.logits.length);
    return film.logits.map((z, i) => ({ x: [z, mean, 1], y: film.labels[i] ? 1 : 0 }));
  });
  const [ownWeight, filmWeight, intercept] = fitDenseLogistic(examples, 1e-4);
  const pooling: FilmPooling = { ownWeight: ownWeight!, filmWeight: filmWeight!, intercept: intercept!, modelVariance: 0 };
  let excess = 0;
  let count = 0;
  for (const film of films) {
    if (film.logits.length < minReviews) continue;
    const mean = film.logits.reduce((a, b) => a + b, 0) / film.logits.length;
    const p = film.logits.map((z) => sigmoid(pooling.ownWeight * z + pooling.filmWeight * mean + pooling.intercept));
    const estimate = p.reduce((a, b) => a + b, 0) / p.length;
    const sampling = p.reduce((a, q) => a + q * (1 - q), 0) / p.length ** 2;
    const actual = film.labels.filter(Boolean).length / film.labels.length;
    excess += (estimate - actual) ** 2 - sampling;
    count++;
  }
  pooling.modelVariance = round(Math.max(0, count > 0 ? excess / count : 0), 6);
  return pooling;
}

export { toLogit };
