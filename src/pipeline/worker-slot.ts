/**
 * One worker thread of the isolated processor: started on demand, one document at a time, terminated when a
 * document runs past its time limit or the thread dies (out of memory, a crash), so the next document gets a fresh
 * thread. The time limit counts from when a ready thread receives the document; starting a thread does not count.
 */
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../domain/document.ts';
import { PlauditError, type PlauditErrorCode } from '../domain/errors.ts';
import type { ProcessOutcome } from './process-document.ts';
import type { ErrorData, WorkerReply, WorkerSetup } from './worker-messages.ts';

// Compiled (dist/), the worker's entry is plain JavaScript the thread can load as it is. From the TypeScript sources
// (tsx, vitest) a thread does not inherit the parent's loader, so it starts through a bootstrap that registers tsx.
const WORKER_ENTRY = import.meta.url.endsWith('.js')
  ? new URL('./process-document-worker.js', import.meta.url)
  : new URL('./process-document-worker.mjs', import.meta.url);

export interface WorkerSlotOptions extends WorkerSetup {
  timeLimitMs: number;
  memoryLimitMb: number;
}

interface Pending {
  id: number;
  resolve: (outcome: ProcessOutcome) => void;
  reject: (error: PlauditError) => void;
}

function fromData(error: ErrorData): PlauditError {
  return new PlauditError(error.code as PlauditErrorCode, error.message);
}

function duration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

export class WorkerSlot {
  readonly #options: WorkerSlotOptions;
  #worker: Worker | null = null;
  #ready: Promise<void> | null = null;
  #pending: Pending | null = null;
  #nextId = 1;

  constructor(options: WorkerSlotOptions) {
    this.#options = options;
  }

  /** Starts the thread unless it runs; resolves when its model is loaded. */
  start(): Promise<void> {
    if (this.#ready !== null) return this.#ready;
    const setup: WorkerSetup = this.#options.modelFile === undefined ? {} : { modelFile: this.#options.modelFile };
    const worker = new Worker(WORKER_ENTRY, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: this.#options.memoryLimitMb } });
    this.#worker = worker;
    const ready = new Promise<void>((resolve, reject) => {
      let started = false;
      const failStart = (error: PlauditError) => {
        void this.#discard(worker);
        reject(error);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          started = true;
          if (this.#pending === null) worker.unref();
          resolve();
        } else if (reply.type === 'startup-failed') {
          failStart(new PlauditError('internal', `The document processor could not start: ${reply.error.message}`));
        } else {
          this.#settle(reply.id, reply.type === 'done' ? reply.outcome : fromData(reply.error));
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const crash = this.#crashError(error);
        if (!started) return failStart(new PlauditError('internal', `The document processor could not start: ${error.message}`));
        void this.#discard(worker, crash);
      });
      worker.on('exit', (code) => {
        if (!started) return failStart(new PlauditError('internal', `The document processor exited (${code}) while starting.`));
        void this.#discard(worker, new PlauditError('internal', `The document processor exited (${code}) while processing a document.`));
      });
    });
    ready.catch(() => undefined);
    this.#ready = ready;
    return ready;
  }

  /** Processes one document; rejects with 'too-complex' when it runs past the time or memory limit. */
  async run(document: RawDocument): Promise<ProcessOutcome> {
    await this.start();
    const worker = this.#worker;
    // The thread may have died between saying it was ready and now.
    if (worker === null) throw new PlauditError('internal', 'The document processor stopped before it could take the document.');
    const id = this.#nextId++;
    return await new Promise<ProcessOutcome>((resolve, reject) => {
      const limit = this.#options.timeLimitMs;
      const timer = setTimeout(() => {
        const message = `The document took longer than ${duration(limit)} to process and was stopped; nothing was stored. Send the review as plain text or JSON, or a simpler page.`;
        void this.#discard(worker, new PlauditError('too-complex', message));
      }, limit);
      const done = () => {
        clearTimeout(timer);
        this.#pending = null;
        if (this.#worker === worker) worker.unref();
      };
      this.#pending = {
        id,
        resolve: (outcome) => (done(), resolve(outcome)),
        reject: (error) => (done(), reject(error)),
      };
      worker.ref();
      worker.postMessage({ id, document });
    });
  }

  /** Terminates the thread; a later run() starts a fresh one. */
  async stop(): Promise<void> {
    if (this.#worker !== null) await this.#discard(this.#worker, new PlauditError('busy', 'The document processor was stopped.'));
  }

  #settle(id: number, outcome: ProcessOutcome | PlauditError): void {
    const pending = this.#pending;
    if (pending === null || pending.id !== id) return;
    if (outcome instanceof PlauditError) pending.reject(outcome);
    else pending.resolve(outcome);
  }

  #crashError(error: Error & { code?: string }): PlauditError {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const message = `The document needed more than the ${this.#options.memoryLimitMb} MB memory limit to process and was stopped; nothing was stored. Send the review as plain text or JSON, or a simpler page.`;
      return new PlauditError('too-complex', message);
    }
    return new PlauditError('internal', `The document processor crashed: ${error.stack ?? error.message}`);
  }

  /** Forgets the thread (so the next run starts a fresh one), fails its document, and terminates it. */
  async #discard(worker: Worker, error?: PlauditError): Promise<void> {
    if (this.#worker !== worker) return;
    this.#worker = null;
    this.#ready = null;
    const pending = this.#pending;
    if (pending !== null && error !== undefined) pending.reject(error);
    worker.removeAllListeners('message');
    await worker.terminate();
  }
}
