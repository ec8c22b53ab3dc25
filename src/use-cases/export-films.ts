/**
 * One film as `plaudit export --format json` writes it: its profile, merged credits and reviews, each review naming
 * its film so that it reads back on its own. Shared by the export command and the export jobs workers run.
 */
import type { FilmSummary } from '../domain/film.ts';
import { filmReport, type FilmReportDeps } from './film-report.ts';

export async function exportedFilm(deps: FilmReportDeps, film: FilmSummary): Promise<{ json: string; reviews: number }> {
  const { reviews, profile, credits } = await filmReport(deps, film);
  // In the order they were added (not the listing's newest first), so that a store reading them back finds the same
  // near-duplicates.
  const rows = [...reviews]
    .sort((a, b) => a.id - b.id)
    .map((review) => ({ filmKey: film.key, filmTitle: film.title, filmYear: film.year, ...review }));
  return { json: JSON.stringify({ profile, credits, reviews: rows }), reviews: reviews.length };
}
