/**
 * Ingest through the job board (job-board.ts): the sending side reads the sources and posts their documents as
 * batch jobs; any worker on any machine takes a batch, runs it through the same pipeline as `plaudit ingest`
 * (pipeline/run-ingest.ts) and returns its report as the job's output. A batch is the unit of work and of retry:
 * saving is idempotent by content hash and one transaction per batch, so a batch run twice (its worker was killed,
 * or its expiry passed while it was still running) stores nothing twice, and two workers racing on the same film
 * or document end as one process would.
 */
import type { RawDocument } from '../domain/document.ts';
import type { IngestItem } from '../ingest/ingest-item.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import { IngestTally, MAX_LISTED, type FileSummary, type IngestReport } from '../pipeline/ingest-report.ts';
import { MAX_BATCH_BYTES, runIngest } from '../pipeline/run-ingest.ts';
import type { ReviewStore } from '../store/port.ts';
import { DEFAULT_JOB_LIMITS, QUEUES, type JobBoard, type JobLimits } from './job-board.ts';

/** What one ingest job carries: documents as the readers made them, each with the file it came from. */
export interface IngestBatchJob {
  documents: { file: string; document: RawDocument }[];
}

export interface QueuedIngest {
  jobIds: string[];
  documents: number;
  /** What could not be read at all (the sending side's failures, skips and warnings), as a report of its own. */
  reading: IngestReport;
}

/**
 * Reads the items and posts them as jobs of at most `batchSize` documents (and MAX_BATCH_BYTES), as they are read,
 * so a large export is never held whole in memory.
 */
export async function queueIngest(
  board: JobBoard,
  items: AsyncIterable<IngestItem>,
  options: { batchSize: number; limits?: JobLimits; onQueued?: (documents: number) => void },
): Promise<QueuedIngest> {
  const limits = options.limits ?? DEFAULT_JOB_LIMITS;
  const reading = new IngestTally();
  const jobIds: string[] = [];
  let documents = 0;
  let batch: IngestBatchJob['documents'] = [];
  let bytes = 0;
  const post = async () => {
    if (batch.length === 0) return;
    const id = await board.boss.send(QUEUES.ingest, { documents: batch } satisfies IngestBatchJob, {
      expireInSeconds: limits.timeoutSeconds,
      retryLimit: limits.retries,
      retryBackoff: true,
      retryDelay: 5,
    });
    if (id === null) throw new Error('the job board refused a batch');
    jobIds.push(id);
    documents += batch.length;
    options.onQueued?.(documents);
    batch = [];
    bytes = 0;
  };
  for await (const item of items) {
    if (item.kind === 'failure') reading.failed(item.file, item.failure);
    else if (item.kind === 'skipped') reading.skip(item.file, item.reason);
    else if (item.kind === 'warning') reading.warn(item.warning);
    else {
      batch.push({ file: item.file, document: item.document });
      bytes += item.document.byteLength;
      if (batch.length >= options.batchSize || bytes >= MAX_BATCH_BYTES) await post();
    }
  }
  await post();
  return { jobIds, documents, reading: reading.report() };
}

/** Runs one batch job: the documents through the pipeline into the store, in one transaction as `plaudit ingest` does. */
export async function runIngestBatch(job: IngestBatchJob, deps: { store: ReviewStore; model: JudgeModel }): Promise<IngestReport> {
  async function* items(): AsyncGenerator<IngestItem> {
    for (const { file, document } of job.documents) yield { kind: 'document', file, document };
  }
  // One batch, one transaction: the job is the unit a killed worker leaves to another.
  return runIngest({ items: items(), store: deps.store, model: deps.model, batchSize: Math.max(1, job.documents.length) });
}

/**
 * Waits until every one of these jobs has finished (completed, or failed for good) and returns their reports, in
 * the order given; a job that failed for good is reported as that batch's documents failing, with pg-boss's error.
 * Jobs are awaited one after another in the order they were posted (roughly the order workers finish them), so a
 * wait on a thousand batches asks the board about one at a time, not about all of them on every turn.
 */
export async function waitForIngestJobs(
  board: JobBoard,
  jobIds: readonly string[],
  options: { pollMs?: number; onProgress?: (finished: number) => void; signal?: AbortSignal } = {},
): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const id of jobIds) {
    const job = await board.finished<IngestBatchJob>(QUEUES.ingest, id, options);
    if (options.signal?.aborted) break;
    if (job === null) reports.push(lostBatch(id, 'the job is no longer on the board'));
    else if (job.state === 'completed') reports.push(job.output as unknown as IngestReport);
    else reports.push(failedBatch(job.data, errorOf(job.output)));
    options.onProgress?.(reports.length);
  }
  return reports;
}

function errorOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String((output as { message: unknown }).message);
  return 'the batch failed on every try';
}

function failedBatch(job: IngestBatchJob, message: string): IngestReport {
  const tally = new IngestTally();
  for (const { file, document } of job.documents) {
    tally.failed(file, { source: document.sourceName, code: 'store-failed', message: `batch job failed: ${message}` });
  }
  return tally.report();
}

function lostBatch(id: string, message: string): IngestReport {
  const tally = new IngestTally();
  tally.failed('(job board)', { source: `job ${id}`, code: 'store-failed', message });
  return tally.report();
}

/** One report of many: per-file counts summed, lists joined (up to MAX_LISTED each), totals summed. */
export function mergeIngestReports(reports: readonly IngestReport[]): IngestReport {
  const files = new Map<string, FileSummary>();
  const merged: IngestReport = {
    files: [],
    failures: [],
    skipped: [],
    warnings: [],
    conflicts: [],
    held: [],
    totals: { documents: 0, added: 0, newVersions: 0, unchanged: 0, failed: 0, held: 0, internalErrors: 0 },
  };
  const notListed = { failures: 0, warnings: 0, conflicts: 0, held: 0 };
  const join = <T>(into: T[], from: readonly T[], key: keyof typeof notListed) => {
    const room = Math.max(0, MAX_LISTED - into.length);
    into.push(...from.slice(0, room));
    notListed[key] += Math.max(0, from.length - room);
  };
  for (const report of reports) {
    for (const file of report.files) {
      const into = files.get(file.file);
      if (into === undefined) files.set(file.file, { ...file });
      else {
        into.added += file.added;
        into.newVersions += file.newVersions;
        into.unchanged += file.unchanged;
        into.failed += file.failed;
        into.held += file.held;
      }
    }
    join(merged.failures, report.failures, 'failures');
    join(merged.warnings, report.warnings, 'warnings');
    join(merged.conflicts, report.conflicts, 'conflicts');
    join(merged.held, report.held, 'held');
    merged.skipped.push(...report.skipped);
    for (const key of Object.keys(merged.totals) as (keyof IngestReport['totals'])[]) merged.totals[key] += report.totals[key];
    if (report.notListed) for (const key of Object.keys(notListed) as (keyof typeof notListed)[]) notListed[key] += report.notListed[key];
  }
  merged.files = [...files.values()];
  if (Object.values(notListed).some((n) => n > 0)) merged.notListed = notListed;
  return merged;
}
