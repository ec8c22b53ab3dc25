/**
 * Editorial changes that must last, through the real CLI on a real database (issue 15): a moved review stays on
 * its film through a new version of its document that names the old film; a corrected verdict and a removal
 * survive every film being read again by another model, which never reads the corrected review; a film titled
 * like a `film` subcommand can be shown and edited; a merged film leaves the search index, the film total and the
 * film list, and comes back on undo; and `plaudit films` lists catalog-only films only with --all. The reviews are
 * short ones written for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app.ts';
import type { AuditEntry } from '../../src/domain/audit.ts';
import type { FilmSummary, StoredReview } from '../../src/domain/film.ts';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { readFilmsInContext, type FilmRereader } from '../../src/use-cases/read-films-in-context.ts';
import type { SqlReviewStore } from '../../src/store/sql/review-store.ts';
import type { WebStore } from '../../src/store/web-port.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const HARBOUR = 'Quiet Harbour (2021)';
const OTHER = 'Other Shore (2019)';
const REVIEWS: Record<string, [film: string, text: string]> = {
  'tender.txt': [HARBOUR, 'A tender, funny and beautifully acted film. I loved every minute of it; a triumph.'],
  'slog.txt': [HARBOUR, 'A dull, lifeless slog. The script is lazy and the acting is wooden. Avoid it.'],
  'gorgeous.txt': [HARBOUR, 'Gorgeous to look at and moving, with a superb lead performance. Highly recommended.'],
  'warm.txt': [HARBOUR, 'A warm, clever and delightful film, beautifully acted and a joy to watch.'],
  'lovely.txt': [OTHER, 'A lovely, warm and witty film with a wonderful cast. I recommend it without reservation.'],
};

interface FilmJson {
  profile: { film: { id: number }; reviewCount: number; positiveCount: number };
  reviews: StoredReview[];
}

const dir = mkdtempSync(join(tmpdir(), 'plaudit-durability-'));
const db = testDatabase(dir);
const file = (name: string) => join(dir, name);
const plaudit = (...args: string[]) => runPlaudit(['--db', db, ...args]);
const plauditJson = <T>(...args: string[]) => runPlauditJson<T>(['--db', db, ...args]);
const film = (name: string) => plauditJson<FilmJson>('film', 'show', name, '--json');
const show = (id: number) => plauditJson<StoredReview>('review', 'show', String(id), '--json');
const films = (...flags: string[]) => plauditJson<FilmSummary[]>('films', '--json', ...flags);
const log = () => plauditJson<AuditEntry[]>('log', '--json', '--limit', '0');
const ids: Record<string, number> = {};

async function ok(...args: string[]): Promise<string> {
  const result = await plaudit(...args);
  expect(result.code, `plaudit ${args.join(' ')}\n${result.stderr}${result.stdout}`).toBe(0);
  return result.stdout;
}

async function ingest(name: string, text: string, ...flags: string[]): Promise<IngestReport> {
  writeFileSync(file(name), text);
  return JSON.parse(await ok('ingest', file(name), '--json', '--no-progress', ...flags)) as IngestReport;
}

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

beforeAll(async () => {
  for (const [name, [title, text]] of Object.entries(REVIEWS)) await ingest(name, text, '--film', title);
  for (const name of [HARBOUR, OTHER]) {
    for (const review of (await film(name)).reviews) ids[review.sourceName.replace(/^.*\//, '')] = review.id;
  }
}, 60_000);

describe('a moved review', () => {
  it('stays on the film it was moved to through a new version whose text names the old film', async () => {
    const slog = ids['slog.txt']!;
    const other = (await film(OTHER)).profile.film.id;
    await ok('review', 'set', String(slog), '--score', '5', '--note', 'harsher than its figure');
    await ok('review', 'move', String(slog), '--film', OTHER, '--note', 'about the other film');
    const harbourBefore = await film(HARBOUR);

    // The text now names the old film on its first line, as a page's heading would.
    const named = await ingest('slog.txt', `${HARBOUR}\n\n${REVIEWS['slog.txt']![1]} Truly the worst film of the year.`);
    expect(named.totals).toMatchObject({ added: 0, newVersions: 1 });
    expect(named.conflicts).toEqual([]);
    const moved = await show(slog);
    expect(moved).toMatchObject({ filmId: other, version: 2, score: 5, scoreSource: 'editor' });
    expect(moved.correction).toMatchObject({ score: 5, textChangedSince: true });
    expect(await film(HARBOUR)).toEqual(harbourBefore);
    expect((await film(OTHER)).reviews.filter((r) => r.sourceName.endsWith('slog.txt')).map((r) => r.id)).toEqual([slog]);

    // Named outright with --film, the same.
    const hinted = await ingest('slog.txt', `${REVIEWS['slog.txt']![1]} A chore from start to finish.`, '--film', HARBOUR);
    expect(hinted.totals).toMatchObject({ added: 0, newVersions: 1 });
    expect(await show(slog)).toMatchObject({ filmId: other, version: 3, score: 5 });
    expect(await film(HARBOUR)).toEqual(harbourBefore);
  }, 60_000);

  it('changes nothing when the identical file is ingested again', async () => {
    const before = { harbour: await film(HARBOUR), other: await film(OTHER), log: await log(), review: await show(ids['slog.txt']!) };
    const again = JSON.parse(await ok('ingest', file('slog.txt'), '--json', '--no-progress', '--film', HARBOUR)) as IngestReport;
    expect(again.totals).toMatchObject({ added: 0, newVersions: 0, unchanged: 1 });
    expect({ harbour: await film(HARBOUR), other: await film(OTHER), log: await log(), review: await show(ids['slog.txt']!) }).toEqual(before);
  });
});

describe('corrections when every film is read again by another model', () => {
  it('keep a corrected verdict and score and a removal, and the other model never reads the corrected review as text', async () => {
    const tender = ids['tender.txt']!;
    const gorgeous = ids['gorgeous.txt']!;
    await ok('review', 'set', String(tender), '--verdict', 'negative', '--score', '20', '--note', 'sarcastic');
    await ok('review', 'remove', String(gorgeous), '--reason', 'a press release, not a review');
    const tenderVersion = (await show(tender)).versionId;
    const gorgeousVersion = (await show(gorgeous)).versionId;

    // No command re-judges stored reviews; the store reads every film again (after an upgrade, and a film on every
    // save that touches it) with whatever model it is given. This one reads every review the other way.
    const read: { versionId: number; verdict: string; verdictSource?: string }[] = [];
    const flipped: FilmRereader = (reviews) => {
      read.push(...reviews.map((review) => review as unknown as (typeof read)[number]));
      const other = reviews.map((review) => ({ ...review, verdict: review.verdict === 'positive' ? 'negative' : 'positive', score: 100 - review.score }) as typeof review);
      return { reviews: other, pooled: other.length };
    };
    // openStore's port leaves out rereadAllFilms, which only the store itself calls (after a migration).
    const store = (await openStore({ dbPath: db }, { onFilmsChanged: readFilmsInContext(flipped) })) as WebStore & Pick<SqlReviewStore, 'rereadAllFilms'>;
    try {
      await store.rereadAllFilms();
    } finally {
      await store.close();
    }
    expect(read.length).toBeGreaterThan(0);
    // A removed review is not read at all; a corrected one at most as a label (the editor's verdict), never as text.
    expect(read.filter((r) => r.versionId === gorgeousVersion)).toEqual([]);
    for (const r of read.filter((r) => r.versionId === tenderVersion)) expect(r).toMatchObject({ verdict: 'negative', verdictSource: 'editor' });

    const harbour = await film(HARBOUR);
    const warm = harbour.reviews.find((r) => r.id === ids['warm.txt'])!;
    expect(warm.verdict).toBe('negative');
    expect(harbour.reviews.find((r) => r.id === tender)).toMatchObject({ verdict: 'negative', score: 20, verdictSource: 'editor', scoreSource: 'editor', readInContext: null });
    expect(harbour.reviews.map((r) => r.id)).not.toContain(gorgeous);
    expect((await show(gorgeous)).correction).toMatchObject({ removed: true });

    // The shipped model reads the film again when a review is added: the correction and the removal still stand.
    await ingest('more.txt', 'Review four: a clever, funny and moving film, wonderfully acted. A delight.', '--film', HARBOUR);
    const after = await film(HARBOUR);
    expect(after.reviews.find((r) => r.id === tender)).toMatchObject({ verdict: 'negative', score: 20, verdictSource: 'editor', readInContext: null });
    expect(after.reviews.map((r) => r.id)).not.toContain(gorgeous);
  }, 60_000);
});

describe('a film titled like a film subcommand', () => {
  it('is shown with `film show` or after --, and edited with `film edit`', async () => {
    await ingest('edit.txt', 'A bold, thrilling and superbly made film about a film editor. A triumph.', '--film', 'Edit');
    expect((await ok('film', 'show', 'edit')).split('\n')[0]).toBe('Edit');
    expect((await ok('film', 'show', 'Edit', '--json')).startsWith('{')).toBe(true);
    expect((await ok('film', '--', 'edit')).split('\n')[0]).toBe('Edit');
    const dashed = JSON.parse(await ok('film', '--json', '--', 'edit')) as FilmJson;
    expect(dashed.reviews).toHaveLength(1);
    await ok('film', 'edit', 'edit', '--year', '2001', '--note', 'the year of release');
    expect((await film('Edit (2001)')).profile.film.id).toBe(dashed.profile.film.id);
    const usage = await plaudit('film', 'edit');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('to show a film titled "edit", run `plaudit film show edit`');
    expect(await ok('film', '--help')).toMatch(/plaudit film show NAME[\s\S]*plaudit film -- NAME/);
  }, 60_000);
});

describe('a merged film', () => {
  const searchFilms = async (query: string): Promise<{ ids: number[]; films: number }> => {
    const store = await openStore({ dbPath: db }, { readonly: true });
    try {
      const hits = await store.searchNames(query, { limit: 20 });
      return { ids: hits.filter((hit) => hit.kind === 'film').map((hit) => hit.id), films: (await store.counts()).films };
    } finally {
      await store.close();
    }
  };

  it('leaves the search index, the film total and the film list, and comes back on undo', async () => {
    const from = (await film(OTHER)).profile.film.id;
    const into = (await film(HARBOUR)).profile.film.id;
    const before = await searchFilms('Other Shore');
    expect(before.ids).toContain(from);
    expect((await films()).map((f) => f.id)).toContain(from);

    const merged = await ok('film', 'merge', OTHER, HARBOUR, '--note', 'same film');
    const after = await searchFilms('Other Shore');
    expect(after.ids).not.toContain(from);
    expect(after.films).toBe(before.films - 1);
    expect((await films()).map((f) => f.id)).not.toContain(from);
    expect((await films('--all')).map((f) => f.id)).not.toContain(from);
    expect((await films()).map((f) => f.id)).toContain(into);

    await ok('undo', /audit entry (\d+)/.exec(merged)![1]!);
    const undone = await searchFilms('Other Shore');
    expect(undone).toEqual(before);
    expect((await films()).map((f) => f.id)).toContain(from);
  }, 60_000);
});

describe('plaudit films', () => {
  it('lists films with reviews, and catalog-only films too with --all', async () => {
    const csv = file('titles.csv');
    writeFileSync(csv, ['title,year,imdb_id,directors,runtime,genres', 'Heat,1995,tt0113277,Michael Mann,170,Crime', 'Ronin,1998,,John Frankenheimer,122,Action'].join('\n'));
    await ok('catalog', 'import', csv);
    const listed = await films();
    expect(listed.every((f) => f.reviewCount > 0)).toBe(true);
    expect(listed.map((f) => f.title)).not.toContain('Heat');
    expect((await films('--all')).map((f) => f.title)).toEqual(expect.arrayContaining(['Heat', 'Ronin', 'Quiet Harbour']));
    const text = await ok('films');
    expect(text).not.toMatch(/Heat/);
    expect(text).toMatch(/\(\d+ film\(s\) without reviews not listed, such as catalog-only films; --all lists them\)/);
    expect(await ok('films', '--help')).toContain('--all');

    const only = testDatabase(dir, 'catalog-only.db');
    expect((await runPlaudit(['--db', only, 'catalog', 'import', csv])).code).toBe(0);
    const empty = await runPlaudit(['--db', only, 'films']);
    expect(empty.stdout).toContain('No films with reviews yet (2 without any; `plaudit films --all` lists them)');
  }, 60_000);
});
