/** The HTML pages. Each reads through the catalog or the store, builds a view model, and renders it. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { z } from 'zod';
import { PlauditError } from '../../domain/errors.ts';
import type { NameKind } from '../../store/web-port.ts';
import type { Catalog } from '../catalog.ts';
import { consensusAgreement } from '../critic-agreement.ts';
import type { ServerDeps } from '../deps.ts';
import { loadFilmData } from '../film-data.ts';
import { DEFAULT_REVIEW_FILTER, pageOfReview, reviewFilterOf, reviewListQuery, ReviewListQuery } from '../review-list.ts';
import { filmPath } from '../paths.ts';
import { runSearch } from '../search.ts';
import { IdParam, parseWith } from '../validate.ts';
import { filmPage, REVIEWS_PER_PAGE } from '../views/pages/film-page.ts';
import { filmsPage } from '../views/pages/films-page.ts';
import { homePage } from '../views/pages/home-page.ts';
import { methodologyPage } from '../views/pages/methodology-page.ts';
import { namePage } from '../views/pages/name-page.ts';
import { namesPage } from '../views/pages/names-page.ts';
import { searchPage } from '../views/pages/search-page.ts';

const PageParam = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });
const FilmsQuery = PageParam.extend({ sort: z.enum(['title', 'reviews', 'top', 'recent']).default('title') });
const SearchQuery = z.object({ q: z.string().max(200).default('') });
/** `review=N` asks for the page of the list that shows review N (a search hit links there): answered by a redirect. */
const FilmPageQuery = PageParam.extend(ReviewListQuery.shape).extend({ review: z.coerce.number().int().positive().optional() });

const METHODOLOGY_FILE = fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url));

export function pageRoutes(deps: ServerDeps, catalog: Catalog): Hono {
  const pages = new Hono();

  pages.get('/', async (c) => {
    const [top, recent, counts] = await Promise.all([catalog.films('top'), catalog.films('recent'), deps.store.counts()]);
    return c.html(homePage({ top: top.slice(0, 8), recent: recent.slice(0, 8), counts, minReviews: deps.minReviews }));
  });

  pages.get('/films', async (c) => {
    const query = parseWith(FilmsQuery, c.req.query(), 'query');
    const films = await catalog.films(query.sort);
    return c.html(filmsPage({ films, sort: query.sort, page: query.page, minReviews: deps.minReviews }));
  });

  // The slug after the id is for people reading the address; the id alone decides the film.
  pages.get('/films/:id/:slug?', async (c) => {
    const { id } = parseWith(IdParam, { id: c.req.param('id') }, 'film id');
    const query = parseWith(FilmPageQuery, c.req.query(), 'query');
    const data = await loadFilmData(deps, catalog, id);
    if (query.review !== undefined) {
      const page = pageOfReview(data.reviews, query.review, REVIEWS_PER_PAGE) ?? 1;
      return c.redirect(`${filmPath(data.film)}${reviewListQuery(DEFAULT_REVIEW_FILTER, page)}#review-${query.review}`, 302);
    }
    // Without a configured public URL the embed code names the origin asked for: the page then differs by Host,
    // and says so, so the response cache never hands one host's page to another (response-cache.ts).
    if (deps.publicUrl === undefined) c.header('Vary', 'Host', { append: true });
    const siteUrl = deps.publicUrl ?? new URL(c.req.url).origin;
    return c.html(filmPage(data, { filter: reviewFilterOf(query), page: query.page, siteUrl }));
  });

  pages.get('/search', async (c) => {
    const { q } = parseWith(SearchQuery, c.req.query(), 'query');
    const results = await runSearch(deps, catalog, q, { names: 12, reviews: 20 });
    return c.html(searchPage(results, deps.minReviews));
  });

  for (const kind of ['critic', 'outlet'] as NameKind[]) {
    pages.get(`/${kind}s`, async (c) => {
      const { page } = parseWith(PageParam, c.req.query(), 'query');
      return c.html(namesPage({ kind, names: await catalog.names(kind), page }));
    });
    pages.get(`/${kind}s/:id/:slug?`, async (c) => {
      const { id } = parseWith(IdParam, { id: c.req.param('id') }, `${kind} id`);
      const { page } = parseWith(PageParam, c.req.query(), 'query');
      const name = await deps.store.getName(kind, id);
      if (name === null) throw new PlauditError('not-found', `There is no ${kind} with id ${id}.`);
      const reviews = await deps.store.webReviews(kind === 'critic' ? { criticId: id } : { outletId: id });
      const films = await catalog.filmsById();
      return c.html(namePage({ name, reviews, films, agreement: consensusAgreement(reviews, films), page }));
    });
  }

  pages.get('/methodology', (c) => {
    const markdown = existsSync(METHODOLOGY_FILE) ? readFileSync(METHODOLOGY_FILE, 'utf8') : null;
    return c.html(methodologyPage(markdown));
  });

  return pages;
}
