/**
 * A film's report for every face (issue 17): its reviews, merged credits, catalog facts and full profile, built once
 * with the configured minimum, judge model and weights. `plaudit film`, `quotes`, `export`, `demo`, the film page
 * and the API all call this, so none of them can show a film a different profile from the same settings.
 */
import { mergeCredits } from '../aggregate/credits/merge-credits.ts';
import { buildFilmProfile, type FilmProfile } from '../aggregate/film-profile.ts';
import type { WeightSettings } from '../aggregate/profile/weights.ts';
import type { FilmCatalogFacts } from '../domain/catalog.ts';
import type { MergedCredits } from '../domain/credits.ts';
import type { FilmSummary, StoredReview } from '../domain/film.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import type { ReviewStore } from '../store/port.ts';
import type { WebReadPort, WebReview } from '../store/web-port.ts';

/**
 * What the report reads. `filmReviews` is the ReviewStore's, or the web's list of the same reviews in the same order
 * with the critic and outlet ids its pages link to (server/film-data.ts): the profile is the same either way.
 */
export interface FilmReportStore<R extends StoredReview> extends Pick<ReviewStore, 'filmFacts' | 'filmCatalogFacts'> {
  filmReviews(filmId: number): Promise<R[]>;
}

/** The web's reading of a film: the same reviews as ReviewStore.filmReviews, with their critic and outlet ids. */
export function webFilmReportStore(store: FilmReportStore<StoredReview> & Pick<WebReadPort, 'webReviews'>): FilmReportStore<WebReview> {
  return {
    filmReviews: (filmId) => store.webReviews({ filmId }),
    filmFacts: (filmId) => store.filmFacts(filmId),
    filmCatalogFacts: (filmId) => store.filmCatalogFacts(filmId),
  };
}

export interface FilmReportDeps<R extends StoredReview = StoredReview> {
  store: FilmReportStore<R>;
  /** The judge's text model: the consensus, pull quotes and aspects read sentences with it. */
  model: JudgeModel;
  /** Scores show from this many reviews (Config.minReviews). */
  minReviews: number;
  /** The configured outlet and critic weights (Config.weights). */
  weights: WeightSettings;
}

export interface FilmReportOptions {
  /** Weights for this report only, in place of the configured ones (`plaudit film --weights FILE`). */
  weights?: WeightSettings;
}

export interface FilmReport<R extends StoredReview = StoredReview> {
  film: FilmSummary;
  /** Every current review, newest publication first; near-duplicates are listed here and counted once in the profile. */
  reviews: R[];
  credits: MergedCredits;
  /** What `plaudit catalog import` wrote for the film, or null. */
  catalog: FilmCatalogFacts | null;
  profile: FilmProfile;
}

/**
 * @example
 * const report = await filmReport({ store, model, minReviews: 5, weights: config.weights }, film);
 * report.profile.scores?.percentPositive;
 */
export async function filmReport<R extends StoredReview>(
  deps: FilmReportDeps<R>,
  film: FilmSummary,
  options: FilmReportOptions = {},
): Promise<FilmReport<R>> {
  const [reviews, facts, catalog] = await Promise.all([
    deps.store.filmReviews(film.id),
    deps.store.filmFacts(film.id),
    deps.store.filmCatalogFacts(film.id),
  ]);
  const credits = mergeCredits(facts);
  // The consensus names performances by the cast the reviews credit.
  const cast = credits.credits.filter((credit) => credit.kind === 'cast').map((credit) => credit.value);
  const profile = buildFilmProfile(film, reviews, {
    minReviews: deps.minReviews,
    model: deps.model,
    weights: options.weights ?? deps.weights,
    cast,
  });
  return { film, reviews, credits, catalog, profile };
}
