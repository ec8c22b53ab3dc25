/** Who a command-line change is by, for the audit log, and how film-name errors point at the film list. */
import { databaseLabel } from '../store/postgres/database-url.ts';
import { userInfo } from 'node:os';
import type { App } from '../app.ts';
import type { EditAuthor } from '../store/edit-port.ts';
import type { FilmNameWording } from '../use-cases/find-film.ts';

/** The audit log's actor for the CLI: the operating-system user who ran the command. */
export function cliAuthor(reason: string | undefined): EditAuthor {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): still an actor a person can read.
    user = 'unknown';
  }
  return { actor: `cli:${user}`, reason: reason ?? '' };
}

export function filmNameWording(app: App): FilmNameWording {
  return { listHint: `\`plaudit films\` lists the films in ${databaseLabel(app.config.dbPath)}, with their ids` };
}
