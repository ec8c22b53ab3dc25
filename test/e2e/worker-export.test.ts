/**
 * A JSON export split into jobs (`plaudit export --queue`) that two workers build: the file must be byte for byte
 * the one a single `plaudit export` writes, and a CSV or SQLite export with --queue is refused with a reason. And
 * `plaudit ingest --queue --wait`, whose report is put together from the batches' own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describePostgres, dropSchema, freshSchema, postgresUrl } from '../postgres/schema.ts';
import { repoRoot, runPlaudit } from '../run-plaudit.ts';

describePostgres('export split into worker jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-export-jobs-'));
  const schema = freshSchema();

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropSchema(schema);
    await dropSchema(`${schema}_jobs`);
  });

  it('writes the same file as a one-process export, built by two workers', async () => {
    const url = `${postgresUrl()}?schema=${schema}`;
    const ingest = await runPlaudit(['--db', url, 'ingest', join(repoRoot, 'examples'), '--no-progress']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const workers = [0, 1].map(() => runPlaudit(['--db', url, 'worker', '--until-idle', '--no-web']));
    const queued = await runPlaudit(['--db', url, 'export', '--queue', '--out', join(dir, 'by-workers.json')]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/Queued \d+ film\(s\) in 1 export job\(s\)/);
    for (const worker of await Promise.all(workers)) expect(worker.code, worker.stderr).toBe(0);
    const single = await runPlaudit(['--db', url, 'export', '--out', join(dir, 'one.json')]);
    expect(single.code, single.stderr).toBe(0);
    expect(readFileSync(join(dir, 'by-workers.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  }, 120_000);

  it('ingest --queue --wait prints the report of the batches a worker stored', async () => {
    const url = `${postgresUrl()}?schema=${schema}_wait`;
    const worker = runPlaudit(['--db', url, 'worker', '--until-idle', '--no-web']);
    const queued = await runPlaudit(['--db', url, 'ingest', join(repoRoot, 'examples'), '--queue', '--wait', '--batch-size', '3', '--json']);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/Queued 9 document\(s\) in 3 batch job\(s\).*Waiting for workers/);
    const report = JSON.parse(queued.stdout) as { totals: { documents: number; added: number }; files: { file: string }[] };
    expect(report.totals).toMatchObject({ documents: 9, added: 9 });
    expect(report.files.map((file) => file.file)).toContain(join(repoRoot, 'examples', 'paper-lanterns', 'the-daily-reel.html'));
    expect((await worker).code).toBe(0);
    await dropSchema(`${schema}_wait`);
    await dropSchema(`${schema}_wait_jobs`);
  }, 120_000);

  it('refuses --queue for CSV and for an SQLite database, saying why', async () => {
    const csv = await runPlaudit(['--db', `${postgresUrl()}?schema=${schema}`, 'export', '--queue', '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/CSV export streams its rows straight from the database/);
    const sqlite = await runPlaudit(['--db', join(dir, 'local.db'), 'export', '--queue']);
    expect(sqlite.code).toBe(2);
    expect(sqlite.stderr).toMatch(/workers share a PostgreSQL database/);
  });
});
