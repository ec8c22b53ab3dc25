/**
 * Web latency with the whole RT export loaded: the film page and the film API under 200 concurrent connections on
 * loopback. Loads ../shared/data/rt-critic-reviews into a temporary SQLite file through the real pipeline, starts
 * the real `plaudit serve` in a child process (so the load generator has its own core), and runs autocannon for
 * `seconds` against each URL. Prints p50/p99 latency and requests per second; targets: p99 <= 20 ms, >= 2,000/s.
 *
 *   npx tsx bench/server-latency.ts [seconds=10]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { MAPPING_PRESETS } from '../src/ingest/column-mapping.ts';
import { startLiveServer } from '../test/e2e/browser/live-server.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const file = sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz');
if (!existsSync(file)) {
  console.error(`${file} not found: this benchmark needs ../shared beside the repository.`);
  process.exit(1);
}
const seconds = Number(process.argv[2] ?? 10);
const CONNECTIONS = 200;

async function loadExport(db: string): Promise<{ films: number; reviews: number; filmId: number; filmReviews: number }> {
  const app = await createApp(loadConfig({ flags: { dbPath: db }, env: {} }));
  try {
    const started = performance.now();
    const report = await app.ingest({ paths: [file], mapping: MAPPING_PRESETS.rt! });
    console.log(`loaded ${report.totals.added} reviews in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const films = await app.store.listFilms();
    // The median film by review count: what a typical film page costs (the largest is reported too).
    const byCount = films.slice().sort((a, b) => a.reviewCount - b.reviewCount);
    const median = byCount[Math.floor(byCount.length / 2)]!;
    console.log(`films: ${films.length}; median film ${median.id} has ${median.reviewCount} reviews; largest has ${byCount.at(-1)!.reviewCount}`);
    return { films: films.length, reviews: report.totals.added, filmId: median.id, filmReviews: median.reviewCount };
  } finally {
    await app.close();
  }
}

/**
 * Two runs per URL. Unpaced, each of the 200 connections sends its next request as soon as the last is answered:
 * that finds the most requests per second, and its latency is mostly queueing (200 / throughput). Paced at
 * RATE requests per second over the same 200 connections: the latency a client sees at that load.
 */
const RATE = 2_500;

async function measure(name: string, url: string): Promise<void> {
  const warm = await fetch(url);
  if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`);
  const bytes = (await warm.arrayBuffer()).byteLength;
  console.log(`${name}: ${url.replace(/^http:\/\/[^/]+/, '')} (${bytes} bytes)`);
  for (const overallRate of [undefined, RATE]) {
    const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, ...(overallRate ? { overallRate } : {}) });
    const failed = result.non2xx + result.errors + result.timeouts;
    const mode = overallRate ? `paced at ${overallRate}/s` : 'unpaced';
    console.log(
      `  ${mode.padEnd(16)} p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ` +
        `${Math.round(result.requests.average)} req/s  (${result.requests.total} requests, ${failed} failed)`,
    );
  }
}

console.log(`machine: ${machineLine()}`);
const dir = mkdtempSync(join(tmpdir(), 'plaudit-bench-web-'));
try {
  const db = join(dir, 'rt.db');
  const loaded = await loadExport(db);
  const server = await startLiveServer(db);
  try {
    console.log(`autocannon: ${CONNECTIONS} connections, ${seconds} s per URL, server in its own process`);
    await measure('film page', `${server.url}/films/${loaded.filmId}`);
    await measure('film API', `${server.url}/api/v1/films/${loaded.filmId}/profile`);
    await measure('home page', `${server.url}/`);
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
