/**
 * The job board many workers share on PostgreSQL: pg-boss 10 (https://github.com/timgit/pg-boss), in a schema of its
 * own beside Plaudit's tables. Chosen over graphile-worker 0.17 for how it treats a worker that dies: a job runs
 * under an expiry, and when its worker is killed mid-batch, pg-boss's supervisor puts it back for another worker
 * within seconds (graphile-worker keeps a crashed worker's lock for four hours); and its fetch/complete/fail calls
 * let one process run several kinds of job at the concurrency we choose. Jobs are taken with SKIP LOCKED, so any
 * number of workers on any number of machines can share one board.
 *
 * What a job does is elsewhere (ingest-jobs.ts); this file only names the queues and how long a job may run.
 */
import PgBoss from 'pg-boss';
import { PlauditError } from '../domain/errors.ts';
import { describeDatabaseUrl } from '../store/postgres/database-url.ts';

/** Each queue and what its job carries. */
export const QUEUES = {
  /** A batch of documents to clean, judge and store (ingest-jobs.ts IngestBatchJob). */
  ingest: 'plaudit-ingest',
  /** A run of films to export as JSON (export-jobs.ts ExportPartJob). */
  export: 'plaudit-export',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobBoardOptions {
  /** The PostgreSQL URL (without Plaudit's ?schema=, see postgres/database-url.ts postgresTarget). */
  url: string;
  /** Plaudit's schema; the board lives in "<schema>_jobs" beside it ("plaudit_jobs" for the default schema). */
  schema?: string;
  /** Connections for this process's board (workers need one per concurrent job, plus one to poll). */
  poolSize?: number;
  /** How often this process looks for expired jobs to hand to another worker (default 10 s). */
  superviseEverySeconds?: number;
}

/** How long one job may run before pg-boss hands it to another worker, and how often it is tried. */
export interface JobLimits {
  timeoutSeconds: number;
  retries: number;
}

export const DEFAULT_JOB_LIMITS: JobLimits = { timeoutSeconds: 300, retries: 5 };

export interface JobBoard {
  readonly boss: PgBoss;
  /** Where the board is, for messages ("PostgreSQL database plaudit on localhost (schema plaudit_jobs)"). */
  readonly where: string;
  /** Jobs of this queue not yet finished: created, waiting to retry, or running. */
  unfinished(queue: QueueName): Promise<number>;
  /**
   * Waits for a job to finish (completed, or failed or cancelled for good) and returns it, or null when it is no
   * longer on the board. `pollMs` is how often to look (the board has no push for a sender); a signal ends the wait
   * with null.
   */
  finished<T>(queue: QueueName, id: string, options?: { pollMs?: number; signal?: AbortSignal }): Promise<PgBoss.JobWithMetadata<T> | null>;
  /** finished(), then the job's output; throws when the job failed for good or is gone. */
  result<T>(queue: QueueName, id: string): Promise<T>;
  close(): Promise<void>;
}

export function jobSchemaFor(schema: string | undefined): string {
  return schema === undefined ? 'plaudit_jobs' : `${schema}_jobs`;
}

/** Starts pg-boss on the database (installing its schema the first time) and makes sure Plaudit's queues exist. */
export async function openJobBoard(options: JobBoardOptions): Promise<JobBoard> {
  const schema = jobSchemaFor(options.schema);
  const where = describeDatabaseUrl(options.url, schema);
  const boss = new PgBoss({
    connectionString: options.url,
    schema,
    max: options.poolSize ?? 4,
    application_name: 'plaudit',
    supervise: true,
    maintenanceIntervalSeconds: options.superviseEverySeconds ?? 10,
    // Finished jobs stay a week, so `plaudit ingest --wait` and an operator can read what each did.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
    schedule: false,
  });
  // pg-boss reports background failures here (a dropped connection during maintenance) and retries by itself; an
  // unhandled 'error' event would end the process.
  boss.on('error', () => undefined);
  try {
    await boss.start();
    for (const queue of Object.values(QUEUES)) {
      if ((await boss.getQueue(queue)) === null) await boss.createQueue(queue, { name: queue, policy: 'standard' });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new PlauditError('store-failed', `cannot open the job board in ${where}: ${message}`, { cause: error });
  }
  const finished = async <T>(queue: QueueName, id: string, options: { pollMs?: number; signal?: AbortSignal } = {}) => {
    while (!options.signal?.aborted) {
      const job = await boss.getJobById<T>(queue, id, { includeArchive: true });
      if (job === null || ['completed', 'failed', 'cancelled'].includes(job.state)) return job;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
    }
    return null;
  };
  return {
    boss,
    where,
    unfinished: (queue) => boss.getQueueSize(queue, { before: 'completed' }),
    finished,
    result: async <T>(queue: QueueName, id: string): Promise<T> => {
      const job = await finished<T>(queue, id);
      if (job === null) throw new PlauditError('store-failed', `job ${id} is no longer on the job board`);
      if (job.state === 'completed') return job.output as T;
      const output = job.output as { message?: unknown } | null;
      throw new PlauditError('store-failed', `job ${id} failed on every try: ${String(output?.message ?? 'no reason given')}`);
    },
    close: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
