/** GET /api/v1/search?q=: films, critics, outlets, people and review text at once. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ListCache } from '../list-cache.ts';
import type { ServerDeps } from '../deps.ts';
import { runSearch } from '../search.ts';
import { parseWith } from '../validate.ts';
import { filmJson } from './serialize.ts';

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'give a search text').max(200),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

export function searchRoutes(deps: ServerDeps, lists: ListCache): Hono {
  const api = new Hono();
  api.get('/search', async (c) => {
    const query = parseWith(SearchQuery, c.req.query(), 'query');
    const results = await runSearch(deps, lists, query.q, { names: query.limit, reviews: query.limit });
    return c.json({
      query: results.query,
      films: results.films.map((film) => ({ ...filmJson(film, deps.minReviews), similarity: round(film.similarity) })),
      critics: results.critics.map((hit) => ({ ...hit, similarity: round(hit.similarity) })),
      outlets: results.outlets.map((hit) => ({ ...hit, similarity: round(hit.similarity) })),
      people: results.people.map((person) => ({
        name: person.name,
        similarity: round(person.similarity),
        films: person.films.map(({ film, roles }) => ({ ...filmJson(film, deps.minReviews), roles })),
      })),
      reviews: results.reviews.map(({ film, snippet, ...hit }) => ({
        ...hit,
        // The API gives the snippet with the match marks as [[ ]], plain text for any client to render.
        snippet: snippet.replace(/\u0002/g, '[[').replace(/\u0003/g, ']]'),
      })),
    });
  });
  return api;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
