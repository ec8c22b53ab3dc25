/**
 * The Rotten Tomatoes critic-review export, imported with the documented mapping (--preset rt): films keyed by
 * movie id with no titles, every row a review, labels as the verdict.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IngestReport } from '../../src/pipeline/ingest-report.ts';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

const RT = ['data', 'rt-critic-reviews', 'reviews.jsonl.gz'];

/** Distinct rows and per-movie fresh counts, read straight from the file. */
async function readTruth() {
  const rows = new Set<string>();
  const fresh = new Map<string, { fresh: number; total: number }>();
  const lines = createInterface({ input: createReadStream(sharedPath(...RT)).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, string>;
    // Whitespace-only differences are the same review once trimmed, as Plaudit reads them.
    const canonical = JSON.stringify(Object.entries(row).map(([k, v]) => [k, v.trim()]));
    if (rows.has(canonical)) continue;
    rows.add(canonical);
    const counts = fresh.get(row.id!) ?? { fresh: 0, total: 0 };
    counts.total++;
    if (row.fresh === 'fresh') counts.fresh++;
    fresh.set(row.id!, counts);
  }
  return { distinctRows: rows.size, fresh };
}

describeWithShared(RT, 'ingest of the RT export with --preset rt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-rt-'));
  const db = join(dir, 'plaudit.db');
  let report: IngestReport;
  let truth: Awaited<ReturnType<typeof readTruth>>;

  beforeAll(async () => {
    truth = await readTruth();
    report = await runPlauditJson<IngestReport>(['--db', db, 'ingest', sharedPath(...RT), '--preset', 'rt', '--json']);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every distinct row as a review, with no failures', () => {
    expect(report.totals.failed).toBe(0);
    expect(report.totals.added).toBe(truth.distinctRows);
    expect(report.totals.documents).toBe(46_360);
  });

  it('keys films by movie id, untitled, with the fresh counts of the file', async () => {
    const films = await runPlauditJson<{ key: string; title: string | null; reviewCount: number; positiveCount: number }[]>([
      '--db', db, 'films', '--json',
    ]);
    expect(films).toHaveLength(truth.fresh.size);
    for (const film of films) {
      expect(film.title).toBeNull();
      const counts = truth.fresh.get(film.key.replace(/^key:/, ''))!;
      expect([film.reviewCount, film.positiveCount]).toEqual([counts.total, counts.fresh]);
    }
  });

  it('shows an untitled film by its key', async () => {
    const run = await runPlaudit(['--db', db, 'film', '3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\(untitled film, key 3\)/);
  });

  it('adds nothing on a second run', async () => {
    const again = await runPlauditJson<IngestReport>(['--db', db, 'ingest', sharedPath(...RT), '--preset', 'rt', '--json']);
    expect(again.totals).toMatchObject({ added: 0, newVersions: 0, unchanged: 46_360, failed: 0 });
  });
});
