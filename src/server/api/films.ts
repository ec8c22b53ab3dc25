/** GET /api/v1/films, /films/{id}, /films/{id}/profile, /films/{id}/reviews (filtered and sorted as on the film page). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Catalog } from '../catalog.ts';
import type { ServerDeps } from '../deps.ts';
import { loadFilmData } from '../film-data.ts';
import { reviewFilterOf, ReviewListQuery, selectReviews } from '../review-list.ts';
import { IdParam, PageQuery, paginate, parseWith } from '../validate.ts';
import { filmJson, reviewJson } from './serialize.ts';
import { PlauditError } from '../../domain/errors.ts';

export const FilmListQuery = PageQuery.extend({
  sort: z.enum(['title', 'reviews', 'top', 'recent']).default('title'),
}).strict();

/** The film page's filters and order (review-list.ts), with the API's limit and offset. */
export const FilmReviewsQuery = PageQuery.extend(ReviewListQuery.shape).strict();

export function filmRoutes(deps: ServerDeps, catalog: Catalog): Hono {
  const api = new Hono();

  api.get('/films', async (c) => {
    const query = parseWith(FilmListQuery, c.req.query(), 'query');
    const films = await catalog.films(query.sort);
    const { items, page } = paginate(films, query, c.req.url);
    return c.json({ items: items.map((film) => filmJson(film, deps.minReviews)), page });
  });

  api.get('/films/:id', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'film id');
    const film = await catalog.film(id);
    if (film === null) throw new PlauditError('not-found', `There is no film with id ${id}.`);
    return c.json(filmJson(film, deps.minReviews));
  });

  api.get('/films/:id/profile', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'film id');
    const data = await loadFilmData(deps, catalog, id);
    return c.json({ film: filmJson(data.film, deps.minReviews), profile: data.profile, credits: data.credits, sections: data.sections });
  });

  api.get('/films/:id/reviews', async (c) => {
    const { id } = parseWith(IdParam, c.req.param(), 'film id');
    const query = parseWith(FilmReviewsQuery, c.req.query(), 'query');
    if ((await catalog.film(id)) === null) throw new PlauditError('not-found', `There is no film with id ${id}.`);
    const reviews = selectReviews(await deps.store.webReviews({ filmId: id }), reviewFilterOf(query));
    const { items, page } = paginate(reviews, query, c.req.url);
    return c.json({ items: items.map(reviewJson), page });
  });

  return api;
}
