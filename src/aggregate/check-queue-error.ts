/**
 * How much checking one review is expected to lower the error of its film's shown percent positive. Pure.
 *
 * The shown figure counts hard verdicts. Its error, in reviews, is D = Σ e_j, where e_j is +1 for a wrong positive,
 * −1 for a wrong negative and 0 for a right verdict, each wrong with the chance its probability gives. Errors of the
 * two signs cancel, so the worth of a look depends on the film's lean, not only on the review's doubt: a check sets
 * e_i to 0, and for integer D the expected |D| falls by q_i × (2 P(D_{−i} ≥ 0) − 1) for a positive verdict (the
 * mirror for a negative), where D_{−i} is the error of the rest. Reading a film in context pulls its doubtful
 * minority towards the majority, so most films lean; a review that would deepen the lean is worth little.
 */

/** The error of the film's other doubtful reviews, in reviews: its mean and variance. */
export interface FilmLean {
  mean: number;
  variance: number;
}

export interface DoubtfulVerdict {
  positive: boolean;
  /** Chance the verdict is wrong, 0-1. */
  wrong: number;
}

const sign = (review: DoubtfulVerdict) => (review.positive ? 1 : -1);

/** The lean of a film's doubtful reviews. */
export function filmLean(reviews: readonly DoubtfulVerdict[]): FilmLean {
  return reviews.reduce((lean, r) => addToLean(lean, r, 1), { mean: 0, variance: 0 });
}

/** The lean with a review added (+1) or taken out (−1): it was checked, so its error is known to be gone. */
export function addToLean(lean: FilmLean, review: DoubtfulVerdict, times: 1 | -1): FilmLean {
  return {
    mean: lean.mean + times * sign(review) * review.wrong,
    variance: Math.max(0, lean.variance + times * review.wrong * (1 - review.wrong)),
  };
}

/**
 * The expected fall of |D|, in reviews, from checking `review` in a film whose lean (this review included) is
 * `lean`. Between −wrong and +wrong. The rest's error is taken as normal with a continuity correction, which is
 * exact enough for ranking: when the rest has no doubt at all it is exactly its mean.
 */
export function checkGain(lean: FilmLean, review: DoubtfulVerdict): number {
  const rest = addToLean(lean, review, -1);
  // P(D_rest ≥ 0) for a positive, P(D_rest ≤ 0) for a negative: the chance a wrong verdict here adds to the error.
  const mean = sign(review) * rest.mean;
  const adds = rest.variance < 1e-9 ? (mean > -0.5 ? 1 : 0) : normalCdf((mean + 0.5) / Math.sqrt(rest.variance));
  return review.wrong * (2 * adds - 1);
}

/** Φ, from erf (Abramowitz and Stegun 7.1.26; error under 1.5e-7, far below a review's worth). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
