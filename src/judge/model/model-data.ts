/**
 * The trained judge's parameters, as the trainer produces them and the model file stores them. Plain data: the
 * model file codec writes it, `createTrainedModel` reads it, and nothing here does I/O.
 */

/** A hashed linear model: one weight per bucket, plus a bias. */
export interface LinearPart {
  bits: number;
  order: number;
  /** Character n-grams inside words, 0 for none. */
  charGrams: number;
  weights: Float32Array;
  bias: number;
}

/** logit' = slope * logit + intercept (Platt scaling), fitted on the dev split. */
export interface Platt {
  slope: number;
  intercept: number;
}

/** A monotone piecewise-linear map from a calibrated logit to a 0-100 score; knots sorted by logit. */
export interface ScoreMap {
  logits: number[];
  scores: number[];
}

/**
 * How an explicit rating and the text combine into one probability: a logistic model over the rating's band
 * (one weight per band) and the calibrated text logit, whose weight depends on whether the band is ambiguous.
 */
export interface RatingCombination {
  /** Lower edges of the rating bands, ascending; the first is 0. */
  bandEdges: number[];
  /** One log-odds per band. */
  bandWeights: number[];
  /** Weight of the text logit inside each band. */
  textWeights: number[];
}

/** How the reviews of one film are pooled: each review's logit is pulled towards its film's mean logit. */
export interface FilmPooling {
  ownWeight: number;
  filmWeight: number;
  intercept: number;
  /** Extra variance (in proportion², on top of the sampling variance) so that the 95% interval covers dev films. */
  modelVariance: number;
}

export interface ModelData {
  /** e.g. "nbsvm-1". */
  version: string;
  /** Texts with fewer words than this are judged as quotes; longer ones as full reviews. */
  longTextWords: number;
  quote: LinearPart;
  document: LinearPart;
  quoteCalibration: Platt;
  /** logit = document * docWeight + closing-sentences mean quote logit * closingWeight + intercept. */
  longText: { documentWeight: number; closingWeight: number; intercept: number };
  score: ScoreMap;
  rating: RatingCombination;
  film: FilmPooling;
  /** How it was trained: seed, data hashes, row counts, settings, dev figures. No dates, so the bytes reproduce. */
  training: Record<string, unknown>;
}
