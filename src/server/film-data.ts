/**
 * Everything the film page and the film API show, read and built once: the film, its reviews (with the ids the
 * page links to), its merged credits, the full profile (scores, consensus, quotes, aspects, badge, timeline), and
 * the page's sections. The sections come through film-sections.ts, the one place that knows the aggregate
 * modules' shapes; views only see the FilmSections shape.
 */
import { mergeCredits } from '../aggregate/credits/merge-credits.ts';
import { buildFilmProfile, type FilmProfile } from '../aggregate/film-profile.ts';
import type { FilmCatalogFacts } from '../domain/catalog.ts';
import type { MergedCredits } from '../domain/credits.ts';
import { PlauditError } from '../domain/errors.ts';
import type { FilmSummary } from '../domain/film.ts';
import type { WebReview } from '../store/web-port.ts';
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
  const [reviews, facts, filmCatalog] = await Promise.all([
    deps.store.webReviews({ filmId: id }),
    deps.store.filmFacts(id),
    deps.store.filmCatalogFacts(id),
  ]);
  const credits = mergeCredits(facts);
  const cast = credits.credits.filter((credit) => credit.kind === 'cast').map((credit) => credit.value);
  const profile = buildFilmProfile(film, reviews, { minReviews: deps.minReviews, model: deps.model, cast });
  return { film, profile, credits, catalog: filmCatalog, reviews, sections: buildFilmSections({ reviews, profile, credits }) };
}
