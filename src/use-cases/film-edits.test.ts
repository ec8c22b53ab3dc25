/**
 * The editorial use cases on a real SQLite file, through undo.ts's registry: a merge, an edit, a top-critic mark
 * and an outlet block are each undone by `undoEntry` (what `plaudit undo ENTRY` runs), which puts back exactly
 * what the entry changed; an undone entry cannot be undone twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReview } from '../store/compliance/make-review.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { WebStore } from '../store/web-port.ts';
import { editFilm, mergeFilms } from './film-edits.ts';
import { findFilm } from './find-film.ts';
import { blockOutlet, markTopCritic } from './name-marks.ts';
import { undoEntry, type UndoStore } from './undo.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-film-edits-'));
const author = { actor: 'cli:test', reason: '' };
let store: WebStore;

beforeAll(async () => {
  store = await openSqliteStore({ path: join(dir, 'edits.db') });
  await store.saveReviews([
    makeReview({ sourceKey: 'a', film: { title: 'Salt Road', year: 2001 }, critic: 'Ann Ray', outlet: 'Reel' }),
    makeReview({ sourceKey: 'b', film: { title: 'Salt Road', year: 2001 }, critic: 'Bo Lind', outlet: 'Junk' }),
    makeReview({ sourceKey: 'c', film: { title: 'The Salt Road', year: 2001 }, critic: 'Cy Moss', outlet: 'Reel' }),
  ]);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const counts = async () => Object.fromEntries((await store.listFilms()).map((film) => [film.title, film.reviewCount]));
// The SQLite store carries every port undo may need; the cast only names the correction port this test never uses.
const undo = (id: number) => undoEntry(store as unknown as UndoStore, id, author);

describe('undoing editorial changes', () => {
  it('undoes a merge: the moved reviews go back, the aliases go, the film is listed again', async () => {
    const merged = await mergeFilms(store, { from: 'The Salt Road (2001)', into: 'Salt Road (2001)', author });
    expect(await counts()).toEqual({ 'Salt Road': 3 });
    // The merged film's id, stored key and title all name the film it was merged into.
    for (const name of [String(merged.fromFilmId), 'title:the salt road:2001', 'The Salt Road']) {
      expect((await findFilm(store, name)).id, name).toBe(merged.intoFilmId);
    }
    await undo(merged.auditId);
    expect(await counts()).toEqual({ 'Salt Road': 2, 'The Salt Road': 1 });
    expect((await store.filmCatalogFacts(merged.intoFilmId))?.aliases).toEqual([]);
    await expect(undo(merged.auditId)).rejects.toThrow(/already undone/);
  });

  it('undoes an edit: the title, year and IMDb id come back and the added alias goes', async () => {
    const edited = await editFilm(store, { film: 'Salt Road (2001)', input: { title: 'Salt Road Redux', year: 2002, imdb: 'tt7654321' }, author, currentYear: 2026 });
    expect((await store.getFilm(edited.filmId))?.title).toBe('Salt Road Redux');
    await undo(edited.auditId);
    expect(await store.getFilm(edited.filmId)).toMatchObject({ title: 'Salt Road', year: 2001 });
    expect(await store.filmCatalogFacts(edited.filmId)).toMatchObject({ imdbId: null, aliases: [] });
  });

  it('undoes a top-critic mark and an outlet block', async () => {
    const top = await markTopCritic(store, { critic: 'ann ray', top: true, author });
    const filmId = (await store.listFilms()).find((film) => film.title === 'Salt Road')!.id;
    expect((await store.filmReviews(filmId)).filter((review) => review.topCritic)).toHaveLength(1);
    await undo(top.auditId!);
    expect((await store.filmReviews(filmId)).filter((review) => review.topCritic)).toHaveLength(0);

    const block = await blockOutlet(store, { outlet: 'Junk', block: true, author: { ...author, reason: 'spam' } });
    expect((await counts())['Salt Road']).toBe(1);
    await undo(block.auditId!);
    expect((await counts())['Salt Road']).toBe(2);
  });
});
