/**
 * The judge's figures on a labelled set: verdict accuracy from the text alone and with the explicit rating used
 * where present (through the real `judgeReview`), calibration error, error of the text score (the critic's scale
 * used when the rows name critics or outlets the model knows) against the normalised rating,
 * and how widely the text scores spread beside the ratings, and film-level error of the text-only estimate. Pure:
 * rows and model are handed in.
 */
import type { ReviewDraft } from '../domain/document.ts';
import { parseRating } from '../extract/normalise-rating.ts';
import type { TextPrediction } from '../domain/verdict.ts';
import { readInFilmContext } from './film-context.ts';
import { estimateFilm, pooledLogits } from './film-estimate.ts';
import { judgeReview, textScore } from './judge-review.ts';
import { expectedCalibrationError, logit as toLogit, sigmoid } from './model/calibration.ts';
import type { TrainedTextModel } from './model/trained-model.ts';

export interface LabelledReview {
  text: string;
  positive: boolean;
  /** As written ("3/5", "B+"), or absent. */
  rating?: string;
  film?: string;
  /** Who wrote it and where: the text score is placed on their own scale when the model knows it. */
  critic?: string;
  outlet?: string;
}

export interface EvalFigures {
  rows: number;
  /** Rows with text: the ones the text model is measured on. */
  withText: number;
  textAccuracy: number;
  calibrationError: number;
  /** Rows with text and a parseable rating. */
  withRating: number;
  /** Verdict accuracy with the rating used where present (text alone elsewhere), on the rows with text. */
  combinedAccuracy: number;
  /** The same, on the rows that have a rating only; and the rating alone (60+) on those rows, for reference. */
  ratedCombinedAccuracy: number;
  ratedRatingOnlyAccuracy: number;
  /** Rows with text or a parseable rating, and the verdict accuracy on them (the rating alone where there is no text). */
  withTextOrRating: number;
  allRowsAccuracy: number;
  /** Mean absolute error of the text score against the normalised rating, 0-100 points: each review alone. */
  scoreMae: number;
  /**
   * The same two figures with each review read beside its film's other reviews' text (film-context.ts; films with
   * at least 5 reviews with text, the rest alone). Never their labels or ratings.
   */
  contextAccuracy: number;
  contextScoreMae: number;
  /**
   * Standard deviations on the rated rows, 0-100 points: of the normalised ratings, and of the text scores alone and
   * read in context. A score that hugs the middle has a small error and says little (issue 18): a mixed review and a
   * rave both near 75. The ratio of a score's spread to the ratings' is the figure to read.
   */
  ratingSpread: number;
  scoreSpread: number;
  contextScoreSpread: number;
  /** Films with at least `minFilmReviews` reviews with text. */
  films: number;
  filmMae: number;
  /** Share of those films whose real percent positive lies inside the 95% interval. */
  filmCoverage: number;
  /**
   * The film MAE the estimate would still have if every pooled probability were exactly right: the mean over those
   * films of E|realised − expected share| = √(2/π) · √(Σ p(1 − p)) / n (normal approximation), in points. Below
   * this no reader of this sharpness can go; only a sharper one can.
   */
  filmSamplingFloor: number;
}

export interface EvalOptions {
  minFilmReviews?: number;
}

function standardDeviation(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}

function draftFor(review: LabelledReview): ReviewDraft {
  const rating = review.rating ? parseRating(review.rating) : null;
  return {
    film: null,
    critic: review.critic ? { value: review.critic, source: 'record' } : null,
    outlet: review.outlet ? { value: review.outlet, source: 'record' } : null,
    publishedAt: null,
    rating: rating ? { value: rating, source: 'record' } : null,
    label: null, topCritic: false, url: null, text: review.text, firstSentence: '', headline: null, version: 'eval',
  };
}

/** Each review's text judgement read in its film's context; reviews without a film are read alone. */
function readEachFilm(
  predictions: readonly { review: LabelledReview; prediction: TextPrediction; textScore: number }[],
  model: TrainedTextModel,
): { verdict: string; score: number }[] {
  const alone = predictions.map((p) => ({
    verdict: p.prediction.probability >= 0.5 ? ('positive' as const) : ('negative' as const),
    probability: p.prediction.probability,
    score: p.textScore,
    verdictSource: 'text' as const,
    scoreSource: 'text' as const,
    critic: p.review.critic,
    outlet: p.review.outlet,
  }));
  const byFilm = new Map<string, number[]>();
  predictions.forEach((p, i) => {
    if (p.review.film === undefined) return;
    const indexes = byFilm.get(p.review.film);
    if (indexes) indexes.push(i);
    else byFilm.set(p.review.film, [i]);
  });
  const out = [...alone];
  for (const indexes of byFilm.values()) {
    const read = readInFilmContext(indexes.map((i) => alone[i]!), model.filmReader).reviews;
    indexes.forEach((i, k) => {
      out[i] = read[k]!;
    });
  }
  return out;
}

