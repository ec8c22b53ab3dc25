/**
 * Films under editorial control: merge one film into another, undo a merge, edit a film's details. Both faces
 * call these with the film names their user gave (find-film.ts resolves them) and an actor for the audit log;
 * values are checked here the way the catalog checks them, and the store makes each change with its audit
 * entry in one transaction.
 */
import { readImdbId, readTmdbId, readYear, type Read } from '../catalog/catalog-values.ts';
import { PlauditError } from '../domain/errors.ts';
import type { EditAuthor, EditStore, FilmDetailsEdit, FilmEditResult, FilmMergeResult } from '../store/edit-port.ts';
import { findFilm, type FilmLookupStore, type FilmNameWording } from './find-film.ts';

export type FilmEditStore = EditStore & FilmLookupStore;

export interface FilmMergeRequest {
  from: string;
  into: string;
  author: EditAuthor;
  wording?: FilmNameWording;
}

/** @example await mergeFilms(store, { from: '12', into: 'Halloween (1978)', author: { actor: 'cli:ann', reason: '' } }) */
export async function mergeFilms(store: FilmEditStore, request: FilmMergeRequest): Promise<FilmMergeResult> {
  const from = await findFilm(store, request.from, request.wording);
  const into = await findFilm(store, request.into, request.wording);
  // findFilm follows redirects, so a film already merged into the other names the other itself.
  if (from.id === into.id) {
    throw new PlauditError('invalid-argument', `"${request.from}" and "${request.into}" name the same film (${from.id}): nothing to merge`);
  }
  return store.mergeFilms({ fromFilmId: from.id, intoFilmId: into.id }, request.author);
}

/** A film edit as a face receives it: strings, checked here. */
export interface FilmEditInput {
  title?: string;
  year?: string | number;
  imdb?: string;
  tmdb?: string | number;
  originalTitle?: string;
  addAliases?: string[];
}

export async function editFilm(
  store: FilmEditStore,
  request: { film: string; input: FilmEditInput; author: EditAuthor; currentYear: number; wording?: FilmNameWording },
): Promise<FilmEditResult> {
  const edit = readFilmEdit(request.input, request.currentYear);
  if (Object.keys(edit).length === 0) throw new PlauditError('invalid-argument', 'nothing to edit: give a title, year, IMDb or TMDb id, original title or alias');
  const film = await findFilm(store, request.film, request.wording);
  return store.editFilm(film.id, edit, request.author);
}

/** The edit's values, each checked as the catalog checks it; the first bad one refuses the whole edit. */
export function readFilmEdit(input: FilmEditInput, currentYear: number): FilmDetailsEdit {
  const edit: FilmDetailsEdit = {};
  const text = (value: string, what: string): string => {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean === '') throw new PlauditError('invalid-argument', `${what} cannot be empty`);
    return clean;
  };
  if (input.title !== undefined) edit.title = text(input.title, 'the title');
  if (input.originalTitle !== undefined) edit.originalTitle = text(input.originalTitle, 'the original title');
  if (input.year !== undefined) edit.year = valueOf(readYear(String(input.year).trim(), currentYear));
  if (input.imdb !== undefined) edit.imdbId = valueOf(readImdbId(input.imdb.trim()));
  if (input.tmdb !== undefined) edit.tmdbId = valueOf(readTmdbId(String(input.tmdb).trim()));
  if (input.addAliases !== undefined && input.addAliases.length > 0) edit.addAliases = input.addAliases.map((alias) => text(alias, 'an alias'));
  return edit;
}

function valueOf<T>(read: Read<T>): T {
  if ('reason' in read) throw new PlauditError('invalid-argument', read.reason);
  return read.value;
}
