/**
 * Four `plaudit worker` processes race on one PostgreSQL database: overlapping slices of the RT export (the same
 * films, the same rows in several files) are queued as small batches, one worker is killed with SIGKILL as soon as
 * it says it has started a batch, and the other three finish. Every review must be stored once, and the counts and each review's
 * reading in context must equal a single `plaudit ingest` of the same files into SQLite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/app.ts';
import type { WebStore } from '../../src/store/web-port.ts';
import { describePostgres, dropSchema, freshSchema, postgresUrl } from '../postgres/schema.ts';
import { plauditBin, repoRoot, runPlaudit } from '../run-plaudit.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';

const ROWS = 2400;
/** Four files, each a slice of the first ROWS rows, overlapping: most rows are in two or three of them. */
const SLICES: [string, number, number][] = [
  ['a.jsonl', 0, 1200],
  ['b.jsonl', 600, 1800],
  ['c.jsonl', 1200, 2400],
  ['d.jsonl', 300, 2100],
];

describeWithShared(['data', 'rt-critic-reviews', 'reviews.jsonl.gz'], 'workers racing on PostgreSQL', () => {
  describePostgres('four workers, one killed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plaudit-race-'));
    const schema = freshSchema();
    const files = SLICES.map(([name]) => join(dir, name));

    beforeAll(async () => {
      const rows = await firstRows(sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz'), ROWS);
      for (const [name, from, to] of SLICES) writeFileSync(join(dir, name), rows.slice(from, to).join('\n') + '\n');
    });

    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await dropSchema(schema);
      await dropSchema(`${schema}_jobs`);
    });

    it('stores every review once, with the counts and readings of one process, after a worker is killed mid-run', async () => {
      const sqlite = join(dir, 'single.db');
      const single = await runPlaudit(['--db', sqlite, 'ingest', ...files, '--preset', 'rt', '--no-progress']);
      expect(single.code, single.stderr).toBe(0);

      const url = `${postgresUrl()}?schema=${schema}`;
      const queued = await runPlaudit(['--db', url, 'ingest', ...files, '--preset', 'rt', '--queue', '--batch-size', '60', '--job-timeout', '5']);
      expect(queued.code, queued.stderr).toBe(0);
      expect(queued.stderr).toMatch(/Queued 5400 document\(s\) in 90 batch job\(s\)/);

      const workers = [0, 1, 2, 3].map(() => startWorker(url));
      // The first worker to say it started a batch is killed at once, holding that batch.
      const victim = await Promise.race(workers.map((worker) => worker.started.then(() => worker)));
      victim.child.kill('SIGKILL');
      const survivors = workers.filter((worker) => worker !== victim);
      const codes = await Promise.all(survivors.map((worker) => worker.exited));
      expect(codes).toEqual([0, 0, 0]);

      const batches = await jobStates(`${schema}_jobs`);
      expect(batches.completed).toBe(90);
      expect(batches.unfinished).toBe(0);
      // The killed worker's batch timed out and was run again by another.
      expect(batches.retried).toBeGreaterThanOrEqual(1);

      const [one, many] = [await openStore({ dbPath: sqlite }), await openStore({ dbPath: url })];
      try {
        const expected = await one.counts();
        expect(expected.reviews).toBeGreaterThan(2000);
        expect(await many.counts()).toEqual(expected);
        expect(await readings(many)).toEqual(await readings(one));
      } finally {
        await one.close();
        await many.close();
      }
    }, 300_000);
  });
});

interface Worker {
  child: ChildProcess;
  /** Resolves when the worker says it has started its first batch. */
  started: Promise<void>;
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, [plauditBin, '--db', url, 'worker', '--until-idle', '--no-web'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const started = new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/batch \w+: started/.test(chunk.toString())) resolve();
    });
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { child, started, exited };
}

async function firstRows(path: string, count: number): Promise<string[]> {
  const rows: string[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    rows.push(line);
    if (rows.length === count) break;
  }
  lines.close();
  return rows;
}

async function jobStates(boardSchema: string): Promise<{ completed: number; unfinished: number; retried: number }> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ completed: string; unfinished: string; retried: string }>(
      `select count(*) filter (where state = 'completed') as completed,
              count(*) filter (where state not in ('completed', 'failed', 'cancelled')) as unfinished,
              count(*) filter (where retry_count > 0) as retried
       from (select state, retry_count from "${boardSchema}".job union all select state, retry_count from "${boardSchema}".archive) as jobs`,
    );
    const row = rows[0]!;
    return { completed: Number(row.completed), unfinished: Number(row.unfinished), retried: Number(row.retried) };
  } finally {
    await client.end();
  }
}

/** Each review as the engines' ids cannot change it: its film, critic, outlet and text, and how it was read. */
async function readings(store: WebStore): Promise<string[]> {
  const films = new Map<number, string>();
  const lines: string[] = [];
  for await (const review of store.allReviews()) {
    let film = films.get(review.filmId);
    if (film === undefined) {
      film = (await store.getFilm(review.filmId))?.key ?? '?';
      films.set(review.filmId, film);
    }
    const context = review.readInContext ? `read beside ${review.readInContext.reviews}` : 'alone';
    lines.push(
      [film, review.critic, review.outlet, review.text.slice(0, 60), review.verdict, review.score.toFixed(6), review.probability.toFixed(6), context, review.duplicateOf === null ? '' : 'dup'].join(' | '),
    );
  }
  return lines.sort();
}
