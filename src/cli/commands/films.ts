/**
 * `plaudit films`: the films in the store with their id, review count and percent positive. The id is the one the
 * website's /films/<id> and `plaudit film <id>` take, so the list says how to open each film anywhere. By default
 * only films with a counted review, as the website's film list: an imported catalog (`plaudit catalog import`)
 * holds hundreds of films no review names yet, which would bury the ones that have some. --all lists those too.
 */
import type { FilmSummary } from '../../domain/film.ts';
import { shownPercent } from '../../aggregate/expected-positive.ts';
import { EXIT } from '../exit-codes.ts';
import { filmLabel } from '../format/film-text.ts';
import { table } from '../format/table.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export interface FilmsOptions {
  json?: boolean;
  limit?: number;
  /** Also list films without a counted review (catalog-only films, films whose reviews were all removed). */
  all?: boolean;
}

export async function filmsCommand(options: FilmsOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  const stored = await withApp(io, global, (app) => app.store.listFilms());
  const films = options.all ? stored : stored.filter((film) => film.reviewCount > 0);
  const shown = options.limit ? films.slice(0, options.limit) : films;
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(shown, null, 2));
    return EXIT.ok;
  }
  const hidden = stored.length - films.length;
  if (films.length === 0) {
    const without = hidden === 0 ? '' : ` (${hidden} without any; \`plaudit films --all\` lists them)`;
    writeLine(io.stdout, `No films ${hidden === 0 ? '' : 'with reviews '}yet${without}. Add reviews with \`plaudit ingest PATH\`.`);
    return EXIT.ok;
  }
  writeLine(io.stdout, table(['id', 'film', 'reviews', 'positive'], shown.map(filmRow), { alignRight: [0, 2, 3] }));
  if (shown.length < films.length) writeLine(io.stdout, `(${films.length - shown.length} more; --limit 0 lists all)`);
  if (hidden > 0) writeLine(io.stdout, `(${hidden} film(s) without reviews not listed, such as catalog-only films; --all lists them)`);
  return EXIT.ok;
}

function filmRow(film: FilmSummary): (string | number)[] {
  const percent = film.reviewCount > 0 ? `${shownPercent(film)}%` : '-';
  return [film.id, filmLabel(film), film.reviewCount, percent];
}
