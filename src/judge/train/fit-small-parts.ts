/**
 * The few-parameter fits made on the dev split once the big linear parts are trained: quote calibration, the
 * long-text mix, the score map, the rating combination and the film pooling. Pure.
 */
import { logit as toLogit, sigmoid } from '../model/calibration.ts';
import type { FilmPooling, Platt, RatingCombination, ScoreMap } from '../model/model-data.ts';
import { combinedLogit, ratingBand } from '../rating-combination.ts';
import { fitDenseLogistic } from './fit-dense.ts';

export function fitPlatt(rows: readonly { z: number; positive: boolean }[]): Platt {
  const [slope, intercept] = fitDenseLogistic(rows.map((r) => ({ x: [r.z, 1], y: r.positive ? 1 : 0 })), 0);
  return { slope: slope!, intercept: intercept! };
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

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f || 0;
}

/** Band edges for the rating combination: fine around the 60 line, where ratings are ambiguous. */
export const RATING_BAND_EDGES = [0, 25, 40, 50, 55, 58, 60, 63, 65, 67, 70, 75, 80, 90];

export function fitRatingCombination(rows: readonly { score: number; z: number; positive: boolean }[]): RatingCombination {
  const shape: RatingCombination = {
    bandEdges: RATING_BAND_EDGES,
    bandWeights: RATING_BAND_EDGES.map(() => 0),
    textWeights: RATING_BAND_EDGES.map(() => 0),
  };
  const width = RATING_BAND_EDGES.length;
  const examples = rows.map((r) => {
    const x = new Array<number>(2 * width).fill(0);
    const band = ratingBand(shape, r.score);
    x[band] = 1;
    x[width + band] = r.z;
    return { x, y: r.positive ? 1 : 0 };
  });
  const w = fitDenseLogistic(examples, 1e-3);
  return { bandEdges: RATING_BAND_EDGES, bandWeights: w.slice(0, width), textWeights: w.slice(width) };
}

export function ratingCombinationAccuracy(c: RatingCombination, rows: readonly { score: number; z: number; positive: boolean }[]): number {
  return rows.filter((r) => combinedLogit(c, r.score, r.z) >= 0 === r.positive).length / Math.max(1, rows.length);
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
