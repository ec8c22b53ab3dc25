/**
 * A film's critical profile from its reviews: the entry that coordinates the profile stages in profile/. The score
 * side (percent positive and average with intervals, bands, histogram, weighted and top-critic figures,
 * divisiveness, badge, timeline) needs only verdicts and scores; the text side (consensus, pull quotes, aspects)
 * needs the review texts and a TextModel, and is left out when no model is given. Pure: no I/O, no clock.
 * Scores show only from a minimum number of reviews, because a percentage of three reviews says more about chance
 * than about the film.
 */
import type { Film } from '../domain/film.ts';
import type { TextModel } from '../domain/verdict.ts';
import { METHOD } from './profile/methods.ts';
import { scoreSections, type ScoreSections } from './profile/score-sections.ts';
import { textSections, type TextSections } from './profile/text-sections.ts';
import type { ScoredReview } from './profile/types.ts';
import type { WeightSettings } from './profile/weights.ts';

export { BANDS, type ScoreSummary } from './profile/scores.ts';

export const PROFILE_VERSION = 'profile-2';
export const DEFAULT_MIN_REVIEWS = 5;

export interface FilmProfileOptions {
  /** Scores show from this many reviews (default 5). */
  minReviews?: number;
  /** Reads sentence polarity for the consensus, pull quotes and aspects; without it those are null. */
  model?: TextModel;
  /** Outlet and critic weights (default: all equal). */
  weights?: WeightSettings;
  /** Cast names from merged credits, to name performances in the consensus. */
  cast?: readonly string[];
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
  version: string;
}

export function buildFilmProfile(film: Film, allReviews: readonly ScoredReview[], options: FilmProfileOptions = {}): FilmProfile {
  // A near-duplicate (the same review syndicated on another site) is listed with the film but counted once.
  const reviews = allReviews.filter((r) => r.duplicateOf === undefined || r.duplicateOf === null);
  const minReviews = options.minReviews ?? DEFAULT_MIN_REVIEWS;
  const reviewCount = reviews.length;
  const positiveCount = reviews.filter((r) => r.verdict === 'positive').length;
  const counted = reviewCount === 1 ? '1 review' : `${reviewCount} reviews`;
  const text = options.model
    ? textSections(
        reviews.map((r, i) => ({ ...r, id: r.id ?? i + 1, text: r.text ?? '' })),
        { model: options.model, title: film.title, ...(options.cast ? { cast: options.cast } : {}) },
      )
    : null;
  return {
    film,
    reviewCount,
    positiveCount,
    negativeCount: reviewCount - positiveCount,
    note: reviewCount < minReviews ? `Only ${counted} so far; scores show from ${minReviews} reviews.` : null,
    minReviews,
    methods: { minimumReviews: METHOD.minimumReviews },
    ...scoreSections(reviews, { minReviews, weights: options.weights ?? {} }),
    performers: text?.performers ?? [],
    aspects: text?.aspects ?? null,
    consensus: text?.consensus ?? null,
    pullQuotes: text?.pullQuotes ?? null,
    version: PROFILE_VERSION,
  };
}
