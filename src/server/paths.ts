/** Every URL the server links to, in one place, so pages, API links and tests agree. */
import type { Film } from '../domain/film.ts';
import { nameKey } from '../store/name-key.ts';
import type { NameKind } from '../store/web-port.ts';

/** "Her Smell" -> "her-smell"; empty for a title with no letters or digits. */
export function slugify(text: string): string {
  return nameKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

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
