/**
 * Everything the film page and the film API show: the film's report (use-cases/film-report.ts, the one build of a
 * profile that `plaudit film`, `export` and the API share, with the configured minimum, model and weights), read
 * with the ids the page links to, and the page's sections. The film comes from the ListCache, so a request for a
 * film reads the list once per data version. The sections come through film-sections.ts, the one place that knows
 * the aggregate modules' shapes; views only see the FilmSections shape.
 */
import type { FilmProfile } from '../aggregate/film-profile.ts';
import type { FilmCatalogFacts } from '../domain/catalog.ts';
import type { MergedCredits } from '../domain/credits.ts';
import { PlauditError } from '../domain/errors.ts';
import type { FilmSummary } from '../domain/film.ts';
import type { WebReview } from '../store/web-port.ts';
import { filmReport, webFilmReportStore } from '../use-cases/film-report.ts';
import type { ListCache } from './list-cache.ts';
import type { ServerDeps } from './deps.ts';
import { buildFilmSections, type FilmSections } from './film-sections.ts';

export interface FilmData {
  film: FilmSummary;
  profile: FilmProfile;
  credits: MergedCredits;
  /** What `plaudit catalog import` wrote for the film; where it gives a fact, the page shows it over the reviews'. */
  catalog: FilmCatalogFacts | null;
  reviews: WebReview[];
  sections: FilmSections;
}

export async function loadFilmData(deps: ServerDeps, lists: ListCache, id: number): Promise<FilmData> {
  const film = await lists.film(id);
  if (film === null) throw new PlauditError('not-found', `There is no film with id ${id}.`);
  const { model, minReviews, weights } = deps;
  const report = await filmReport({ store: webFilmReportStore(deps.store), model, minReviews, weights }, film);
  const { reviews, profile, credits } = report;
  return { ...report, sections: buildFilmSections({ reviews, profile, credits }) };
}
