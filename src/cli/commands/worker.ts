/**
 * `plaudit worker`: one of any number of processes, on any number of machines, sharing the work on one PostgreSQL
 * database: ingest batches from the job board (`plaudit ingest --queue`), parts of a JSON export (`plaudit export
 * --queue`) and the web's fetch jobs (`plaudit add`, `plaudit feeds`). Stopping (Ctrl+C, SIGTERM) lets the batches in hand finish; a worker that is killed leaves its
 * batch to another when the batch's time runs out, and saving twice stores nothing twice.
 */
import { openJobBoardFor, openWebWorker } from '../../app.ts';
import { QUEUES } from '../../workers/job-board.ts';
import { runIngestBatch, type IngestBatchJob } from '../../workers/ingest-jobs.ts';
import { runExportPart, type ExportPartJob } from '../../workers/export-jobs.ts';
import { filmReportDeps } from '../film-report-deps.ts';
import { watchWeb } from '../../use-cases/web-sources.ts';
import type { ReviewStore } from '../../store/port.ts';
import type { WebStore } from '../../store/web-port.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, withConfiguredApp, type GlobalOptions } from '../open-app.ts';
import { reportLine } from './web-source-handlers.ts';

export interface WorkerOptions {
  concurrency?: number;
  /** Exit once the ingest queue is empty and nothing is running (benchmarks, tests, a one-off backlog). */
  untilIdle?: boolean;
  /** false: leave the web's fetch jobs to other workers (--no-web). */
  web?: boolean;
  allowHost?: string[];
}

export async function workerCommand(options: WorkerOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  const config = loadCliConfig(io, global);
  const concurrency = options.concurrency ?? 1;
  const board = await openJobBoardFor(config, { poolSize: concurrency + 2 });
  try {
    return await withConfiguredApp(config, async (app) => {
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130);
        writeLine(io.stderr, 'Stopping: finishing the batches in hand (Ctrl+C again to quit at once; unfinished batches go to other workers).');
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let running = 0;
      const totals = { batches: 0, documents: 0, added: 0, newVersions: 0, unchanged: 0, held: 0, failed: 0, saveSeconds: 0 };
      const started = performance.now();
      try {
        const jobs = `${concurrency === 1 ? 'one job' : `${concurrency} jobs`} at a time${options.web === false ? '' : ', and the web\'s fetch jobs'}`;
        writeLine(io.stderr, `Worker ${process.pid} taking jobs from the job board in ${board.where}: ${jobs}.`);
        // The judge's model is read before the first batch, not inside it, so the first job's time is the job's own.
        const model = app.model;
        const store = timedSaves(app.store, totals);
        for (let i = 0; i < concurrency; i++) {
          await board.boss.work<IngestBatchJob>(QUEUES.ingest, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
            if (job === undefined) return null;
            running++;
            const batchStarted = performance.now();
            // Said as it starts, so whoever watches a worker (or kills one) knows which batch it holds.
            writeLine(io.stdout, `batch ${job.id.slice(0, 8)}: started, ${job.data.documents.length} documents`);
            try {
              const report = await runIngestBatch(job.data, { store, model });
              const t = report.totals;
              totals.batches++;
              totals.documents += t.documents;
              totals.added += t.added;
              totals.newVersions += t.newVersions;
              totals.unchanged += t.unchanged;
              totals.held += t.held;
              totals.failed += t.failed;
              const seconds = ((performance.now() - batchStarted) / 1000).toFixed(1);
              writeLine(io.stdout, `batch ${job.id.slice(0, 8)}: ${t.documents} documents, ${t.added} added, ${t.newVersions} new versions, ${t.unchanged} unchanged, ${t.held} held, ${t.failed} failed (${seconds} s)`);
              return report;
            } finally {
              running--;
            }
          });
        }
        const reportDeps = filmReportDeps(app);
        for (let i = 0; i < concurrency; i++) {
          await board.boss.work<ExportPartJob>(QUEUES.export, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
            if (job === undefined) return null;
            running++;
            try {
              const part = await runExportPart(job.data, reportDeps, app.store);
              writeLine(io.stdout, `export part ${job.id.slice(0, 8)}: ${part.films} films, ${part.reviews} reviews`);
              return part;
            } finally {
              running--;
            }
          });
        }
        const web = options.web === false ? null : openWebWorker(app, { allowHosts: options.allowHost ?? [] });
        const webLoop = web === null
          ? Promise.resolve()
          : watchWeb(web.deps, { signal: stop.signal, idleMs: options.untilIdle ? 1000 : 30_000, onJob: (report) => writeLine(io.stdout, reportLine(report)) }).then(() => undefined);
        const boardIdle = async () => (await board.unfinished(QUEUES.ingest)) === 0 && (await board.unfinished(QUEUES.export)) === 0;
        if (options.untilIdle) await untilIdle(async () => running === 0 && (await boardIdle()), stop.signal);
        else await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
        stop.abort();
        await board.boss.offWork(QUEUES.ingest);
        await board.boss.offWork(QUEUES.export);
        await webLoop;
        await web?.close();
        writeLine(
          io.stderr,
          `Worker ${process.pid} done: ${totals.batches} batch(es), ${totals.documents} documents (${totals.added} added, ${totals.newVersions} new versions, ${totals.unchanged} unchanged, ${totals.held} held, ${totals.failed} failed); ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s, of which saving (waiting for the write lock included) ${totals.saveSeconds.toFixed(1)} s.`,
        );
        return totals.failed > 0 ? EXIT.someFailed : EXIT.ok;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
  } finally {
    await board.close();
  }
}

/**
 * The store with its saves timed into `totals.saveSeconds`: how much of a worker's time the database takes, which
 * is what bounds adding workers (saves take one write lock, sql-engine.ts).
 */
function timedSaves(store: WebStore, totals: { saveSeconds: number }): ReviewStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'saveReviews') {
        return async (items: Parameters<ReviewStore['saveReviews']>[0]) => {
          const started = performance.now();
          try {
            return await target.saveReviews(items);
          } finally {
            totals.saveSeconds += (performance.now() - started) / 1000;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Resolves when `idle()` has held twice in a row a second apart (a batch posted in between is not missed), or on abort. */
async function untilIdle(idle: () => Promise<boolean>, signal: AbortSignal): Promise<void> {
  let quietChecks = 0;
  while (!signal.aborted && quietChecks < 2) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    quietChecks = (await idle()) ? quietChecks + 1 : 0;
  }
}
