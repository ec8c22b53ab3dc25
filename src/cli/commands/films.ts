/**
 * `plaudit films`: every film in the store with its id, review count and percent positive. The id is the one the
 * website's /films/<id> and `plaudit film <id>` take, so the list says how to open each film anywhere.
 */
import type { FilmSummary } from '../../domain/film.ts';
import { EXIT } from '../exit-codes.ts';
import { filmLabel } from '../format/film-text.ts';
import { table } from '../format/table.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export async function filmsCommand(options: { json?: boolean; limit?: number }, io: CliIo, global: GlobalOptions): Promise<number> {
  const films = await withApp(io, global, (app) => app.store.listFilms());
  const shown = options.limit ? films.slice(0, options.limit) : films;
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(shown, null, 2));
    return EXIT.ok;
  }
  if (films.length === 0) {
    writeLine(io.stdout, 'No films yet. Add reviews with `plaudit ingest PATH`.');
    return EXIT.ok;
  }
  writeLine(io.stdout, table(['id', 'film', 'reviews', 'positive'], shown.map(filmRow), { alignRight: [0, 2, 3] }));
  if (shown.length < films.length) writeLine(io.stdout, `(${films.length - shown.length} more; --limit 0 lists all)`);
  return EXIT.ok;
}

function filmRow(film: FilmSummary): (string | number)[] {
  const percent = film.reviewCount > 0 ? `${Math.round((100 * film.positiveCount) / film.reviewCount)}%` : '-';
  return [film.id, filmLabel(film), film.reviewCount, percent];
}
