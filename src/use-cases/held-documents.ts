/**
 * What an editor does with the held list, once for both faces: release a held document (it goes through the
 * pipeline again, vouched for, under the film the editor names or the one its evidence decides) or dismiss it.
 * A release that still cannot tell the film says so with the candidates, and the document stays held.
 */
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { FilmCandidate, HeldDocument } from '../domain/held.ts';
import { fileDocument } from './file-document.ts';
import type { ProcessOutcome } from '../pipeline/process-document.ts';
import type { ReviewStore, SaveResult } from '../store/port.ts';
import { findFilm, type FilmLookupStore, type FilmNameWording } from './find-film.ts';

export interface HeldDeps {
  store: ReviewStore;
  /** The pipeline's pure stages: in-thread for the CLI, the isolated processor for the server. */
  process: (document: RawDocument) => ProcessOutcome | Promise<ProcessOutcome>;
}

/** The film an editor names for a held review: a stored film, or the title of a film to add ("Title (Year)"). */
export type ChosenFilm = { filmId: number } | { title: string };

/**
 * The film an editor named for a release: a stored film by any of its names (find-film.ts); a name no film has is
 * the title of a film to add ("Title (Year)"). A bare number is always an id, so a mistyped id is an error.
 */
export async function chosenFilm(store: FilmLookupStore, name: string, wording?: FilmNameWording): Promise<ChosenFilm> {
  try {
    return { filmId: (await findFilm(store, name, wording)).id };
  } catch (error) {
    if (error instanceof PlauditError && error.code === 'not-found' && !/^\d+$/.test(name.trim())) return { title: name.trim() };
    throw error;
  }
}

export async function heldDocumentById(store: ReviewStore, id: number): Promise<HeldDocument> {
  const held = await store.heldDocument(id);
  if (held === null) throw new PlauditError('not-found', `There is no held document #${id}; \`plaudit held\` lists them.`);
  return held;
}

/**
 * @example
 * await releaseHeld({ store, process }, 7, { filmId: 4 }) // the review, stored under film 4; #7 is marked released
 */
export async function releaseHeld(deps: HeldDeps, id: number, film?: ChosenFilm): Promise<SaveResult> {
  const held = await stillHeld(deps.store, id);
  const document: RawDocument = { ...held.document, vouchedBy: 'an editor released it from the held list' };
  if (film !== undefined) {
    delete document.filmHint;
    if ('filmId' in film) document.filmId = film.filmId;
    else document.filmHint = film.title;
  }
  const filed = await fileDocument(deps, document);
  if (filed.kind === 'held') {
    // Still held: its film is unclear (name one), or its outlet is blocked (unblock it first).
    const what = filed.hold.code === 'which-film' ? `still does not say which film it reviews: ${filed.hold.reason}. ${nameOne(id, filed.hold.candidates)}` : `is still held: ${filed.hold.reason}.`;
    throw new PlauditError('invalid-argument', `#${id} ${what}`);
  }
  await deps.store.resolveHeld(id, { status: 'released', reviewId: filed.result.reviewId });
  return filed.result;
}

export async function dismissHeld(store: ReviewStore, id: number): Promise<void> {
  await stillHeld(store, id);
  await store.resolveHeld(id, { status: 'dismissed' });
}

async function stillHeld(store: ReviewStore, id: number): Promise<HeldDocument> {
  const held = await heldDocumentById(store, id);
  if (held.status !== 'held') {
    const review = held.reviewId === null ? '' : ` as review ${held.reviewId}`;
    throw new PlauditError('invalid-argument', `Held document #${id} was already ${held.status}${review} (${held.resolvedAt ?? 'earlier'}).`);
  }
  return held;
}

function nameOne(id: number, candidates: readonly FilmCandidate[]): string {
  const listed = candidates.map((c) => `${c.title ?? 'Untitled film'}${c.year ? ` (${c.year})` : ''}: --film ${c.filmId}`);
  const choices = listed.length > 0 ? ` Candidates: ${listed.join('; ')}.` : '';
  return `Name its film: plaudit held release ${id} --film FILM (a film's id or name, or "Title (Year)" for a film not stored yet).${choices}`;
}
