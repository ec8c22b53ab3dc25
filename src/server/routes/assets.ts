/** The stylesheet, the icon, and the embeddable badge (/badge/<film>.svg). */
import { Hono } from 'hono';
import { PlauditError } from '../../domain/errors.ts';
import type { FilmSummary } from '../../domain/film.ts';
import { shownPercent } from '../../aggregate/expected-positive.ts';
import { findFilm, type FilmLookupStore } from '../../use-cases/find-film.ts';
import type { ServerDeps } from '../deps.ts';
import { scoreBadge } from '../svg/badge.ts';
import { ICON_SVG, stylesheetAsset } from '../static-assets.ts';
import { filmTitle } from '../views/format.ts';

/** The film a badge file names ("<film name>.svg": its id, key, IMDb id, "Title (Year)", title or slug; see use-cases/find-film.ts). */
async function badgeFilm(store: FilmLookupStore, file: string): Promise<FilmSummary> {
  if (!file.toLowerCase().endsWith('.svg')) {
    throw new PlauditError('not-found', 'A badge address is /badge/<film id, key, IMDb id, "Title (Year)", title or slug>.svg.');
  }
  return findFilm(store, file.slice(0, -'.svg'.length), {
    open: (name) => `/badge/${encodeURIComponent(name)}.svg`,
    listHint: 'A badge address is /badge/<film id, key, IMDb id, "Title (Year)", title or slug>.svg',
  });
}

export function assetRoutes(deps: ServerDeps): Hono {
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
    const film = await badgeFilm(deps.store, c.req.param('file'));
    const scored = film.reviewCount >= deps.minReviews;
    const svg = scoreBadge({
      title: filmTitle(film),
      percentPositive: scored ? shownPercent(film) : null,
      reviewCount: film.reviewCount,
    });
    // Other sites show the badge: let them cache it a while and load it cross-origin.
    c.header('Cache-Control', 'public, max-age=600');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(svg.value, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });

  return assets;
}
