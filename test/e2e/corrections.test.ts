/**
 * Review corrections end to end through the real CLI on a real database: setting a verdict and score, removing,
 * restoring and moving reviews, each counted everywhere and lasting through re-ingesting, a new version of the text,
 * more reviews of the film, a move and an export round trip; the audit log and undo; and bad input that changes
 * nothing. The reviews are short ones written for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/audit.ts';
import type { StoredReview } from '../../src/domain/film.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const HARBOUR = 'Quiet Harbour (2021)';
const OTHER = 'Other Shore (2019)';
const REVIEWS: Record<string, string> = {
  'tender.txt': 'A tender, funny and beautifully acted film. I loved every minute of it; a triumph.',
  'slog.txt': 'A dull, lifeless slog. The script is lazy and the acting is wooden. Avoid it.',
  'gorgeous.txt': 'Gorgeous to look at and moving, with a superb lead performance. Highly recommended.',
  'lovely.txt': 'A lovely, warm and witty film with a wonderful cast. I recommend it without reservation.',
};

interface FilmJson {
  profile: { film: { id: number }; reviewCount: number; positiveCount: number };
  reviews: StoredReview[];
}

const dir = mkdtempSync(join(tmpdir(), 'plaudit-corrections-'));
const db = testDatabase(dir);
const file = (name: string) => join(dir, name);
const plaudit = (...args: string[]) => runPlaudit(['--db', db, ...args]);
const plauditJson = <T>(...args: string[]) => runPlauditJson<T>(['--db', db, ...args]);
const film = (name: string) => plauditJson<FilmJson>('film', name, '--json');
const show = (id: number) => plauditJson<StoredReview>('review', 'show', String(id), '--json');
const log = () => plauditJson<AuditEntry[]>('log', '--json', '--limit', '0');
const ids: Record<string, number> = {};

async function ok(...args: string[]): Promise<string> {
  const result = await plaudit(...args);
  expect(result.code, `plaudit ${args.join(' ')}\n${result.stderr}${result.stdout}`).toBe(0);
  return result.stdout;
}

async function ingest(name: string, text: string, title = HARBOUR): Promise<void> {
  writeFileSync(file(name), text);
  await ok('ingest', file(name), '--film', title);
}

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

beforeAll(async () => {
  for (const [name, text] of Object.entries(REVIEWS)) await ingest(name, text, name === 'lovely.txt' ? OTHER : HARBOUR);
  for (const name of [HARBOUR, OTHER]) {
    for (const review of (await film(name)).reviews) ids[review.sourceName.replace(/^.*\//, '')] = review.id;
  }
}, 60_000);

describe('review set', () => {
  it('replaces the verdict and score everywhere, marked as an editor\'s', async () => {
    const before = await film(HARBOUR);
    const tender = ids['tender.txt']!;
    expect(before.reviews.find((r) => r.id === tender)!.verdict).toBe('positive');
    const out = await ok('review', 'set', String(tender), '--verdict', 'negative', '--score', '20', '--note', 'sarcastic');
    expect(out).toMatch(/audit entry \d+/);
    const after = await film(HARBOUR);
    const review = after.reviews.find((r) => r.id === tender)!;
    expect(review).toMatchObject({ verdict: 'negative', score: 20, verdictSource: 'editor', scoreSource: 'editor', readInContext: null });
    expect(review.correction).toMatchObject({ verdict: 'negative', score: 20, note: 'sarcastic', removed: false, textChangedSince: false });
    expect(review.correction!.actor).toMatch(/^cli:/);
    expect(after.profile.positiveCount).toBe(before.profile.positiveCount - 1);
    expect(after.profile.film).toMatchObject({ positiveCount: before.profile.positiveCount - 1 });
    expect((await ok('film', HARBOUR))).toContain('verdict set by an editor: negative, score 20');
  });

  it('lasts through re-ingesting the same file', async () => {
    await ok('ingest', file('tender.txt'), '--film', HARBOUR);
    expect((await show(ids['tender.txt']!)).correction).toMatchObject({ verdict: 'negative', textChangedSince: false });
  });

  it('lasts through a new version of the text, flagged as changed since', async () => {
    await ingest('tender.txt', `${REVIEWS['tender.txt']} Truly a wonderful, glorious film.`);
    const review = await show(ids['tender.txt']!);
    expect(review.version).toBe(2);
    expect(review).toMatchObject({ verdict: 'negative', score: 20, verdictSource: 'editor' });
    expect(review.correction).toMatchObject({ textChangedSince: true });
  });

  it('is never read again beside the film\'s other reviews', async () => {
    for (const n of [1, 2, 3]) await ingest(`more-${n}.txt`, `Review ${n}: a warm, clever and delightful film, beautifully acted and a joy to watch.`);
    const review = (await film(HARBOUR)).reviews.find((r) => r.id === ids['tender.txt'])!;
    expect(review).toMatchObject({ verdict: 'negative', score: 20, verdictSource: 'editor', readInContext: null });
  });
});

describe('review remove and restore', () => {
  it('leaves a removed review out of every count and list, still readable by id', async () => {
    const gorgeous = ids['gorgeous.txt']!;
    const before = await film(HARBOUR);
    await ok('review', 'remove', String(gorgeous), '--reason', 'a press release, not a review');
    const after = await film(HARBOUR);
    expect(after.reviews.map((r) => r.id)).not.toContain(gorgeous);
    expect(after.profile.reviewCount).toBe(before.profile.reviewCount - 1);
    expect(after.profile.positiveCount).toBe(before.profile.positiveCount - 1);
    expect((await show(gorgeous)).correction).toMatchObject({ removed: true, removedReason: 'a press release, not a review' });
    const exported = JSON.stringify(JSON.parse(await ok('export')));
    expect(exported).not.toContain('Gorgeous to look at');
  });

  it('counts a restored review again', async () => {
    const gorgeous = ids['gorgeous.txt']!;
    const before = await film(HARBOUR);
    await ok('review', 'restore', String(gorgeous));
    const after = await film(HARBOUR);
    expect(after.reviews.map((r) => r.id)).toContain(gorgeous);
    expect(after.profile.reviewCount).toBe(before.profile.reviewCount + 1);
    expect((await show(gorgeous)).correction).toBeNull();
  });
});

describe('review move', () => {
  it('moves a review to another film, keeps its correction, and logs both films', async () => {
    const slog = ids['slog.txt']!;
    await ok('review', 'set', String(slog), '--score', '5', '--note', 'harsher than its figure');
    const other = await film(OTHER);
    await ok('review', 'move', String(slog), '--film', OTHER, '--note', 'about the other film');
    const moved = await show(slog);
    expect(moved.filmId).toBe(other.profile.film.id);
    expect(moved.correction).toMatchObject({ score: 5 });
    expect((await film(OTHER)).reviews.map((r) => r.id)).toContain(slog);
    expect((await film(HARBOUR)).reviews.map((r) => r.id)).not.toContain(slog);
    const [entry] = await log();
    expect(entry).toMatchObject({ action: 'review.move', targetId: slog, reason: 'about the other film', after: { filmId: other.profile.film.id } });
    expect((entry!.before as { filmId: number }).filmId).not.toBe(other.profile.film.id);
  });
});

describe('export', () => {
  it('carries the corrected figures, and an import reads them back as an editor\'s judgement', async () => {
    await ok('export', '--out', file('export.json'));
    const copy = testDatabase(dir, 'copy.db');
    const imported = await runPlaudit(['--db', copy, 'ingest', file('export.json')]);
    expect(imported.code, imported.stderr).toBe(0);
    const films = await runPlauditJson<FilmJson>(['--db', copy, 'film', HARBOUR, '--json']);
    const tender = films.reviews.find((r) => r.text.startsWith('A tender'))!;
    expect(tender).toMatchObject({ verdict: 'negative', score: 20, verdictSource: 'editor', scoreSource: 'editor' });
    expect(films.profile.positiveCount).toBe((await film(HARBOUR)).profile.positiveCount);
  });
});

describe('log and undo', () => {
  it('lists entries newest first, readable, and for one film', async () => {
    const text = await ok('log', '--limit', '2');
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(text).toMatch(/^#\d+ .* cli:\S+ review\.move review \d+ \(film \d+\) — about the other film: film \d+ → \d+/);
    const entries = await log();
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));
    const harbour = await plauditJson<AuditEntry[]>('log', '--film', HARBOUR, '--json');
    const harbourId = (await film(HARBOUR)).profile.film.id;
    expect(harbour.length).toBeGreaterThan(0);
    // Its own entries, and the move of a review away from it (filed under the film the review went to).
    const left = (e: AuditEntry) => e.action === 'review.move' && (e.before as { filmId: number }).filmId === harbourId;
    expect(harbour.every((e) => e.filmId === harbourId || left(e))).toBe(true);
    expect(harbour.some(left)).toBe(true);
  });

  it('undoes a set, refuses to undo it twice, and redoes it by undoing the undo', async () => {
    const tender = ids['tender.txt']!;
    const set = (await log()).find((e) => e.action === 'review.set' && e.targetId === tender)!;
    await ok('undo', String(set.id));
    expect((await show(tender)).correction).toBeNull();
    expect((await show(tender)).verdictSource).not.toBe('editor');
    const twice = await plaudit('undo', String(set.id));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`entry ${set.id} was already undone by entry`);
    const [undo] = await log();
    expect(undo).toMatchObject({ action: 'undo', undoes: set.id });
    await ok('undo', String(undo!.id));
    expect((await show(tender)).correction).toMatchObject({ verdict: 'negative', score: 20 });
  });

  it('refuses to undo an entry whose review changed since', async () => {
    const tender = ids['tender.txt']!;
    await ok('review', 'set', String(tender), '--verdict', 'positive', '--note', 'on reflection');
    const entries = await log();
    const older = entries.find((e) => e.targetId === tender && e.action === 'undo')!;
    const refused = await plaudit('undo', String(older.id));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`cannot undo entry ${older.id}: review ${tender} has changed since \\(entry ${entries[0]!.id}`));
    expect((await log()).length).toBe(entries.length);
  });
});

describe('bad input', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['an unknown review id', ['review', 'set', '9999', '--verdict', 'positive'], 3, /no review has id 9999/],
    ['a score of 150', ['review', 'set', '1', '--score', '150'], 2, /score must be a whole number from 0 to 100, not 150/],
    ['an unknown film', ['review', 'move', '1', '--film', 'No Such Film (1900)'], 3, /No film matches/],
    ['nothing to change', ['review', 'set', '1', '--note', 'just a note'], 2, /nothing to change/],
    ['the film it is already on', ['review', 'move', String(1), '--film', HARBOUR], 2, /nothing to change: review 1 is already on film/],
    ['restoring a review not removed', ['review', 'restore', '1'], 2, /nothing to change: review 1 is not removed/],
    ['an unknown entry', ['undo', '9999'], 3, /no audit entry has id 9999/],
  ];
  it.each(cases)('%s gives a clear error and changes nothing', async (_name, args, code, message) => {
    const entries = await log();
    const before = await film(HARBOUR);
    const result = await plaudit(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(await log()).toEqual(entries);
    expect(await film(HARBOUR)).toEqual(before);
  });
});
