/**
 * The trained judge's parameters, as the trainer produces them and the model file stores them. Plain data: the
 * model file codec writes it, `createTrainedModel` reads it, and nothing here does I/O.
 */

/** A hashed linear model: one weight per bucket, plus a bias. */
export interface LinearPart {
  bits: number;
  /** Words: the longest word n-gram (1-3). Chars: the longest character n-gram. */
  order: number;
  /** Words: character n-grams inside words, 0 for none. Chars: the shortest character n-gram. */
  charGrams: number;
  /** 'words' (hashed word n-grams with negation and contrast marks) or 'chars' (character n-grams across words). */
  kind: 'words' | 'chars';
  /** Hash salt: two parts over the same n-grams with different salts collide differently. */
  salt: number;
  weights: Float32Array;
  bias: number;
}

/**
 * How a quote's logit is made from the ensemble's parts, fitted on dev by logistic regression (which is also the
 * calibration): logit = quote * z_quote + document * z_document + sum(members[k] * z_member_k) + intercept.
 */
export interface QuoteMix {
  quote: number;
  document: number;
  members: number[];
  /** Weight of the word-vector part, when the model has one. */
  embedding?: number;
  intercept: number;
}

/**
 * A one-hidden-layer network over a quote's pooled pre-trained word vectors (see embedding-part.ts), stored with
 * its first layer applied to each word's vector: logit = outputBias + sum_k outputWeights[k] * tanh(hiddenBias[k]
 * + sum over groups of the mean of the group's words' projections).
 */
export interface EmbeddingPart {
  /** Hidden units. */
  hidden: number;
  /** The words of the training data that have a vector. */
  words: string[];
  /** words.length * 3 groups * hidden values: each word's projection for each group (plain, negated, contrast). */
  projections: Float32Array;
  hiddenBias: number[];
  outputWeights: number[];
  outputBias: number;
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
  /**
   * Prior log-odds of a positive verdict per rating as written ("fraction/10:60", see `ratingKey`) and per band,
   * counted on the training split, and the weight the combination gives them. Absent: the bands alone.
   */
  priors?: { keys: Record<string, number>; bands: number[]; weight: number };
}

/** How the reviews of one film are pooled: each review's logit is pulled towards its film's mean logit. */
export interface FilmPooling {
  ownWeight: number;
  filmWeight: number;
  intercept: number;
  /** Extra variance (in proportion², on top of the sampling variance) so that the 95% interval covers dev films. */
  modelVariance: number;
}

/**
 * Ratings as a count per normalised score (0-100): `[score, count, score, count, ...]`, scores ascending. One for
 * positive (fresh) and one for negative (rotten) reviews.
 */
export interface SideHistograms {
  positive: number[];
  negative: number[];
}

/**
 * How critics and outlets rate, counted on the rated reviews of the training split, for the text score: a critic
 * who writes 3/4 and one who writes B+ mean the same fresh review, and the score is a point on their own scale.
 * See rater-score.ts for how it is used, and BENCHMARKS.md for how the settings were chosen on dev.
 */
export interface RaterScales {
  /** Every rated training review: the fallback for a critic and outlet never seen. */
  all: SideHistograms;
  /** By critic name key (person-names.ts's `nameKey`). */
  critics: Record<string, SideHistograms>;
  /** By outlet key (`outletKey`). */
  outlets: Record<string, SideHistograms>;
  /** How many reviews' weight the outlet's (or all reviews') histogram carries against a critic's own. */
  criticPrior: number;
  /** How many reviews' weight all reviews' histogram carries against an outlet's. */
  outletPrior: number;
  /** How far a critic's share of positive reviews moves the text's log-odds (0: not at all), and its prior weight. */
  leniencyWeight: number;
  leniencyPrior: number;
  /** How far the text's log-odds, past the side's median logit, leans the score within that side's ratings. */
  tilt: number;
  /** The median calibrated logit of the positive and of the negative rated dev quotes. */
  centres: { positive: number; negative: number };
}

export interface ModelData {
  /** e.g. "nbsvm-4". */
  version: string;
  /** Texts with fewer words than this are judged as quotes; longer ones as full reviews. */
  longTextWords: number;
  /** The main quote model; its per-sentence logits also feed the reading of full-length reviews. */
  quote: LinearPart;
  document: LinearPart;
  /** Further quote models of other kinds (character n-grams, naive Bayes, other salts), mixed in by `quoteMix`. */
  quoteMembers: LinearPart[];
  quoteMix: QuoteMix;
  /** The word-vector part of the quote ensemble; absent in models trained without word vectors. */
  embedding?: EmbeddingPart;
  /** logit = document * docWeight + closing-sentences mean quote logit * closingWeight + intercept. */
  longText: { documentWeight: number; closingWeight: number; intercept: number };
  score: ScoreMap;
  /** The text score on the critic's own scale; absent in older models, which use `score` alone. */
  raters?: RaterScales;
  rating: RatingCombination;
  film: FilmPooling;
  /** How it was trained: seed, data hashes, row counts, settings, dev figures. No dates, so the bytes reproduce. */
  training: Record<string, unknown>;
}
