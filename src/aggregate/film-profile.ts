/**
 * A film's critical profile from its reviews: the entry that coordinates the profile stages in profile/. The score
 * side (percent positive and average with intervals, bands, histogram, weighted and top-critic figures,
 * divisiveness, badge, timeline) needs only verdicts and scores; the text side (consensus, pull quotes, aspects)
 * needs the review texts and a TextModel, and is left out when no model is given. Pure: no I/O, no clock.
 * Scores show only from a minimum number of reviews, because a percentage of three reviews says more about chance
 * than about the film.
 */
import type { Film } from '../domain/film.ts';
import type { TextModel, Verdict } from '../domain/verdict.ts';
import { filmReaderOf, readInFilmContext } from '../judge/film-context.ts';
import type { FilmEstimate } from '../judge/film-estimate.ts';
import { METHOD } from './profile/methods.ts';
import { scoreSections, type ScoreSections } from './profile/score-sections.ts';
import { textSections, type TextSections } from './profile/text-sections.ts';
import type { ScoredReview } from './profile/types.ts';
import type { WeightSettings } from './profile/weights.ts';

export { BANDS, type ScoreSummary } from './profile/scores.ts';

export const PROFILE_VERSION = 'profile-3';
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

/** How the reviews judged by their text alone were read together (film-context.ts), when any were. */
export interface TextReading {
  /** Reviews whose verdict came from their text. */
  textJudged: number;
  /** How many of them were read beside the others (none below 5). */
  pooled: number;
  /** Expected percent positive with its 95% interval: known verdicts as they are, text-judged ones by probability. */
  estimate: FilmEstimate;
  /** The average score with the text-judged reviews' scores as read in context. */
  averageScore: number;
  /** How many text-judged reviews read in context take the other verdict than alone. */
  verdictsChanged: number;
  /** The text-judged reviews' verdict, probability and score as read in context. */
  reviews: { id: number; verdict: Verdict; probability: number; score: number }[];
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
  version: string;
}

export function buildFilmProfile(film: Film, allReviews: readonly ScoredReview[], options: FilmProfileOptions = {}): FilmProfile {
  // A near-duplicate (the same review syndicated on another site) is listed with the film but counted once.
  const reviews = allReviews.filter((r) => r.duplicateOf === undefined || r.duplicateOf === null);
  // Reviews judged by their text alone are also read beside one another (better verdicts and scores than each
  // alone). The headline figures stay on the stored verdicts, as every list and count in Plaudit does; the reading
  // in context is shown beside them.
  const reader = options.model ? filmReaderOf(options.model) : null;
  const reading = reader ? readInFilmContext(reviews, reader) : null;
  const minReviews = options.minReviews ?? DEFAULT_MIN_REVIEWS;
  const reviewCount = reviews.length;
  const positiveCount = reviews.filter((r) => r.verdict === 'positive').length;
  const howMany = reviewCount === 1 ? '1 review' : `${reviewCount} reviews`;
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
    note: reviewCount < minReviews ? `Only ${howMany} so far; scores show from ${minReviews} reviews.` : null,
    minReviews,
    methods: { minimumReviews: METHOD.minimumReviews },
    ...scoreSections(reviews, { minReviews, weights: options.weights ?? {} }),
    performers: text?.performers ?? [],
    aspects: text?.aspects ?? null,
    consensus: text?.consensus ?? null,
    pullQuotes: text?.pullQuotes ?? null,
    textReading: reading ? toTextReading(reviews, reading.reviews, reading.pooled, reading.estimate) : null,
    version: PROFILE_VERSION,
  };
}

function toTextReading(stored: readonly ScoredReview[], read: readonly ScoredReview[], pooled: number, estimate: FilmEstimate | null): TextReading | null {
  if (estimate === null) return null;
  // `read` is `stored` in the same order, the text-judged reviews read in context.
  const judged = read.flatMap((r, i) => (r.verdictSource === 'text' && r.probability !== undefined ? [i] : []));
  return {
    textJudged: judged.length,
    pooled,
    estimate,
    averageScore: Math.round(read.reduce((sum, r) => sum + r.score, 0) / read.length),
    verdictsChanged: judged.filter((i) => read[i]!.verdict !== stored[i]!.verdict).length,
    reviews: judged.map((i) => {
      const r = read[i]!;
      return { id: r.id ?? i + 1, verdict: r.verdict, probability: Math.round(r.probability! * 1000) / 1000, score: r.score };
    }),
    method: METHOD.textReading,
  };
}
