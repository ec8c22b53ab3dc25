/** The editorial commands (grammar in edit-commands.ts): each resolves its names, calls the use case, says what changed. */
import { userInfo } from 'node:os';
import type { App } from '../../app.ts';
import type { EditAuthor } from '../../store/edit-port.ts';
import { editFilm, mergeFilms } from '../../use-cases/film-edits.ts';
import { blockOutlet, markTopCritic } from '../../use-cases/name-marks.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

/** The audit log's actor for the CLI: the operating-system user who ran the command. */
function author(reason: string | undefined): EditAuthor {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): still an actor a person can read.
    user = 'unknown';
  }
  return { actor: `cli:${user}`, reason: reason ?? '' };
}

function wording(app: App) {
  return { listHint: `\`plaudit films\` lists the films in ${app.config.dbPath}, with their ids` };
}

export async function filmMergeCommand(from: string, into: string, options: { note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const result = await mergeFilms(app.store, { from, into, author: author(options.note), wording: wording(app) });
    const aliases = result.addedAliases.length === 0 ? '' : `; aliases added: ${result.addedAliases.join(', ')}`;
    writeLine(io.stdout, `merged film ${result.fromFilmId} into film ${result.intoFilmId}: ${result.movedReviews} review(s) moved${aliases} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}

export interface FilmEditCliOptions {
  title?: string;
  year?: string;
  imdb?: string;
  tmdb?: string;
  originalTitle?: string;
  addAlias?: string[];
  note?: string;
}

export async function filmEditCommand(film: string, options: FilmEditCliOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const result = await editFilm(app.store, {
      film,
      input: {
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.year === undefined ? {} : { year: options.year }),
        ...(options.imdb === undefined ? {} : { imdb: options.imdb }),
        ...(options.tmdb === undefined ? {} : { tmdb: options.tmdb }),
        ...(options.originalTitle === undefined ? {} : { originalTitle: options.originalTitle }),
        ...(options.addAlias === undefined ? {} : { addAliases: options.addAlias }),
      },
      author: author(options.note),
      currentYear: new Date().getUTCFullYear(),
      wording: wording(app),
    });
    if (result.changed.length === 0) writeLine(io.stdout, `film ${result.filmId}: nothing changed`);
    else writeLine(io.stdout, `film ${result.filmId}: changed ${result.changed.join(', ')} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}

export async function criticTopCommand(name: string, options: { no?: boolean; note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const top = options.no !== true;
    const result = await markTopCritic(app.store, { critic: name, top, author: author(options.note) });
    const what = top ? 'a top critic' : 'not a top critic';
    writeLine(io.stdout, result.auditId === null ? `${result.name} was already ${what}` : `${result.name} is now ${what} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}

export async function outletBlockCommand(name: string, options: { no?: boolean; reason?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const block = options.no !== true;
    const result = await blockOutlet(app.store, { outlet: name, block, author: author(options.reason) });
    const what = block ? 'blocked' : 'unblocked';
    writeLine(io.stdout, result.auditId === null ? `${result.name} was already ${what}` : `${result.name} is now ${what} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}
