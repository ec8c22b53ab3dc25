/**
 * What editorial changes need from the store (issue 15): merging and editing films, marking critics top critics,
 * blocking outlets. Each change and its audit entry commit in one transaction, or neither does; the store
 * refuses a change that would break the data (an id already on another film) with a PlauditError.
 */
import type { AuditEntry } from '../domain/audit.ts';

/** Who makes a change and why, for the audit entry. */
export interface EditAuthor {
  /** "cli:<os user>", "token:<name>". */
  actor: string;
  reason: string;
}

export interface FilmMergeResult {
  auditId: number;
  fromFilmId: number;
  intoFilmId: number;
  movedReviews: number;
  addedAliases: string[];
}

/** A film's details as an editor sets them; absent fields stay as they are. */
export interface FilmDetailsEdit {
  title?: string;
  year?: number;
  imdbId?: string;
  tmdbId?: number;
  originalTitle?: string;
  addAliases?: string[];
}

export interface FilmEditResult {
  auditId: number;
  filmId: number;
  /** The columns that changed, and aliases added (the old title among them). */
  changed: string[];
}

/** A critic or an outlet found by id or name key, with its editorial marks. */
export interface EditableName {
  id: number;
  name: string;
  /** Critics: the top-critic mark. Outlets: whether blocked, and why. */
  topCritic?: boolean;
  blockedReason?: string | null;
}

export interface NameMarkResult {
  /** Null when the mark was already as asked: nothing written, no entry. */
  auditId: number | null;
  id: number;
  name: string;
}

export interface EditStore {
  /** Moves every review of `fromFilmId` to `intoFilmId` and leaves a redirect; refuses a film into itself. */
  mergeFilms(request: { fromFilmId: number; intoFilmId: number }, author: EditAuthor): Promise<FilmMergeResult>;
  /** Reverses a film.merge entry not yet undone; returns the undo entry's id. */
  undoFilmMerge(entry: AuditEntry, author: EditAuthor): Promise<number>;
  editFilm(filmId: number, edit: FilmDetailsEdit, author: EditAuthor): Promise<FilmEditResult>;
  /** Reverses a film.edit, critic.top or outlet.block entry not yet undone; returns the undo entry's id. */
  undoEdit(entry: AuditEntry, author: EditAuthor): Promise<number>;
  /** The film a merged film now leads to, or null when it was not merged away. */
  filmRedirect(filmId: number): Promise<number | null>;
  /** Critics or outlets with this id, or whose name key is this one. */
  namesFor(kind: 'critic' | 'outlet', query: { id: number } | { nameKey: string }): Promise<EditableName[]>;
  setCriticTop(criticId: number, top: boolean, author: EditAuthor): Promise<NameMarkResult>;
  /** Blocks (reason given) or unblocks (null) an outlet. */
  setOutletBlocked(outletId: number, reason: string | null, author: EditAuthor): Promise<NameMarkResult>;
  /** One audit entry, for undo. */
  auditEntry(id: number): Promise<AuditEntry | null>;
}
