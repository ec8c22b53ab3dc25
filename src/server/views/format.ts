/** Small text helpers shared by the views: titles, dates, counts. */
import type { Film } from '../../domain/film.ts';
import { untitledFilmLabel } from '../../catalog/film-label.ts';

/** A film's title for people: untitled films from exports show their key, and the directors and year when known. */
export function filmTitle(film: Pick<Film, 'title' | 'key'> & { year?: number | null }, directors: readonly string[] = []): string {
  return film.title ?? untitledFilmLabel({ key: film.key, year: film.year ?? null }, directors);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-04-12" -> "12 Apr 2018"; a partial or odd date is shown as stored. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return iso;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** Score band names, as the profile's bands draw them (61-100, 40-60, 0-39). */
export function scoreBand(score: number): 'positive' | 'mixed' | 'negative' {
  if (score >= 61) return 'positive';
  if (score >= 40) return 'mixed';
  return 'negative';
}

/** The first `max` characters of a text, cut at a word. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.]+$/, '')}…`;
}
