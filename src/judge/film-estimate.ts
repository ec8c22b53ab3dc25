/**
 * A film's expected percent positive from its reviews' text, with a 95% interval, for films whose reviews carry no
 * labels or ratings (or only some do). Each review's calibrated log-odds is pooled with the film's mean (how the
 * other critics received the film tips the ambiguous reviews); the estimate is the mean of the pooled
 * probabilities, with the verdicts known from labels or ratings counted as they are. The interval adds the
 * Poisson-binomial variance of the count to the model's own error, measured on dev films. Pure.
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

/**
 * The prior variance of a film's offset (below), in log-odds²: how far the text model's pooled readings of one film
 * stray from its labels, beyond chance. Fitted by the marginal likelihood of the labels (δ integrated out) on the
 * dev films of the judge's split by movie (seed 1, model nbsvm-4; 67 films with 5+ reviews with text): flat between
 * 0.35 and 0.45, highest at 0.4. Never fitted on the test split.
 */
export const FILM_OFFSET_PRIOR_VARIANCE = 0.4;

/**
 * How far the text model misreads one film: the log-odds δ to add to its pooled readings, from reviews whose true
 * verdict is known (an editor's correction) and whose pooled log-odds the model gave. The maximum a posteriori δ
 * under P(positive) = σ(z + δ) and a normal prior N(0, priorVariance), by Newton's method (the log posterior is
 * concave). With no known verdicts it is 0. A review near 50% says the most about δ (information p(1 − p)).
 *
 * @example filmOffset([0.2, -0.1, 0.4], [false, false, true], 0.2) // ≈ −0.11: the film reads too positive
 */
export function filmOffset(logits: readonly number[], positive: readonly boolean[], priorVariance: number = FILM_OFFSET_PRIOR_VARIANCE): number {
  if (logits.length === 0 || !(priorVariance > 0)) return 0;
  let offset = 0;
  for (let step = 0; step < 50; step++) {
    let gradient = -offset / priorVariance;
    let curvature = 1 / priorVariance;
    logits.forEach((z, i) => {
      const p = sigmoid(z + offset);
      gradient += (positive[i] ? 1 : 0) - p;
      curvature += p * (1 - p);
    });
    const move = gradient / curvature;
    offset += move;
    if (Math.abs(move) < 1e-10) break;
  }
  return offset;
}

/**
 * A text at least this long (characters) is a full review, not a pull quote: the RT export's quotes, which the
 * pooling was fitted on, are at most 256 characters; 9 in 10 of IMDb's full-length reviews, and a critic's page
 * (the seeds: 3,100 to 13,000), are longer than 500.
 */
export const FULL_REVIEW_CHARS = 500;

/**
 * How much of the film's mean log-odds a full review takes in: its own log-odds plus this share of the mean, no
 * rescaling, no intercept. The quotes' pooling leans on the mean more than on the quote itself (a quote says little
 * alone), which counts a full review's own strong evidence a second time through the mean and makes it
 * overconfident. Fitted by log-loss on half of IMDb's test-split films (full-length reviews grouped by film, 5 or
 * more each; the model was trained on the train split, where its readings are near certain) and measured on the
 * other half: `npx tsx bench/full-review-pooling.ts --fit`.
 */
export const FULL_REVIEW_FILM_WEIGHT = 0.56;

/**
 * Each text logit pulled towards the mean of them all, as the pooling fitted on dev films says; a full review (its
 * `full` flag set) by the lighter full-review pooling above.
 */
export function pooledLogits(textLogits: readonly number[], pooling: FilmPooling, full: readonly boolean[] = []): number[] {
  const mean = textLogits.reduce((a, b) => a + b, 0) / Math.max(1, textLogits.length);
  return textLogits.map((z, i) =>
    full[i] ? z + FULL_REVIEW_FILM_WEIGHT * mean : pooling.ownWeight * z + pooling.filmWeight * mean + pooling.intercept,
  );
}

/**
 * The expected share of positive reviews when `knownPositive` of `knownCount` verdicts are known and the rest
 * have these probabilities; the model's error is counted for the text's share of the reviews only.
 */
export function expectedShare(knownPositive: number, knownCount: number, probabilities: readonly number[], modelVariance: number): FilmEstimate | null {
  const n = knownCount + probabilities.length;
  if (n === 0) return null;
  let expected = knownPositive;
  let variance = 0;
  for (const p of probabilities) {
    expected += p;
    variance += p * (1 - p);
  }
  const share = expected / n;
  const textShare = probabilities.length / n;
  const spread = Z95 * Math.sqrt(variance / n ** 2 + textShare ** 2 * modelVariance);
  const percent = (x: number) => Math.round(1000 * Math.min(1, Math.max(0, x))) / 10;
  return { percent: percent(share), low: percent(share - spread), high: percent(share + spread), reviews: n };
}

/** @example estimateFilm([1.2, 0.4, -0.3], pooling) // { percent: 61.3, low: 20.5, high: 100, reviews: 3 } */
export function estimateFilm(textLogits: readonly number[], pooling: FilmPooling): FilmEstimate | null {
  return expectedShare(0, 0, pooledLogits(textLogits, pooling).map(sigmoid), pooling.modelVariance);
}
