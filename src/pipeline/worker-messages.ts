/** The messages between the isolated processor and its worker thread (both sides import these types). */
import type { RawDocument } from '../domain/document.ts';
import type { ProcessOutcome } from './process-document.ts';

export interface WorkerSetup {
  /** The judge's model file; the package's own when absent. */
  modelFile?: string;
}

export interface WorkerRequest {
  id: number;
  document: RawDocument;
}

/** An error as data: a PlauditError's code and message survive the thread boundary, its class does not. */
export interface ErrorData {
  code: string;
  message: string;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'startup-failed'; error: ErrorData }
  | { type: 'done'; id: number; outcome: ProcessOutcome }
  | { type: 'failed'; id: number; error: ErrorData };
