/**
 * `plaudit film TITLE`: one film's profile, its merged credits (with --credits; always in --json) and every
 * review, or the candidates when the title is ambiguous.
 */
import type { App } from '../../app.ts';
import { filmReport } from '../../use-cases/film-report.ts';
import { EXIT } from '../exit-codes.ts';
import { filmReportDeps } from '../film-report-deps.ts';
import { formatCredits } from '../format/credits-text.ts';
import { formatReview } from '../format/film-text.ts';
import { formatFullProfile } from '../format/profile-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';
import { loadWeights } from '../profile-settings.ts';
import { resolveFilm } from '../resolve-film.ts';

export interface FilmOptions {
  json?: boolean;
  dropped?: boolean;
  credits?: boolean;
  /** A weights file; default the "weights" setting (plaudit.config.json), else equal weights. */
  weights?: string;
}

export async function filmCommand(title: string, options: FilmOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const film = await resolveFilm(app, title);
    const weights = loadWeights(options.weights, io.cwd, app.config);
    const { reviews, credits: merged, catalog, profile } = await filmReport(filmReportDeps(app), film, { weights });
    const droppedByVersion = new Map<number, Awaited<ReturnType<App['store']['droppedLines']>>>();
    if (options.dropped || options.json) {
      for (const review of reviews) droppedByVersion.set(review.versionId, await app.store.droppedLines(review.versionId));
    }
    const credits = options.credits || options.json ? merged : null;
    if (options.json) {
      const withDropped = reviews.map((r) => ({ ...r, dropped: droppedByVersion.get(r.versionId) ?? [] }));
      writeLine(io.stdout, JSON.stringify({ profile, catalog, credits, reviews: withDropped }, null, 2));
      return EXIT.ok;
    }
    writeLine(io.stdout, formatFullProfile(profile, reviews, { catalog, credits: merged }));
    writeLine(io.stdout);
    if (credits !== null) {
      writeLine(io.stdout, formatCredits(credits));
      writeLine(io.stdout);
    }
    for (const review of reviews) {
      writeLine(io.stdout, formatReview(review, options.dropped ? droppedByVersion.get(review.versionId) : undefined));
    }
    return EXIT.ok;
  });
}
