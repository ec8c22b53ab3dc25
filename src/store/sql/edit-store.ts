/**
 * The SQLite store with the edit port (edit-port.ts) on top of the web store: each editorial change runs in one
 * write transaction with its audit entry (film-merge.ts, editorial-writes.ts), and counts as an own write so the
 * web caches forget what it changed.
 */
import type { AuditEntry } from '../../domain/audit.ts';
import type { EditAuthor, EditableName, EditStore, FilmDetailsEdit, FilmEditResult, FilmMergeResult, NameMarkResult } from '../edit-port.ts';
import { auditEntry } from './audit-log.ts';
import * as undo from './editorial-undo.ts';
import * as writes from './editorial-writes.ts';
import * as merge from './film-merge.ts';
import { SqlWebStore } from './web-store.ts';
import type { Kysely } from 'kysely';
import type { Tables } from './tables.ts';
import type { SqlStoreOptions } from './review-store.ts';

export class SqlEditStore extends SqlWebStore implements EditStore {
  readonly #db: Kysely<Tables>;

  constructor(options: SqlStoreOptions) {
    super(options);
    this.#db = options.db;
  }

  mergeFilms(request: { fromFilmId: number; intoFilmId: number }, author: EditAuthor): Promise<FilmMergeResult> {
    return this.#change('merge films', async (db, now) => {
      const result = await merge.mergeFilms(db, { ...request, author, now });
      return { result, filmIds: [request.fromFilmId, request.intoFilmId] };
    });
  }

  undoFilmMerge(entry: AuditEntry, author: EditAuthor): Promise<number> {
    return this.#change('undo a film merge', async (db, now) => {
      const { auditId, filmIds } = await merge.undoFilmMerge(db, { entry, author, now });
      return { result: auditId, filmIds };
    });
  }

  editFilm(filmId: number, edit: FilmDetailsEdit, author: EditAuthor): Promise<FilmEditResult> {
    return this.#change('edit a film', async (db, now) => ({ result: await writes.editFilm(db, filmId, edit, { author, now }), filmIds: [] }));
  }

  undoEdit(entry: AuditEntry, author: EditAuthor): Promise<number> {
    return this.#change('undo an edit', async (db, now) => {
      const request = { entry, author, now };
      if (entry.action === 'critic.top') return { result: await undo.undoCriticTop(db, request), filmIds: [] };
      if (entry.action !== 'outlet.block') return { result: await undo.undoFilmEdit(db, request), filmIds: [] };
      const auditId = await undo.undoOutletBlock(db, request);
      return { result: auditId, filmIds: await writes.outletFilms(db, entry.targetId) };
    });
  }

  async filmRedirect(filmId: number): Promise<number | null> {
    const row = await this.#db.selectFrom('film_redirects').select('to_film_id').where('from_film_id', '=', filmId).executeTakeFirst();
    return row?.to_film_id ?? null;
  }

  namesFor(kind: 'critic' | 'outlet', query: { id: number } | { nameKey: string }): Promise<EditableName[]> {
    return writes.namesFor(this.#db, kind, query);
  }

  setCriticTop(criticId: number, top: boolean, author: EditAuthor): Promise<NameMarkResult> {
    return this.#change('mark a top critic', async (db, now) => ({ result: await writes.setCriticTop(db, criticId, top, { author, now }), filmIds: [] }));
  }

  setOutletBlocked(outletId: number, reason: string | null, author: EditAuthor): Promise<NameMarkResult> {
    return this.#change('block an outlet', async (db, now) => {
      const { filmIds, ...result } = await writes.setOutletBlocked(db, outletId, reason, { author, now });
      return { result, filmIds };
    });
  }

  auditEntry(id: number): Promise<AuditEntry | null> {
    return auditEntry(this.#db, id);
  }

  async #change<T>(what: string, work: (db: Kysely<Tables>, now: string) => Promise<{ result: T; filmIds: readonly number[] }>): Promise<T> {
    try {
      return await this.edit(what, work);
    } finally {
      this.noteOwnWrite();
    }
  }
}
