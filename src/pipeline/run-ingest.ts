/**
 * Coordinates an ingest run: reads documents from the sources, skips content already stored, sends the rest through
 * clean/extract/gate/judge, and files them in batches (file-outcomes.ts: under their film, or on the held list), one
 * transaction per batch. A failing document is recorded and the run goes on; a batch the store refuses is retried
 * document by document so only the bad one is lost.
 */
import type { RawDocument } from '../domain/document.ts';
import { toDocumentFailure } from '../domain/errors.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import type { IngestItem } from '../ingest/ingest-item.ts';
import type { ReviewStore } from '../store/port.ts';
import { fileOutcomes } from './file-outcomes.ts';
import { IngestTally, type IngestReport } from './ingest-report.ts';
import { processDocument, type ProcessOutcome } from './process-document.ts';

export interface IngestProgress {
  documents: number;
  failed: number;
  file: string;
}

/**
 * A batch is also cut when its documents add up to this many bytes, so a folder of large HTML pages is not held in
 * memory a thousand pages at a time.
 */
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;

export interface RunIngestOptions {
  items: AsyncIterable<IngestItem>;
  store: ReviewStore;
  model: JudgeModel;
  batchSize: number;
  maxBatchBytes?: number;
  onProgress?: (progress: IngestProgress) => void;
}

interface Pending {
  file: string;
  document: RawDocument;
}

export async function runIngest(options: RunIngestOptions): Promise<IngestReport> {
  const tally = new IngestTally();
  let batch: Pending[] = [];
  let batchBytes = 0;
  const maxBatchBytes = options.maxBatchBytes ?? MAX_BATCH_BYTES;
  let lastFile = '';
  const progress = () => options.onProgress?.({ documents: tally.documents, failed: tally.failedCount, file: lastFile });

  for await (const item of options.items) {
    lastFile = item.file;
    if (item.kind === 'failure') {
      tally.failed(item.file, item.failure);
      progress();
      continue;
    }
    if (item.kind === 'skipped') {
      tally.skip(item.file, item.reason);
      continue;
    }
    if (item.kind === 'warning') {
      tally.warn(item.warning);
      continue;
    }
    for (const message of item.document.warnings ?? []) tally.warn({ source: item.document.sourceName, message });
    batch.push({ file: item.file, document: item.document });
    batchBytes += item.document.byteLength;
    if (batch.length >= options.batchSize || batchBytes >= maxBatchBytes) {
      await writeBatch(batch, options, tally);
      batch = [];
      batchBytes = 0;
      progress();
    }
  }
  if (batch.length > 0) await writeBatch(batch, options, tally);
  progress();
  return tally.report();
}

async function writeBatch(batch: Pending[], options: RunIngestOptions, tally: IngestTally): Promise<void> {
  const known = await options.store.knownHashes(batch.map((p) => p.document.contentHash));
  const ready: { file: string; outcome: ProcessOutcome }[] = [];
  for (const pending of batch) {
    if (known.has(pending.document.contentHash)) {
      tally.saved(pending.file, 'unchanged');
      continue;
    }
    try {
      ready.push({ file: pending.file, outcome: processDocument(pending.document, options.model) });
    } catch (error) {
      tally.failed(pending.file, toDocumentFailure(pending.document.sourceName, error));
    }
  }
  if (ready.length === 0) return;
  const filed = await fileOutcomes(options.store, ready.map((r) => r.outcome));
  filed.forEach((result, i) => {
    const { file } = ready[i]!;
    if (result.kind === 'saved') tally.savedResult(file, result.result);
    else if (result.kind === 'held') tally.held(file, result);
    else tally.failed(file, result.failure);
  });
}
