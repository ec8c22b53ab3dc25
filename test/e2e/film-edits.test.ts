/**
 * Films and names under editorial control (issue 15), through the real CLI on a real database and the real
 * server over loopback HTTP: merging films (counts, aliases, redirects, findFilm by the old id), undoing a merge,
 * refused merges that change nothing, editing a film's details, marking a top critic and blocking an outlet
 * (counts drop, a new review from it is held as blocked-outlet, unblocking restores). Each change leaves an
 * audit entry, read back from the same database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app.ts';
import type { AuditAction, AuditEntry } from '../../src/domain/audit.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { startLiveServer, type LiveServer } from './browser/live-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-film-edits-'));
const db = testDatabase(dir);
const config = join(dir, 'plaudit.config.json');

interface Row {
  text: string;
  critic: string;
  outlet: string;
}

const GOOD = 'A masterpiece of suspense, brilliantly shot and superbly acted. One of the finest films of the year; highly recommended.';
const BAD = 'A tired, clumsy mess. The script is lazy, the characters are thin and the jokes fall flat. A disappointing waste of time.';

const FILMS: Record<string, Row[]> = {
  'Night Harbour (2019)': [
    { text: GOOD, critic: 'Ann Ray', outlet: 'The Daily Reel' },
    { text: `${GOOD} The harbour scenes glow.`, critic: 'Bo Lind', outlet: 'Screen Weekly' },
    { text: BAD, critic: 'Cy Moss', outlet: 'Junk Reviews' },
  ],
  'Harbour at Night (2019)': [{ text: `${GOOD} A quiet triumph.`, critic: 'Di Park', outlet: 'Film Post' }],
  'Glass Orchard (2021)': [
    { text: `${GOOD} The orchard itself is a character.`, critic: 'Ann Ray', outlet: 'The Daily Reel' },
    { text: `${BAD} The orchard cannot save it.`, critic: 'Ed Voss', outlet: 'Junk Reviews' },
  ],
};

interface FilmSummaryJson {
  id: number;
  title: string | null;
  year: number | null;
  reviewCount: number;
}

interface FilmJson {
  profile: { film: { id: number; title: string | null; year: number | null }; reviewCount: number; topCritics: { reviewCount: number } | null };
  catalog: { aliases: string[]; imdbId: string | null };
  reviews: { id: number; outlet: string | null; topCritic: boolean }[];
}

const cli = (...args: string[]) => runPlaudit(['--db', db, '--config', config, ...args]);
const filmJson = (name: string) => runPlauditJson<FilmJson>(['--db', db, '--config', config, 'film', name, '--json']);
const films = () => runPlauditJson<FilmSummaryJson[]>(['--db', db, 'films', '--json']);
let n = 0;

async function ingest(film: string, rows: readonly Row[]): Promise<{ totals: { added: number; held?: number } }> {
  const file = join(dir, `reviews-${++n}.jsonl`);
  // Export rows name their film in a column (--film is for pages and text files).
  const [, title, year] = /^(.*) \((\d{4})\)$/.exec(film)!;
  writeFileSync(file, rows.map((row) => JSON.stringify({ ...row, film: title, year: Number(year) })).join('\n'));
  return runPlauditJson(['--db', db, 'ingest', file, '--json', '--no-progress']);
}

/** The audit log's entries of one action, oldest first, read back from the same database. */
async function auditEntries(action: AuditAction): Promise<AuditEntry[]> {
  const store = await openStore({ dbPath: db }, { readonly: true });
  try {
    return (await store.auditLog({})).filter((entry) => entry.action === action).reverse();
  } finally {
    await store.close();
  }
}

function idOf(list: readonly FilmSummaryJson[], title: string): number {
  return list.find((film) => film.title === title)!.id;
}

let ids: { harbour: number; atNight: number; orchard: number };

