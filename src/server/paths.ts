/** Every URL the server links to, in one place, so pages, API links and tests agree. */
import type { Film } from '../domain/film.ts';
import { slugify } from '../store/name-key.ts';
import type { NameKind } from '../store/web-port.ts';

export { slugify };

export function filmPath(film: Pick<Film, 'id' | 'title'>): string {
  const slug = film.title ? slugify(film.title) : '';
  return slug ? `/films/${film.id}/${slug}` : `/films/${film.id}`;
}

export function namePath(kind: NameKind, id: number, name?: string | null): string {
  const slug = name ? slugify(name) : '';
  return `/${kind}s/${id}${slug ? `/${slug}` : ''}`;
}

export function badgePath(film: Pick<Film, 'id'>): string {
  return `/badge/${film.id}.svg`;
}

export function searchPath(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

export const API_PREFIX = '/api/v1';

/**
 * A path on this site, or the fallback: "next" and "back" come from the address bar and from forms, and an open
 * redirect would lend our name to phishing.
 */
export function sitePath(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : fallback;
}
