/** `plaudit quotes TITLE`: a film's honest pull quotes, attributed, for marketers (and the ones refused, on request). */
import { filmReport } from '../../use-cases/film-report.ts';
import { EXIT } from '../exit-codes.ts';
import { filmReportDeps } from '../film-report-deps.ts';
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
    const limit = options.limit || DEFAULT_LIMIT;
    // Only the quotes are wanted, but they come from the same report as `plaudit film`, so the two always agree.
    const { profile } = await filmReport(filmReportDeps(app), film);
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
