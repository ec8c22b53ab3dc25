/**
 * A batch with every kind of bad input the core must survive: each bad document is reported with its name and
 * reason, every good one is stored, and the exit code says something failed.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFailure } from '../../src/domain/errors.ts';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-bad-'));
const batch = join(dir, 'batch');
const db = testDatabase(dir);
let result: { code: number | null; report: IngestReport };

function put(name: string, content: string | Buffer): string {
  const path = join(batch, name);
  writeFileSync(path, content);
  return path;
}

const GOOD_REVIEW = (film: string) =>
  `${film} Review: A Small Marvel\n\n${film} is a warm, funny and beautifully acted film. It is one of the best of the year.\n\n-Ana Lima, The Film Desk\n`;

beforeAll(async () => {
  mkdirSync(batch, { recursive: true });
  put('01-good.txt', GOOD_REVIEW('Quiet Harbour'));
  put('02-empty.txt', '');
  put('03-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  put('04-latin1.txt', Buffer.from('Caf\xe9 Society Review: Fine\n\nCaf\xe9 Society is charming.', 'latin1'));
  truncateSync(put('05-huge.txt', ''), 50 * 1024 * 1024);
  put('06-malformed.html', '<html><head><title>Review: Glass Onion Street</title><body><div><p>Glass Onion Street is a clever, <b>witty and gripping</b> mystery. The cast is excellent<div><p>A joy from start to finish.');
  put('07-garbage.html', '<html><<<>>><div <p></b></i></html');
  put('08-missing-column.csv', 'movie_name,words\nX,Y\n');
  put('09-good.csv', 'film,critic,outlet,rating,review\nQuiet Harbour,Lee Park,Screen Daily Notes,B+,"Tender, sharp and moving."\n');
  // Another critic's review, so another text: the same text under two bylines would be counted once, as syndication.
  put(
    '10-good.md',
    GOOD_REVIEW('Quiet Harbour')
      .replace('Ana Lima, The Film Desk', 'Rui Costa, Cine Norte')
      .replace('warm, funny and beautifully acted', 'slow, sad and beautifully shot'),
  );
  const missing = join(dir, 'does-not-exist.txt');
  const run = await runPlaudit(['--db', db, 'ingest', batch, missing, '--json']);
  result = { code: run.code, report: JSON.parse(run.stdout) as IngestReport };
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

function failureFor(name: string): DocumentFailure | undefined {
  return result.report.failures.find((f) => f.source.endsWith(name));
}

describe('a batch of bad input', () => {
  it('exits 1 to say something failed', () => {
    expect(result.code).toBe(1);
  });

  it.each([
    ['02-empty.txt', 'empty', /empty/],
    ['03-binary.txt', 'binary', /binary/],
    ['04-latin1.txt', 'invalid-encoding', /not valid UTF-8/],
    ['05-huge.txt', 'too-large', /50\.0 MB, over the 10\.0 MB limit/],
    ['07-garbage.html', 'no-review-text', /no review text/],
    ['08-missing-column.csv', 'missing-column', /no column (holds the review|names the film)/],
    ['does-not-exist.txt', 'not-found', /does not exist/],
  ])('reports %s as %s, with the reason', (name, code, message) => {
    const failure = failureFor(name);
    expect(failure, `no failure reported for ${name}`).toBeDefined();
    expect(failure!.code).toBe(code);
    expect(failure!.message).toMatch(message);
  });

  it('stores every good document of the batch, malformed-but-readable HTML included', async () => {
    expect(result.report.totals).toMatchObject({ added: 4, failed: 7 });
    const films = await runPlauditJson<{ title: string; reviewCount: number }[]>(['--db', db, 'films', '--json']);
    expect(films.map((f) => [f.title, f.reviewCount]).sort()).toEqual([
      ['Glass Onion Street', 1],
      ['Quiet Harbour', 3],
    ]);
  });

  it('explains a missing film in plain words', async () => {
    const run = await runPlaudit(['--db', db, 'film', 'Nonexistent Picture']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/No film matches "Nonexistent Picture"/);
  });

  it('explains a usage error and exits 2', async () => {
    const run = await runPlaudit(['--db', db, 'ingest', batch, '--preset', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown preset "nope"; known presets: rt/);
  });
});
