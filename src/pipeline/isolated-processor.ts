/**
 * Processes untrusted documents (those posted to the server) off the caller's thread: each document goes through
 * processDocument in a worker thread with a memory limit and a time limit, so a hostile page costs one thread and
 * one error, never the event loop that serves every other request. It coordinates a queue of waiting documents and
 * a few WorkerSlots (worker-slot.ts); the worker loads the judge model itself (process-document-worker.ts).
 */
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import type { ProcessOutcome } from './process-document.ts';
import { WorkerSlot } from './worker-slot.ts';

export interface DocumentProcessor {
  /** The document cleaned, extracted and judged; rejects with the PlauditError processDocument would throw. */
  process(document: RawDocument): Promise<ProcessOutcome>;
  /** Stops the threads; documents still waiting fail with 'busy'. */
  close(): Promise<void>;
}

export interface IsolatedProcessorOptions {
  /** Longest one document may take, from when a ready thread gets it (default 10 000 ms). */
  timeLimitMs?: number;
  /** The worker's heap limit, `resourceLimits.maxOldGenerationSizeMb` (default 512). */
  memoryLimitMb?: number;
  /** Worker threads processing at once (default 1). */
  threads?: number;
  /** Documents that may wait for a thread; one more is refused with 'busy' (default 32). */
  maxWaiting?: number;
  /** The judge's model file (default: the package's models/judge.model). */
  modelFile?: string;
}

export const PROCESSOR_DEFAULTS = { timeLimitMs: 10_000, memoryLimitMb: 512, threads: 1, maxWaiting: 32 } as const;

interface Waiting {
  document: RawDocument;
  resolve: (outcome: ProcessOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * @example
 * const processor = createIsolatedProcessor({ timeLimitMs: 5_000 });
 * const processed = await processor.process(document);   // PlauditError('too-complex') past the limit
 * await processor.close();
 */
export function createIsolatedProcessor(options: IsolatedProcessorOptions = {}): DocumentProcessor {
  const settings = { ...PROCESSOR_DEFAULTS, ...options };
  const idle: WorkerSlot[] = [];
  const all: WorkerSlot[] = [];
  for (let i = 0; i < settings.threads; i++) {
    const slot = new WorkerSlot({ timeLimitMs: settings.timeLimitMs, memoryLimitMb: settings.memoryLimitMb, ...(settings.modelFile ? { modelFile: settings.modelFile } : {}) });
    idle.push(slot);
    all.push(slot);
  }
  const waiting: Waiting[] = [];
  let closed = false;

  function run(slot: WorkerSlot, job: Waiting): void {
    slot.run(job.document).then(job.resolve, (error: unknown) => {
      // A thread stopped over a document is replaced at once, so the next document does not wait for it to start.
      if (!closed && error instanceof PlauditError && error.code === 'too-complex') slot.start().catch(() => undefined);
      job.reject(error);
    }).finally(() => {
      idle.push(slot);
      next();
    });
  }

  function next(): void {
    while (idle.length > 0 && waiting.length > 0 && !closed) run(idle.pop() as WorkerSlot, waiting.shift() as Waiting);
  }

  return {
    process(document) {
      if (closed) return Promise.reject(new PlauditError('busy', 'The server is shutting down; send the review again once it is back.'));
      if (idle.length === 0 && waiting.length >= settings.maxWaiting) {
        return Promise.reject(new PlauditError('busy', `${settings.maxWaiting} documents are already waiting to be processed; try again in a minute.`));
      }
      return new Promise<ProcessOutcome>((resolve, reject) => {
        waiting.push({ document, resolve, reject });
        next();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new PlauditError('busy', 'The server is shutting down; send the review again once it is back.'));
      await Promise.all(all.map((slot) => slot.stop()));
    },
  };
}
