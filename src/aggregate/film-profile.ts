/**
 * A film's critical profile from its reviews: the entry that coordinates the profile stages in profile/. The score
 * side (percent positive and average with intervals, bands, histogram, weighted and top-critic figures,
 * divisiveness, badge, timeline) needs only verdicts and scores; the text side (consensus, pull quotes, aspects)
 * needs the review texts and the judge (a JudgeModel), and is left out when no model is given. Pure: no I/O, no clock.
 * Scores show only from a minimum number of reviews, because a percentage of three reviews says more about chance
 * than about the film.
 */
import type { Film } from '../domain/film.ts';
import { readAsEnglish } from '../domain/language.ts';
import type { FilmReader } from '../judge/film-context.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import { expectedShare, type FilmEstimate } from '../judge/film-estimate.ts';
import { weighedByProbability } from './expected-positive.ts';
import { METHOD } from './profile/methods.ts';
import { isJudged, notJudged, type NotJudged } from './profile/not-judged.ts';
import { scoreSections, type ScoreSections } from './profile/score-sections.ts';
import { textSections, type TextSections } from './profile/text-sections.ts';
import type { ScoredReview } from './profile/types.ts';
import type { WeightSettings } from './profile/weights.ts';

export { BANDS, type ScoreSummary } from './profile/scores.ts';

export const PROFILE_VERSION = 'profile-4';
export const DEFAULT_MIN_REVIEWS = 5;

export interface FilmProfileOptions {
  /** Scores show from this many reviews (default 5). */
  minReviews?: number;
  /** Reads sentence polarity for the consensus, pull quotes and aspects; without it those are null. */
  model?: JudgeModel;
  /** Outlet and critic weights (default: all equal). */
  weights?: WeightSettings;
  /** Cast names from merged credits, to name performances in the consensus. */
  cast?: readonly string[];
}

/** The reviews whose verdict came from their text, as the store read them (beside one another from 5 of them). */
export interface TextReading {
  /** Reviews whose verdict came from their text. */
  textJudged: number;
  /** How many of them were read beside one another (none below 5). */
  pooled: number;
  /** Expected percent positive with its 95% interval: known verdicts as they are, text-judged ones by probability. */
  estimate: FilmEstimate;
  /** How many text-judged reviews read in context take the other verdict than their text alone. */
  verdictsChanged: number;
  method: string;
}

export interface FilmProfile extends ScoreSections {
  film: Film;
  reviewCount: number;
  positiveCount: number;
  negativeCount: number;
  /** Set below the minimum number of reviews: says how many there are. */
  note: string | null;
  minReviews: number;
  methods: { minimumReviews: string };
  performers: TextSections['performers'];
  aspects: TextSections['aspects'] | null;
  consensus: TextSections['consensus'];
  pullQuotes: TextSections['pullQuotes'] | null;
  /** Null when no verdict came from the text, or the model is not a trained one. */
  textReading: TextReading | null;
  /** Reviews nothing judged (another language, no rating or label): listed with the film, in no figure. */
  notJudged: NotJudged | null;
  version: string;
}

export function buildFilmProfile(film: Film, allReviews: readonly ScoredReview[], options: FilmProfileOptions = {}): FilmProfile {
  // A near-duplicate (the same review syndicated on another site) is listed with the film but counted once.
  const distinct = allReviews.filter((r) => r.duplicateOf === undefined || r.duplicateOf === null);
  // A review nothing judged has a placeholder verdict: counted apart, with its language, never in a figure.
  const reviews = distinct.filter(isJudged);
  const reader = options.model?.filmReader ?? null;
  const minReviews = options.minReviews ?? DEFAULT_MIN_REVIEWS;
  const reviewCount = reviews.length;
  const positiveCount = reviews.filter((r) => r.verdict === 'positive').length;
  const howMany = reviewCount === 1 ? '1 review' : `${reviewCount} reviews`;
  const text = options.model
    ? textSections(
        // The sentence readings are the English model's too: another language's text gives them no sentences.
        reviews.map((r, i) => ({ ...r, id: r.id ?? i + 1, text: readAsEnglish(r.language) ? (r.text ?? '') : '', headline: readAsEnglish(r.language) ? (r.headline ?? null) : null })),
        { model: options.model, title: film.title, ...(options.cast ? { cast: options.cast } : {}) },
      )
    : null;
  return {
    film,
    reviewCount,
    positiveCount,
    negativeCount: reviewCount - positiveCount,
    note: reviewCount < minReviews ? `Only ${howMany} so far; scores show from ${minReviews} reviews.` : null,
    minReviews,
    methods: { minimumReviews: METHOD.minimumReviews },
    ...scoreSections(reviews, { minReviews, weights: options.weights ?? {}, ...(reader ? { modelVariance: reader.filmPooling.modelVariance } : {}) }),
    performers: text?.performers ?? [],
    aspects: text?.aspects ?? null,
    consensus: text?.consensus ?? null,
    pullQuotes: text?.pullQuotes ?? null,
    textReading: reader ? textReading(reviews, reader) : null,
    notJudged: notJudged(distinct),
    version: PROFILE_VERSION,
  };
}

/**
 * The text-judged reviews were already read beside one another when they were saved
 * (use-cases/read-films-in-context.ts), so their verdicts and scores count in the headline figures as read; this
 * adds what probabilities say of the film.
 */
function textReading(reviews: readonly ScoredReview[], reader: FilmReader): TextReading | null {
  const judged = reviews.filter(weighedByProbability);
  if (judged.length === 0) return null;
  const known = reviews.filter((r) => !weighedByProbability(r));
  const probabilities = judged.map((r) => r.probability!);
  const estimate = expectedShare(known.filter((r) => r.verdict === 'positive').length, known.length, probabilities, reader.filmPooling.modelVariance);
  const inContext = judged.filter((r) => r.readInContext);
  return {
    textJudged: judged.length,
    pooled: inContext.length,
    estimate: estimate!,
    verdictsChanged: inContext.filter((r) => r.readInContext!.alone.verdict !== r.verdict).length,
    method: METHOD.textReading,
  };
}