export function evaluateJudge(reviews: readonly LabelledReview[], model: TrainedTextModel, options: EvalOptions = {}): EvalFigures {
  const minFilmReviews = options.minFilmReviews ?? 20;
  const withText = reviews.filter((r) => r.text.trim() !== '');
  const predictions = withText.map((review) => {
    const prediction = model.predict(review.text);
    const draft = draftFor(review);
    const judgement = judgeReview(draft, model);
    // The score the text alone gives, as judgeReview gives it to a review without a rating.
    return { review, prediction, judgement, textScore: textScore(model, prediction, draft), rated: judgement.verdictSource === 'rating' };
  });
  const share = (n: number, d: number) => (d === 0 ? NaN : n / d);
  const rated = predictions.filter((p) => p.rated);
  const textRight = predictions.filter((p) => p.prediction.probability >= 0.5 === p.review.positive).length;
  const combinedRight = predictions.filter((p) => (p.judgement.verdict === 'positive') === p.review.positive).length;
  const ratingOnly = reviews
    .filter((r) => r.text.trim() === '' && r.rating && parseRating(r.rating))
    .map((review) => judgeReview(draftFor(review), model).verdict === 'positive' === review.positive);
  const scoreErrors = rated.map((p) => Math.abs(p.textScore - p.judgement.score));
  const inContext = readEachFilm(predictions, model);
  const contextRight = predictions.filter((p, i) => inContext[i]!.verdict === 'positive' === p.review.positive).length;
  const contextScoreErrors = predictions.flatMap((p, i) => (p.rated ? [Math.abs(inContext[i]!.score - p.judgement.score)] : []));
  const contextScores = predictions.flatMap((p, i) => (p.rated ? [inContext[i]!.score] : []));

  const films = new Map<string, { logits: number[]; positives: number }>();
  for (const p of predictions) {
    if (p.review.film === undefined) continue;
    const film = films.get(p.review.film) ?? { logits: [], positives: 0 };
    film.logits.push(toLogit(p.prediction.probability));
    film.positives += p.review.positive ? 1 : 0;
    films.set(p.review.film, film);
  }
  let filmError = 0;
  let covered = 0;
  let filmCount = 0;
  let floor = 0;
  for (const film of films.values()) {
    if (film.logits.length < minFilmReviews) continue;
    const estimate = estimateFilm(film.logits, model.filmPooling)!;
    const variance = pooledLogits(film.logits, model.filmPooling).map(sigmoid).reduce((sum, p) => sum + p * (1 - p), 0);
    floor += (100 * Math.sqrt(2 / Math.PI) * Math.sqrt(variance)) / film.logits.length;
    const actual = (100 * film.positives) / film.logits.length;
    filmError += Math.abs(estimate.percent - actual);
    covered += actual >= estimate.low && actual <= estimate.high ? 1 : 0;
    filmCount++;
  }
  return {
    rows: reviews.length,
    withText: predictions.length,
    textAccuracy: share(textRight, predictions.length),
    calibrationError: expectedCalibrationError(predictions.map((p) => ({ probability: p.prediction.probability, positive: p.review.positive }))),
    withRating: rated.length,
    combinedAccuracy: share(combinedRight, predictions.length),
    ratedCombinedAccuracy: share(rated.filter((p) => (p.judgement.verdict === 'positive') === p.review.positive).length, rated.length),
    ratedRatingOnlyAccuracy: share(rated.filter((p) => p.judgement.score >= 60 === p.review.positive).length, rated.length),
    withTextOrRating: predictions.length + ratingOnly.length,
    allRowsAccuracy: share(combinedRight + ratingOnly.filter(Boolean).length, predictions.length + ratingOnly.length),
    scoreMae: share(scoreErrors.reduce((a, b) => a + b, 0), scoreErrors.length),
    contextAccuracy: share(contextRight, predictions.length),
    contextScoreMae: share(contextScoreErrors.reduce((a, b) => a + b, 0), contextScoreErrors.length),
    ratingSpread: standardDeviation(rated.map((p) => p.judgement.score)),
    scoreSpread: standardDeviation(rated.map((p) => p.textScore)),
    contextScoreSpread: standardDeviation(contextScores),
    films: filmCount,
    filmMae: share(filmError, filmCount),
    filmCoverage: share(covered, filmCount),
    filmSamplingFloor: share(floor, filmCount),
  };
}
