/** `plaudit quotes TITLE`: a film's honest pull quotes, attributed, for marketers (and the ones refused, on request). */
import { mergeCredits } from '../../aggregate/credits/merge-credits.ts';
import { buildFilmProfile } from '../../aggregate/film-profile.ts';
import { EXIT } from '../exit-codes.ts';
import { formatQuotes } from '../format/quotes-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';
import { resolveFilm } from '../resolve-film.ts';

export interface QuotesOptions {
  json?: boolean;
  limit?: number;
  flagged?: boolean;
}

const DEFAULT_LIMIT = 10;

export async function quotesCommand(title: string, options: QuotesOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const film = await resolveFilm(app, title, 'quotes');
    const reviews = await app.store.filmReviews(film.id);
    const limit = options.limit || DEFAULT_LIMIT;
    const cast = mergeCredits(await app.store.filmFacts(film.id)).credits.filter((c) => c.kind === 'cast').map((c) => c.value);
    // Only the quotes are wanted, but they come from the same build as `plaudit film`, so the two always agree.
    const profile = buildFilmProfile(film, reviews, { minReviews: app.config.minReviews, model: app.model, cast });
    const quotes = profile.pullQuotes!;
    if (options.json) {
      const { film: best, ...rest } = quotes;
      writeLine(io.stdout, JSON.stringify({ film, quotes: best.slice(0, limit), ...rest }, null, 2));
      return EXIT.ok;
    }
    writeLine(io.stdout, formatQuotes(film, quotes, { limit, flagged: options.flagged ?? false }));
    return EXIT.ok;
  });
}
