/** Turning raw model logits into calibrated probabilities and 0-100 scores. Pure. */
import type { Platt, ScoreMap } from './model-data.ts';

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The log-odds of a probability, clamped so that 0 and 1 stay finite. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

export function applyPlatt(platt: Platt, z: number): number {
  return platt.slope * z + platt.intercept;
}

/** Linear interpolation between the knots, flat beyond the ends. */
export function applyScoreMap(map: ScoreMap, z: number): number {
  const { logits, scores } = map;
  const last = logits.length - 1;
  if (last < 0) return 50;
  if (z <= logits[0]!) return scores[0]!;
  if (z >= logits[last]!) return scores[last]!;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (logits[mid]! <= z) lo = mid;
    else hi = mid;
  }
  const t = (z - logits[lo]!) / (logits[hi]! - logits[lo]! || 1);
  return scores[lo]! + t * (scores[hi]! - scores[lo]!);
}

/**
 * Expected calibration error: the gap between predicted probability and observed frequency, averaged over
 * equal-width probability bins weighted by their size.
 */
export function expectedCalibrationError(predictions: readonly { probability: number; positive: boolean }[], bins = 10): number {
  const count = new Array<number>(bins).fill(0);
  const predicted = new Array<number>(bins).fill(0);
  const observed = new Array<number>(bins).fill(0);
  for (const { probability, positive } of predictions) {
    const b = Math.min(bins - 1, Math.floor(probability * bins));
    count[b]!++;
    predicted[b]! += probability;
    observed[b]! += positive ? 1 : 0;
  }
  let error = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b]! > 0) error += Math.abs(predicted[b]! - observed[b]!) / Math.max(1, predictions.length);
  }
  return error;
}
