/** The editorial commands (grammar in edit-commands.ts): each resolves its names, calls the use case, says what changed. */
import { editFilm, mergeFilms } from '../../use-cases/film-edits.ts';
import { blockOutlet, markTopCritic } from '../../use-cases/name-marks.ts';
import { cliAuthor, filmNameWording } from '../edit-author.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';



export async function filmMergeCommand(from: string, into: string, options: { note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const result = await mergeFilms(app.store, { from, into, author: cliAuthor(options.note), wording: filmNameWording(app) });
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
      author: cliAuthor(options.note),
      currentYear: new Date().getUTCFullYear(),
      wording: filmNameWording(app),
    });
    if (result.changed.length === 0) writeLine(io.stdout, `film ${result.filmId}: nothing changed`);
    else writeLine(io.stdout, `film ${result.filmId}: changed ${result.changed.join(', ')} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}

export async function criticTopCommand(name: string, options: { no?: boolean; note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const top = options.no !== true;
    const result = await markTopCritic(app.store, { critic: name, top, author: cliAuthor(options.note) });
    const what = top ? 'a top critic' : 'not a top critic';
    writeLine(io.stdout, result.auditId === null ? `${result.name} was already ${what}` : `${result.name} is now ${what} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}

export async function outletBlockCommand(name: string, options: { no?: boolean; reason?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const block = options.no !== true;
    const result = await blockOutlet(app.store, { outlet: name, block, author: cliAuthor(options.reason) });
    const what = block ? 'blocked' : 'unblocked';
    writeLine(io.stdout, result.auditId === null ? `${result.name} was already ${what}` : `${result.name} is now ${what} (audit entry ${result.auditId})`);
    return EXIT.ok;
  });
}
