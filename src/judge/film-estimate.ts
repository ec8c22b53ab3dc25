/**
 * A film's expected percent positive from its reviews' text alone, with a 95% interval, for films whose reviews
 * carry no labels or ratings. Each review's calibrated log-odds is pooled with the film's mean (how the other
 * critics received the film tips the ambiguous reviews); the estimate is the mean of the pooled probabilities. The
 * interval adds the Poisson-binomial variance of the count to the model's own error, measured on dev films. Pure.
 */
import { sigmoid } from './model/calibration.ts';
import type { FilmPooling } from './model/model-data.ts';

export interface FilmEstimate {
  /** Expected percent positive, 0-100. */
  percent: number;
  low: number;
  high: number;
  reviews: number;
}

const Z95 = 1.96;

/** @example estimateFilm([1.2, 0.4, -0.3], pooling) // { percent: 61.3, low: 20.5, high: 100, reviews: 3 } */
export function estimateFilm(textLogits: readonly number[], pooling: FilmPooling): FilmEstimate | null {
  const n = textLogits.length;
  if (n === 0) return null;
  const mean = textLogits.reduce((a, b) => a + b, 0) / n;
  let expected = 0;
  let variance = 0;
  for (const z of textLogits) {
    const p = sigmoid(pooling.ownWeight * z + pooling.filmWeight * mean + pooling.intercept);
    expected += p;
    variance += p * (1 - p);
  }
  const share = expected / n;
  const spread = Z95 * Math.sqrt(variance / n ** 2 + pooling.modelVariance);
  const percent = (x: number) => Math.round(1000 * Math.min(1, Math.max(0, x))) / 10;
  return { percent: percent(share), low: percent(share - spread), high: percent(share + spread), reviews: n };
}