beforeAll(async () => {
  writeFileSync(config, JSON.stringify({ minReviews: 1 }));
  for (const [film, rows] of Object.entries(FILMS)) expect((await ingest(film, rows)).totals.added, film).toBe(rows.length);
  const list = await films();
  ids = { harbour: idOf(list, 'Night Harbour'), atNight: idOf(list, 'Harbour at Night'), orchard: idOf(list, 'Glass Orchard') };
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

describe('plaudit film merge', () => {
  it('refuses a film into itself and an unknown film, changing nothing', async () => {
    const before = await films();
    const self = await cli('film', 'merge', String(ids.harbour), 'Night Harbour (2019)');
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/same film/);
    const unknown = await cli('film', 'merge', 'No Such Film At All', String(ids.harbour));
    expect(unknown.code).toBe(3);
    expect(await films()).toEqual(before);
    expect(await auditEntries('film.merge')).toEqual([]);
  });

  it('moves the reviews, keeps the old title as an alias and leaves a redirect; undo puts it all back', async () => {
    const merge = await cli('film', 'merge', 'Harbour at Night (2019)', 'Night Harbour (2019)', '--note', 'same film, festival title');
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(/1 review\(s\) moved/);
    const list = await films();
    expect(list.map((film) => film.title)).not.toContain('Harbour at Night');
    expect(list.find((film) => film.id === ids.harbour)!.reviewCount).toBe(4);
    const kept = await filmJson(String(ids.atNight));
    // The old id and the old title both open the film it was merged into.
    expect(kept.profile.film.id).toBe(ids.harbour);
    expect((await filmJson('Harbour at Night')).profile.film.id).toBe(ids.harbour);
    expect(kept.catalog.aliases).toContain('Harbour at Night');
    const [entry] = await auditEntries('film.merge');
    expect(entry!.actor).toMatch(/^cli:/);
    expect((entry!.before as { movedReviewIds: number[] }).movedReviewIds).toHaveLength(1);

    const server: LiveServer = await startLiveServer(db, ['--config', config]);
    try {
      const page = await fetch(`${server.url}/films/${ids.atNight}/harbour-at-night`, { redirect: 'manual' });
      expect(page.status).toBe(301);
      expect(page.headers.get('location')).toBe(`/films/${ids.harbour}/night-harbour`);
      const api = await fetch(`${server.url}/api/v1/films/${ids.atNight}/reviews`, { redirect: 'manual' });
      expect(api.status).toBe(308);
      expect(api.headers.get('location')).toBe(`/api/v1/films/${ids.harbour}/reviews`);
    } finally {
      await server.stop();
    }

    // A new review of the old title lands on the film it was merged into.
    await ingest('Harbour at Night (2019)', [{ text: 'Late but welcome: a tender, gripping and beautifully made thriller with a wonderful lead performance. Warmly recommended.', critic: 'Gil Hart', outlet: 'Reel Times' }]);
    expect((await films()).find((film) => film.id === ids.harbour)!.reviewCount).toBe(5);

    const entryId = /audit entry (\d+)/.exec(merge.stdout)![1]!;
    const undo = await cli('undo', entryId);
    expect(undo.code, undo.stderr).toBe(0);
    const after = await films();
    expect(after.find((film) => film.id === ids.atNight)!.reviewCount).toBe(1);
    // Only the reviews the merge moved go back; the one that arrived since stays.
    expect(after.find((film) => film.id === ids.harbour)!.reviewCount).toBe(4);
    expect((await filmJson('Night Harbour (2019)')).catalog.aliases).not.toContain('Harbour at Night');
    expect((await auditEntries('film.merge'))[0]!.undoneBy).not.toBeNull();
    expect((await cli('undo', entryId)).code).toBe(2);
  }, 60_000);
});

describe('plaudit film edit', () => {
  it('changes the title, year and IMDb id, keeps the old title findable, and refuses an IMDb id another film has', async () => {
    const edit = await cli('film', 'edit', 'Glass Orchard (2021)', '--title', 'The Glass Orchard', '--year', '2020', '--imdb', 'tt1234567');
    expect(edit.code, edit.stderr).toBe(0);
    const film = await filmJson('tt1234567');
    expect(film.profile.film).toMatchObject({ id: ids.orchard, title: 'The Glass Orchard', year: 2020 });
    expect(film.catalog.aliases).toContain('Glass Orchard');
    expect((await filmJson('Glass Orchard')).profile.film.id).toBe(ids.orchard);
    const taken = await cli('film', 'edit', String(ids.harbour), '--imdb', 'tt1234567');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/already on The Glass Orchard/);
    const bad = await cli('film', 'edit', String(ids.harbour), '--year', '1492');
    expect(bad.code).toBe(2);
    expect(await auditEntries('film.edit')).toHaveLength(1);
  }, 60_000);
});

describe('plaudit critic top', () => {
  it("counts every review by the critic in the films' top-critic figures, and --no takes it back", async () => {
    const before = await filmJson('The Glass Orchard');
    expect(before.reviews.some((review) => review.topCritic)).toBe(false);
    const top = await cli('critic', 'top', 'ann ray');
    expect(top.code, top.stderr).toBe(0);
    const after = await filmJson('The Glass Orchard');
    expect(after.profile.topCritics?.reviewCount).toBe(1);
    expect((await filmJson('Night Harbour (2019)')).profile.topCritics?.reviewCount).toBe(1);
    expect((await cli('critic', 'top', 'Nobody Atall')).code).toBe(3);
    expect((await cli('critic', 'top', 'Ann Ray', '--no')).code).toBe(0);
    expect((await filmJson('The Glass Orchard')).reviews.some((review) => review.topCritic)).toBe(false);
    expect(await auditEntries('critic.top')).toHaveLength(2);
  }, 60_000);
});

describe('plaudit outlet block', () => {
  it('takes the outlet out of every count, holds its new reviews, and unblocking restores the counts', async () => {
    expect((await cli('outlet', 'block', 'Junk Reviews')).code).toBe(2);
    const block = await cli('outlet', 'block', 'Junk Reviews', '--reason', 'paid placements');
    expect(block.code, block.stderr).toBe(0);
    const list = await films();
    expect(list.find((film) => film.id === ids.harbour)!.reviewCount).toBe(3);
    expect(list.find((film) => film.id === ids.orchard)!.reviewCount).toBe(1);
    expect((await filmJson('Night Harbour (2019)')).reviews.map((review) => review.outlet)).not.toContain('Junk Reviews');

    await ingest('Night Harbour (2019)', [{ text: `${BAD} Yet another one.`, critic: 'Fay Quill', outlet: 'junk reviews' }]);
    const held = await runPlauditJson<{ hold: { code: string; reason: string } }[]>(['--db', db, 'held', '--json']);
    expect(held.map((item) => item.hold)).toContainEqual(expect.objectContaining({ code: 'blocked-outlet', reason: expect.stringMatching(/paid placements/) }));

    expect((await cli('outlet', 'block', 'Junk Reviews', '--no')).code).toBe(0);
    const restored = await films();
    expect(restored.find((film) => film.id === ids.harbour)!.reviewCount).toBe(4);
    expect(restored.find((film) => film.id === ids.orchard)!.reviewCount).toBe(2);
    expect(await auditEntries('outlet.block')).toHaveLength(2);
  }, 60_000);
});
