/**
 * GET /api/omdb: an OMDb-shaped answer (https://www.omdbapi.com/) for media tools that can be pointed at another
 * OMDb address. `i=tt0077651`, or `t=Title` with `y=Year`; `apikey` and OMDb's other parameters are accepted and
 * ignored. Our figures go in Ratings under our own source names, never "Rotten Tomatoes" or "Metacritic", and
 * Metascore stays "N/A": a tool that shows Metascore beside Metacritic's logo must not show our number there.
 * Errors keep OMDb's shape ({"Response":"False","Error":...}) with an HTTP status that says what happened.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { IMDB_ID } from '../../domain/external-ids.ts';
import { findFilmByTitle } from '../../use-cases/find-film.ts';
import { titleYearName } from '../../use-cases/film-name.ts';
import type { ListCache } from '../list-cache.ts';
import type { ServerDeps } from '../deps.ts';
import { mediaFigures, type MediaFigures } from '../media-figures.ts';
import { siteUrl } from '../site-url.ts';

/** The Ratings sources: say whose figures they are, in words no tool mistakes for another site's. */
export const OMDB_SOURCES = {
  percentPositive: 'Plaudit critics (percent positive)',
  averageScore: 'Plaudit critics (average score)',
} as const;

const NA = 'N/A';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function omdbError(c: Context, status: ContentfulStatusCode, error: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ Response: 'False', Error: error }, status);
}

export function omdbRoutes(deps: ServerDeps, lists: ListCache): Hono {
  const api = new Hono();

  api.get('/omdb', async (c) => {
    // Media tools call this from anywhere, a browser-based one included.
    c.header('Access-Control-Allow-Origin', '*');
    const i = c.req.query('i')?.trim();
    const t = c.req.query('t')?.trim();
    const y = c.req.query('y')?.trim();
    let films;
    if (i) {
      if (!IMDB_ID.test(i)) return omdbError(c, 400, 'Incorrect IMDb ID.');
      films = await deps.store.lookUpFilms({ by: 'imdb', imdb: i });
    } else if (t) {
      if (y && !/^\d{4}$/.test(y)) return omdbError(c, 400, 'Incorrect year: y is a four-digit year.');
      if (t.length > 300) return omdbError(c, 400, 'Title too long.');
      films = await findFilmByTitle(deps.store, t, y ? Number(y) : undefined);
    } else {
      return omdbError(c, 400, 'Something went wrong: give i=IMDb id, or t=Title (and y=Year).');
    }
    if (films.length === 0) return omdbError(c, 404, 'Movie not found!');
    if (films.length > 1) {
      const named = films.slice(0, 5).map((film) => titleYearName(film) ?? film.title ?? String(film.id));
      return omdbError(c, 409, `Several films match: ${named.join(', ')}. Add y=Year, or ask by i=IMDb id.`);
    }
    return c.json(omdbJson(await mediaFigures(deps, lists, films[0]!, siteUrl(c, deps.publicUrl))));
  });

  return api;
}

export function omdbJson(figures: MediaFigures) {
  const { film, catalog: facts, scores } = figures;
  const orNa = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? NA : value);
  const list = (values: readonly string[] | undefined) => (values && values.length > 0 ? values.join(', ') : NA);
  const ratings = scores === null ? [] : [
    { Source: OMDB_SOURCES.percentPositive, Value: `${scores.percentPositive}%` },
    { Source: OMDB_SOURCES.averageScore, Value: `${scores.averageScore}/100` },
  ];
  return {
    Title: orNa(film.title),
    Year: film.year === null ? NA : String(film.year),
    Rated: orNa(facts?.mpaaRating),
    Released: releasedOf(facts?.releaseDate ?? null),
    Runtime: facts?.runtimeMinutes ? `${facts.runtimeMinutes} min` : NA,
    Genre: list(facts?.genres),
    Director: list(facts?.directors),
    Plot: orNa(facts?.synopsis),
    Ratings: ratings,
    Metascore: NA,
    imdbID: orNa(facts?.imdbId),
    Type: 'movie',
    Website: figures.link,
    Response: 'True',
  };
}

/** OMDb writes dates as "25 Oct 1978". */
function releasedOf(iso: string | null): string {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NA;
  return `${match[3]} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`.replace(/\s+/g, ' ');
}
