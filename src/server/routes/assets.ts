/** The stylesheet, the icon, and the embeddable badge (/badge/<film>.svg). */
import { Hono } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { FilmSummary } from '../../domain/film.ts';
import type { Catalog } from '../catalog.ts';
import type { ServerDeps } from '../deps.ts';
import { scoreBadge } from '../svg/badge.ts';
import { ICON_SVG, stylesheetAsset } from '../static-assets.ts';
import { filmTitle } from '../views/format.ts';

/** "12.svg", "12-her-smell.svg" (an id), or "her-smell.svg" (a title, when it names one film). */
async function badgeFilm(deps: ServerDeps, catalog: Catalog, file: string): Promise<FilmSummary> {
  const match = /^(?:(\d{1,15})(?:-[\p{L}\p{N}-]*)?|([\p{L}\p{N}][\p{L}\p{N}-]{0,200}))\.svg$/u.exec(file);
  if (!match) throw new PlauditError('not-found', 'A badge address is /badge/<film id or title>.svg.');
  if (match[1] !== undefined) {
    const film = await catalog.film(Number(match[1]));
    if (film !== null) return film;
  } else {
    const [first] = await deps.store.findFilms((match[2] as string).replace(/-/g, ' '));
    const film = first === undefined ? null : await catalog.film(first.id);
    if (film !== null) return film;
  }
  throw new PlauditError('not-found', `No film for the badge ${file}.`);
}

export function assetRoutes(deps: ServerDeps, catalog: Catalog): Hono {
  const assets = new Hono();

  assets.get('/static/:file', (c) => {
    const sheet = stylesheetAsset();
    if (`/static/${c.req.param('file')}` !== sheet.path) throw new PlauditError('not-found', 'No such file.');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(sheet.body, 200, { 'Content-Type': sheet.contentType });
  });

  assets.get('/favicon.svg', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(ICON_SVG, 200, { 'Content-Type': 'image/svg+xml' });
  });

  assets.get('/badge/:file', async (c) => {
    const film = await badgeFilm(deps, catalog, c.req.param('file'));
    const scored = film.reviewCount >= deps.minReviews;
    const svg = scoreBadge({
      title: filmTitle(film),
      percentPositive: scored ? Math.round((100 * film.positiveCount) / film.reviewCount) : null,
      reviewCount: film.reviewCount,
    });
    // Other sites show the badge: let them cache it a while and load it cross-origin.
    c.header('Cache-Control', 'public, max-age=600');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(svg.value, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });

  return assets;
}
