/**
 * The catalog's same-title case and the held list, end to end through the real CLI on a real database: a
 * catalog with Halloween (1978, John Carpenter) and Halloween (2018, David Gordon Green); reviews naming Green,
 * Carpenter, "2018", or none of them go to the right film or are held with both candidates; a review of "the 2018
 * sequel" is never filed under the 1978 film when that is the only one stored; a news page is held as not a film
 * review; held documents are listed, shown, released (naming the film) and dismissed, and are never counted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HeldDocument } from '../../src/domain/held.ts';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const CATALOG = `title,year,imdb_id,directors,runtime,genres
Halloween,1978,tt0077651,John Carpenter,91,Horror
Halloween,2018,tt1502407,David Gordon Green,106,Horror|Thriller
`;

// Reviews written for this test. Each is headed "Halloween review", so the title is read from the text, not given.
const REVIEWS: Record<string, string> = {
  'green.txt': 'Halloween review\n\nDavid Gordon Green brings Michael Myers back with real craft. The film is lean and frightening, the performances are strong, and the kills land with a nasty snap. I enjoyed every minute of this terrific horror film.',
  'carpenter.txt': 'Halloween review\n\nJohn Carpenter made the film on a shoestring, and it shows in the best way: every shot is composed with care, the score is unforgettable, and the suspense is masterly. A great horror film that still works.',
  'says-2018.txt': 'Halloween review\n\nThis 2018 film ignores every sequel and picks up forty years later. It is a tense, well acted horror film with a strong lead performance and a score that pulses. A good night at the movies.',
  'neither.txt': 'Halloween review\n\nA babysitter, a masked killer and a small town on one long night. The film is tense and well acted, with a score that gets under your skin. A fine horror film, and a scary one.',
};

const SEQUEL = "Halloween review\n\nDavid Gordon Green's 2018 sequel is a sturdy, often thrilling film. Jamie Lee Curtis gives Laurie a battered ferocity, and the director stages the best scenes with real patience. A satisfying horror movie.";

const NEWS = `<html><head><title>Ceasefire talks collapse as fighting spreads - World News</title></head><body><article>
<h1>Ceasefire talks collapse as fighting spreads</h1>
<p>Talks between the army and the paramilitary forces collapsed on Tuesday, officials said, as fighting spread to the capital. The government said the election would be postponed, and the foreign minister called for calm.</p>
<p>Police reported that thousands had fled. Officials said aid convoys were blocked at the border for a third day, and the United Nations warned that food would run out within weeks if the fighting continued.</p>
</article></body></html>`;

interface FilmJson {
  profile: { film: { id: number; title: string; year: number }; reviewCount: number };
  reviews: { sourceName: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'plaudit-held-'));
const db = testDatabase(dir);
const plaudit = (...args: string[]) => runPlaudit(['--db', db, ...args]);
const plauditJson = <T>(...args: string[]) => runPlauditJson<T>(['--db', db, ...args]);
const reviewsOf = async (name: string) => (await plauditJson<FilmJson>('film', name, '--json')).reviews.map((r) => r.sourceName.replace(/^.*\//, '')).sort();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

describe('two films with one title, from the catalog', () => {
  let report: IngestReport;
  beforeAll(async () => {
    writeFileSync(join(dir, 'catalog.csv'), CATALOG);
    const imported = await plaudit('catalog', 'import', join(dir, 'catalog.csv'));
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    mkdirSync(join(dir, 'reviews'));
    for (const [name, text] of Object.entries(REVIEWS)) writeFileSync(join(dir, 'reviews', name), text);
    report = await plauditJson<IngestReport>('ingest', join(dir, 'reviews'), '--json');
  });

  it('files the reviews naming Green or saying 2018 under the 2018 film, and the one naming Carpenter under 1978', async () => {
    expect(report.totals).toMatchObject({ documents: 4, added: 3, held: 1, failed: 0 });
    expect(await reviewsOf('Halloween (2018)')).toEqual(['green.txt', 'says-2018.txt']);
    expect(await reviewsOf('Halloween (1978)')).toEqual(['carpenter.txt']);
  });

  it('holds the review that names neither, with both films as candidates and no evidence for either', async () => {
    expect(report.held).toHaveLength(1);
    expect(report.held[0]).toMatchObject({ source: expect.stringMatching(/neither\.txt$/), code: 'which-film' });
    const held = await plauditJson<HeldDocument>('held', 'show', String(report.held[0]!.heldId), '--json');
    expect(held.hold.candidates.map((c) => [c.title, c.year, c.evidence])).toEqual([
      ['Halloween', 1978, []],
      ['Halloween', 2018, []],
    ]);
    const text = await plaudit('held', 'show', String(held.id));
    expect(text.stdout).toContain('Halloween (1978), id');
    expect(text.stdout).toContain('nothing in the review points at it');
  });

  it('says the held review still needs a film when released without one, and files it under the film named', async () => {
    const id = String(report.held[0]!.heldId);
    const bare = await plaudit('held', 'release', id);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/does not say which film/);
    const released = await plaudit('held', 'release', id, '--film', 'Halloween (1978)');
    expect(released.code, released.stderr).toBe(0);
    expect(await reviewsOf('Halloween (1978)')).toEqual(['carpenter.txt', 'neither.txt']);
    expect((await plaudit('held', 'release', id)).stderr).toMatch(/already released as review \d+/);
  });

  it('opens each film by its IMDb id and by "Title (Year)", and lists both for the bare title', async () => {
    expect((await plauditJson<FilmJson>('film', 'tt1502407', '--json')).profile.film.year).toBe(2018);
    expect((await plauditJson<FilmJson>('film', 'Halloween (1978)', '--json')).profile.film.year).toBe(1978);
    const bare = await plaudit('film', 'Halloween');
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toContain('Halloween (1978)');
    expect(bare.stderr).toContain('Halloween (2018)');
  });
});

describe('a sequel of a year no stored film has', () => {
  it('is held, not filed under the film of that title that is stored', async () => {
    const only1978 = testDatabase(dir, 'only-1978.db');
    writeFileSync(join(dir, 'one.csv'), CATALOG.split('\n').slice(0, 2).join('\n'));
    const imported = await runPlaudit(['--db', only1978, 'catalog', 'import', join(dir, 'one.csv')]);
    expect(imported.code, imported.stderr).toBe(0);
    writeFileSync(join(dir, 'sequel.txt'), SEQUEL);
    const report = await runPlauditJson<IngestReport>(['--db', only1978, 'ingest', join(dir, 'sequel.txt'), '--json']);
    expect(report.totals).toMatchObject({ added: 0, held: 1 });
    expect(report.held[0]?.reason).toMatch(/2018 sequel or remake/);
    expect(report.held[0]?.candidates).toEqual([expect.stringMatching(/^Halloween \(1978\), id \d+$/)]);
  });
});

describe('a page that is not a film review', () => {
  const news = join(dir, 'news.html');
  let first: IngestReport;
  beforeAll(async () => {
    writeFileSync(news, NEWS);
    first = await plauditJson<IngestReport>('ingest', news, '--json');
  });

  it('is held with the gate\'s reasons, reported by name, and never counted as a film', async () => {
    expect(first.totals).toMatchObject({ added: 0, held: 1, failed: 0 });
    expect(first.held[0]).toMatchObject({ source: news, code: 'not-a-film-review', reason: expect.stringMatching(/^not a film review: /) });
    const films = await plauditJson<{ title: string }[]>('films', '--json');
    expect(films.map((film) => film.title)).not.toContain('Ceasefire talks collapse as fighting spreads');
    const listed = await plaudit('held');
    expect(listed.stdout).toContain('news.html');
    expect(listed.stdout).toContain('not-a-film-review');
  });

  it('is reported as held before when ingested again, and held once', async () => {
    const again = await plauditJson<IngestReport>('ingest', news, '--json');
    expect(again.held[0]).toMatchObject({ heldId: first.held[0]!.heldId, earlier: 'held' });
    expect((await plauditJson<HeldDocument[]>('held', '--json')).filter((h) => h.document.sourceName === news)).toHaveLength(1);
  });

  it('is dismissed on request, and then listed only with --all', async () => {
    const id = String(first.held[0]!.heldId);
    expect((await plaudit('held', 'dismiss', id)).code).toBe(0);
    expect((await plaudit('held')).stdout).not.toContain('news.html');
    const all = await plauditJson<HeldDocument[]>('held', '--all', '--json');
    expect(all.find((h) => h.id === Number(id))?.status).toBe('dismissed');
  });
});
