/**
 * Scale-out: a million reviews (the shared RT export replicated, each copy under new film keys, so every row is a new
 * review of a new film and nothing is skipped as unchanged) imported
 * - into PostgreSQL by 1, 2 and 4 `plaudit worker` processes on this machine (`plaudit ingest --queue`, then the
 *   workers with --until-idle), each count into a fresh schema of one durable throwaway cluster (fsync on);
 * - into SQLite by one `plaudit ingest` process.
 * Prints reviews per second (stored reviews / wall-clock from the workers' start to the last one's exit), peak RSS
 * of every process (/usr/bin/time), how long queueing took, and the time the workers spent saving, from which the
 * database's write rate and a projection for more machines follow (see BENCHMARKS.md).
 *
 *   npx tsx bench/scale-out.ts                    # 1,000,000 reviews; workers 1, 2, 4; SQLite
 *   npx tsx bench/scale-out.ts 200000 --workers 1,4 --no-sqlite
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { openStore } from '../src/app.ts';
import { startTestCluster } from '../test/postgres/cluster.ts';
import { plauditBin, repoRoot } from '../test/run-plaudit.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const args = process.argv.slice(2);
const reviews = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
const workerCounts = (args[args.indexOf('--workers') + 1] && args.includes('--workers') ? args[args.indexOf('--workers') + 1]! : '1,2,4')
  .split(',')
  .map(Number);
const withSqlite = !args.includes('--no-sqlite');

interface Timed {
  code: number | null;
  seconds: number;
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI under /usr/bin/time for its peak RSS. */
function plaudit(argv: readonly string[]): { done: Promise<Timed> } {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB %M', process.execPath, plauditBin, ...argv], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
  const done = new Promise<Timed>((resolve) =>
    child.on('close', (code) => {
      const peak = Number(/PEAK_KB (\d+)/.exec(stderr)?.[1] ?? 0);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1024), stdout: stdout.slice(-2000), stderr });
    }),
  );
  return { done };
}

async function writeInput(path: string): Promise<number> {
  const rows: string[] = [];
  const lines = createInterface({ input: createReadStream(sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz')).pipe(createGunzip()) });
  for await (const line of lines) if (line.trim() !== '') rows.push(line);
  const out = createWriteStream(path);
  let written = 0;
  for (let copy = 0; written < reviews; copy++) {
    for (const line of rows) {
      if (written === reviews) break;
      const row = JSON.parse(line) as { id: string };
      // A new film key per copy: the same review text under another film is a review of its own.
      const text = `${JSON.stringify({ ...row, id: copy === 0 ? row.id : `${row.id}~${copy}` })}\n`;
      if (!out.write(text)) await once(out, 'drain');
      written++;
    }
  }
  out.end();
  await once(out, 'finish');
  return rows.length;
}

function fail(what: string, run: Timed): never {
  throw new Error(`${what} exited ${run.code}:\n${run.stderr.slice(-3000)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'plaudit-scale-'));
const input = join(dir, 'reviews.jsonl');
console.log(`scale-out: ${reviews} reviews; ${machineLine()}`);
const exportRows = await writeInput(input);
console.log(`input: the RT export's ${exportRows} rows replicated to ${reviews} (new film keys per copy), ${input}`);
try {
  if (withSqlite) {
    const db = join(dir, 'single.db');
    const run = await plaudit(['--db', db, 'ingest', input, '--preset', 'rt', '--no-progress', '--json']).done;
    if (run.code !== 0) fail('SQLite ingest', run);
    const store = await openStore({ dbPath: db });
    const stored = (await store.counts()).reviews;
    await store.close();
    console.log(`SQLite, 1 process: ${stored} reviews in ${run.seconds.toFixed(1)} s = ${Math.round(stored / run.seconds)} reviews/s; peak RSS ${run.peakMb} MB`);
    rmSync(db, { force: true });
  }
  const cluster = await startTestCluster({ durable: true });
  if (cluster === null) throw new Error('PostgreSQL is not installed (initdb not found)');
  try {
    for (const count of workerCounts) {
      const url = `${cluster.url}?schema=scale_${count}`;
      const migrate = await plaudit(['--db', url, 'migrate']).done;
      if (migrate.code !== 0) fail('migrate', migrate);
      const queued = await plaudit(['--db', url, 'ingest', input, '--preset', 'rt', '--queue']).done;
      if (queued.code !== 0) fail('ingest --queue', queued);
      const started = performance.now();
      const workers = await Promise.all(Array.from({ length: count }, () => plaudit(['--db', url, 'worker', '--until-idle', '--no-web']).done));
      const seconds = (performance.now() - started) / 1000;
      workers.forEach((worker, n) => worker.code === 0 || fail(`worker ${n + 1}`, worker));
      const store = await openStore({ dbPath: url });
      const stored = (await store.counts()).reviews;
      await store.close();
      const saving = workers.map((worker) => Number(/saving \(waiting for the write lock included\) ([\d.]+) s/.exec(worker.stderr)?.[1] ?? NaN));
      console.log(
        `PostgreSQL, ${count} worker(s): ${stored} reviews in ${seconds.toFixed(1)} s = ${Math.round(stored / seconds)} reviews/s ` +
          `(${Math.round(stored / seconds / count)} per worker); peak RSS per worker ${workers.map((w) => w.peakMb).join(', ')} MB; ` +
          `saving ${saving.map((s) => s.toFixed(0)).join(', ')} s; queueing took ${queued.seconds.toFixed(1)} s (peak ${queued.peakMb} MB)`,
      );
      if (count === 1 && Number.isFinite(saving[0])) {
        console.log(`  database write rate with one writer: ${Math.round(stored / saving[0]!)} reviews/s of saving time`);
      }
    }
  } finally {
    await cluster.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
