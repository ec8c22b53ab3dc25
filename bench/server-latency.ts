/**
 * Web latency with the whole RT export loaded: the film page and the film API under 200 concurrent connections on
 * loopback. Loads ../shared/data/rt-critic-reviews into a temporary SQLite file through the real pipeline, starts
 * the real `plaudit serve` in a child process (so the load generator has its own core), and runs wrk and autocannon
 * for `seconds` against each URL. Prints p50/p99 latency and requests per second; targets: p99 <= 20 ms, >= 2,000/s.
 *
 * The shared machine's own hiccups (another tenant, the hypervisor) put an occasional 100-700 ms stall into a 10 s
 * run, whatever serves the requests; so the wrk run with a browser's headers is repeated `rounds` times and the
 * median p99 reported, beside a control: a bare node:http server sending a fixed body of the film page's size,
 * measured the same way in the same run. CPU steal over the whole run is printed too.
 *
 *   npx tsx bench/server-latency.ts [seconds=10] [rounds=5]
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
import { startControlServer } from './load/control-server.ts';
import { readCpuTimes, stealShare } from './load/cpu-steal.ts';
import { runWrk, wrkAvailable, type LoadResult } from './load/wrk.ts';
import { machineLine } from './machine.ts';

const file = sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz');
if (!existsSync(file)) {
  console.error(`${file} not found: this benchmark needs ../shared beside the repository.`);
  process.exit(1);
}
const seconds = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 5);
const hasWrk = wrkAvailable();
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
 * Runs per URL, all with 200 connections. The loaders send a browser's Accept-Encoding (every browser asks for
 * gzip), and wrk once more without it, for the uncompressed bytes:
 *   wrk, unpaced (each connection sends its next request as soon as it has an answer): the most requests per
 *     second; latency is then mostly queueing, about 200 / throughput.
 *   autocannon, unpaced and paced at RATE requests/s: the Node load generator, for comparison with earlier runs;
 *     it needs a core of its own to keep up, so on two cores it measures itself as much as the server.
 * Without wrk on the PATH (Debian: apt-get install wrk) only the autocannon runs are made.
 */
const RATE = 2_500;
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

function report(label: string, result: LoadResult): void {
  console.log(
    `  ${label.padEnd(30)} p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  max ${result.max.toFixed(1)} ms  ` +
      `${Math.round(result.requestsPerSecond)} req/s  (${result.requests} requests, ${result.failed} failed)`,
  );
}

async function autocannonRun(url: string, overallRate?: number): Promise<LoadResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: BROWSER, ...(overallRate ? { overallRate } : {}) });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `rounds` wrk runs with a browser's headers; prints each and the medians. */
function wrkRounds(url: string, label: string): void {
  const results: LoadResult[] = [];
  for (let round = 1; round <= rounds; round++) {
    results.push(runWrk({ url, connections: CONNECTIONS, seconds, headers: BROWSER }));
    report(`${label} ${round}/${rounds}`, results.at(-1)!);
  }
  console.log(
    `  ${'median of the rounds'.padEnd(30)} p50 ${median(results.map((r) => r.p50)).toFixed(1)} ms  ` +
      `p99 ${median(results.map((r) => r.p99)).toFixed(1)} ms  ${Math.round(median(results.map((r) => r.requestsPerSecond)))} req/s`,
  );
}

async function measure(name: string, url: string): Promise<number> {
  const sizes = await Promise.all(
    [{ 'accept-encoding': 'identity' }, BROWSER].map(async (headers) => {
      const warm = await fetch(url, { headers });
      if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`);
      return Number(warm.headers.get('content-length'));
    }),
  );
  console.log(`${name}: ${url.replace(/^http:\/\/[^/]+/, '')} (${sizes[0]} bytes, ${sizes[1]} gzipped)`);
  if (hasWrk) {
    wrkRounds(url, 'wrk, gzip');
    report('wrk, uncompressed', runWrk({ url, connections: CONNECTIONS, seconds, headers: {} }));
  }
  report('autocannon, gzip, unpaced', await autocannonRun(url));
  report(`autocannon, gzip, ${RATE}/s`, await autocannonRun(url, RATE));
  return sizes[1]!;
}

console.log(`machine: ${machineLine()}`);
const dir = mkdtempSync(join(tmpdir(), 'plaudit-bench-web-'));
try {
  const db = join(dir, 'rt.db');
  const loaded = await loadExport(db);
  const server = await startLiveServer(db);
  try {
    console.log(`${hasWrk ? 'wrk and autocannon' : 'autocannon (wrk not found)'}: ${CONNECTIONS} connections, ${seconds} s per run, server in its own process`);
    const cpuBefore = readCpuTimes();
    const filmPageBytes = await measure('film page', `${server.url}/films/${loaded.filmId}`);
    await measure('film API', `${server.url}/api/v1/films/${loaded.filmId}/profile`);
    await measure('home page', `${server.url}/`);
    if (hasWrk) {
      const control = await startControlServer(filmPageBytes);
      try {
        console.log(`control: bare node:http, a fixed ${filmPageBytes}-byte body (the gzipped film page's size)`);
        wrkRounds(control.url, 'wrk');
      } finally {
        control.stop();
      }
    }
    const steal = stealShare(cpuBefore, readCpuTimes());
    if (steal !== null) console.log(`CPU steal (time the hypervisor gave to other machines) during the runs: ${(100 * steal).toFixed(2)}%`);
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
