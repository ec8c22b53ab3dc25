/**
 * Coordinates an ingest run: reads documents from the sources, skips content already stored, sends the rest through
 * clean/extract/judge, and writes them in batches, one transaction per batch. A failing document is recorded and the
 * run goes on; a batch the store refuses is retried document by document so only the bad one is lost.
 */
import type { RawDocument } from '../domain/document.ts';
import { toDocumentFailure } from '../domain/errors.ts';
import type { TextModel } from '../domain/verdict.ts';
import type { IngestItem } from '../ingest/ingest-item.ts';
import type { ProcessedReview, ReviewStore } from '../store/port.ts';
import { IngestTally, type IngestReport } from './ingest-report.ts';
import { processDocument } from './process-document.ts';

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
  model: TextModel;
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
  const ready: { file: string; processed: ProcessedReview }[] = [];
  for (const pending of batch) {
    if (known.has(pending.document.contentHash)) {
      tally.saved(pending.file, 'unchanged');
      continue;
    }
    try {
      ready.push({ file: pending.file, processed: processDocument(pending.document, options.model) });
    } catch (error) {
      tally.failed(pending.file, toDocumentFailure(pending.document.sourceName, error));
    }
  }
  if (ready.length === 0) return;
  try {
    const results = await options.store.saveReviews(ready.map((r) => r.processed));
    results.forEach((result, i) => tally.savedResult(ready[i]!.file, result));
  } catch {
    // The batch rolled back as a whole; write one at a time so one bad document costs only itself.
    for (const { file, processed } of ready) {
      try {
        const [result] = await options.store.saveReviews([processed]);
        tally.savedResult(file, result!);
      } catch (error) {
        tally.failed(file, toDocumentFailure(processed.document.sourceName, error));
      }
    }
  }
}
