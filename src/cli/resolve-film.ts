/** The one film a name names, for every command that takes a FILM argument: use-cases/find-film.ts, in CLI words. */
import { databaseLabel } from '../store/postgres/database-url.ts';
import type { App } from '../app.ts';
import type { FilmSummary } from '../domain/film.ts';
import { findFilm, type FilmNameWording } from '../use-cases/find-film.ts';

/** A name as the user would type it again: bare when the shell leaves it alone, else in double quotes. */
function shellWord(name: string): string {
  return /^[\w./:@+-]+$/.test(name) ? name : `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The film, or an error that lists the films a name fits, each with the command that opens it
 * (`plaudit film "Halloween (1978)"`).
 */
export async function resolveFilm(app: App, name: string, command = 'film'): Promise<FilmSummary> {
  return findFilm(app.store, name, filmWording(app, command));
}

/** How a film-name error words its advice in the CLI: the command that opens each candidate, and where to list films. */
export function filmWording(app: App, command = 'film'): FilmNameWording {
  return {
    open: (film) => `plaudit ${command} ${shellWord(film)}`,
    listHint: `\`plaudit films\` lists the films in ${databaseLabel(app.config.dbPath)}, with their ids`,
  };
}
