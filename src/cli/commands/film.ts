/** `plaudit film TITLE`: one film's profile and every review, or the candidates when the title is ambiguous. */
import { buildFilmProfile } from '../../aggregate/film-profile.ts';
import type { App } from '../../app.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { Film, FilmSummary } from '../../domain/film.ts';
import { EXIT } from '../exit-codes.ts';
import { filmLabel, formatProfile, formatReview } from '../format/film-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export interface FilmOptions {
  json?: boolean;
  dropped?: boolean;
}

export async function filmCommand(title: string, options: FilmOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const film = await resolveFilm(app, title);
    const reviews = await app.store.filmReviews(film.id);
    const profile = buildFilmProfile(film, reviews, { minReviews: app.config.minReviews });
    const droppedByVersion = new Map<number, Awaited<ReturnType<App['store']['droppedLines']>>>();
    if (options.dropped || options.json) {
      for (const review of reviews) droppedByVersion.set(review.versionId, await app.store.droppedLines(review.versionId));
    }
    if (options.json) {
      const withDropped = reviews.map((r) => ({ ...r, dropped: droppedByVersion.get(r.versionId) ?? [] }));
      writeLine(io.stdout, JSON.stringify({ profile, reviews: withDropped }, null, 2));
      return EXIT.ok;
    }
    writeLine(io.stdout, formatProfile(profile));
    writeLine(io.stdout);
    for (const review of reviews) {
      writeLine(io.stdout, formatReview(review, options.dropped ? droppedByVersion.get(review.versionId) : undefined));
    }
    return EXIT.ok;
  });
}

/** The one film a title names: an exact match, or the only match; otherwise an error listing the candidates. */
async function resolveFilm(app: App, title: string): Promise<Film> {
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
