/** The one film a title names, for every command that takes a TITLE argument. */
import type { App } from '../app.ts';
import { PlauditError } from '../domain/errors.ts';
import type { Film, FilmSummary } from '../domain/film.ts';
import { filmLabel } from './format/film-text.ts';

/** An exact match, or the only match; otherwise an error listing the candidates. */
export async function resolveFilm(app: App, title: string): Promise<Film> {
  const matches = await app.store.findFilms(title);
  if (matches.length === 0) {
    throw new PlauditError('not-found', `No film matches "${title}". \`plaudit films\` lists the films in ${app.config.dbPath}.`);
  }
  const wanted = title.trim().toLowerCase();
  const exact = matches.filter((f) => f.title?.toLowerCase() === wanted || f.key.toLowerCase() === `key:${wanted}`);
  if (exact.length === 1 || matches.length === 1) return (exact[0] ?? matches[0]) as FilmSummary;
  const names = (exact.length > 1 ? exact : matches).slice(0, 10).map((f) => `  ${filmLabel(f)} (${f.reviewCount} reviews)`);
  throw new PlauditError('invalid-argument', `"${title}" matches several films; be more specific:\n${names.join('\n')}`);
}
