/**
 * Which film a badge address names: /badge/<name>.svg, where the name is the film's id ("12", or "12-her-smell"
 * as in page addresses), its key (an export's own key such as "m/0814255", or the stored "key:m/0814255" or
 * "title:her smell:"), its slug ("her-smell") or its title ("Her Smell", URL-encoded; case and accents do not
 * matter). The first kind that matches decides; a title or slug that two films share names neither, and the
 * error says so and points to the id. Pure: the films are handed in.
 */
import { PlauditError } from '../domain/errors.ts';
import type { FilmSummary } from '../domain/film.ts';
import { nameKey } from '../store/name-key.ts';
import { slugify } from './paths.ts';
import { filmTitle } from './views/format.ts';

/** Longer than any title or key worth looking up. */
const MAX_NAME = 300;

function label(film: FilmSummary): string {
  return `${filmTitle(film)}${film.year ? ` (${film.year})` : ''}, id ${film.id}`;
}

function one(matches: FilmSummary[], name: string, kind: string): FilmSummary | null {
  if (matches.length <= 1) return matches[0] ?? null;
  const listed = matches.slice(0, 5).map(label).join('; ');
  const more = matches.length > 5 ? `; and ${matches.length - 5} more` : '';
  throw new PlauditError(
    'not-found',
    `The ${kind} "${name}" is shared by ${matches.length} films (${listed}${more}), so the badge cannot tell which: use the film's id, e.g. /badge/${matches[0]!.id}.svg.`,
  );
}

/**
 * @example
 * findBadgeFilm(films, '12')          // film 12
 * findBadgeFilm(films, 'm/0814255')   // the film the export keyed m/0814255
 * findBadgeFilm(films, 'Her Smell')   // by title; throws not-found naming both films when two share it
 */
export function findBadgeFilm(films: readonly FilmSummary[], name: string): FilmSummary {
  const trimmed = name.trim();
  if (trimmed !== '' && trimmed.length <= MAX_NAME) {
    // An id first, as film page addresses give it. A title made of digits ("1917") is still found when no film has that id.
    const id = /^(\d{1,15})(?:-[\p{L}\p{N}-]*)?$/u.exec(trimmed);
    const byId = id ? films.find((film) => film.id === Number(id[1])) : undefined;
    if (byId) return byId;

    const byKey = films.find((film) => film.key === trimmed || film.key === `key:${trimmed}`);
    if (byKey) return byKey;

    const title = nameKey(trimmed);
    const byTitle = one(films.filter((film) => film.title !== null && nameKey(film.title) === title), trimmed, 'title');
    if (byTitle) return byTitle;

    const slug = slugify(trimmed);
    const bySlug = slug === '' ? null : one(films.filter((film) => film.title !== null && slugify(film.title) === slug), trimmed, 'slug');
    if (bySlug) return bySlug;
  }
  throw new PlauditError('not-found', `No film has the id, key, slug or title "${name}". A badge address is /badge/<film id, key, slug or title>.svg.`);
}
