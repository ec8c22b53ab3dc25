/**
 * Store write throughput: 46,000 one-sentence records (the size of the RT export) saved in batches of 1,000 into
 * a fresh SQLite file, then saved again (all unchanged), then again with every text edited (all new versions).
 * Prints rows/s for each pass, by the clock and by this process's CPU time (the second is the steadier figure on a
 * shared machine). Run: npx tsx bench/store-write.ts [rows] [batch] [database]
 * where database is an SQLite path or a postgres:// URL (default: a fresh SQLite file; a URL's ?schema= should
 * name a new schema, since the passes expect an empty store).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReview } from '../src/store/compliance/make-review.ts';
import type { ProcessedReview, ReviewStore } from '../src/store/port.ts';
import { openStore } from '../src/app.ts';

const rows = Number(process.argv[2] ?? 46_000);
const batchSize = Number(process.argv[3] ?? 1_000);
const database = process.argv[4];

function records(edit: string): ProcessedReview[] {
  return Array.from({ length: rows }, (_, n) =>
    makeReview({
      sourceKey: `rt.csv#row ${n}`,
      text: `${edit}A sharp, funny film that earns its ending, number ${n}.`,
      // Spread like the export: a few thousand films keyed by id, critics and outlets reused across films.
      film: { key: `m/${n % 3_000}` },
      critic: `Critic ${n % 5_000}`,
      outlet: `Outlet ${n % 800}`,
      publishedAt: `20${String(10 + (n % 14)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
      verdict: n % 3 === 0 ? 'negative' : 'positive',
      topCritic: n % 7 === 0,
    }),
  );
}

async function pass(store: ReviewStore, name: string, items: ProcessedReview[]): Promise<void> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const statuses = new Map<string, number>();
  for (let start = 0; start < items.length; start += batchSize) {
    for (const result of await store.saveReviews(items.slice(start, start + batchSize))) {
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (time: number) => Math.round(items.length / time);
  console.log(
    `${name.padEnd(12)} ${items.length} rows: ${seconds.toFixed(2)} s = ${rate(seconds)} rows/s wall, ` +
      `${cpuSeconds.toFixed(2)} s = ${rate(cpuSeconds)} rows/s of CPU  ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'plaudit-bench-'));
try {
  const store = await openStore({ dbPath: database ?? join(dir, 'bench.db') });
  console.log(`store-write: ${rows} rows, batches of ${batchSize}, node ${process.version}, ${database?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}`);
  const first = records('');
  await pass(store, 'insert', first);
  await pass(store, 'resave', first);
  await pass(store, 'new versions', records('Edited: '));
  console.log(JSON.stringify(await store.counts()));
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
