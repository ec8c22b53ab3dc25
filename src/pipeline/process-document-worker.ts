/**
 * The worker thread side of the isolated processor (isolated-processor.ts): loads the judge model once, then
 * processes one document per message and posts back the outcome (a review, or a hold) or the error as data. Compiled (dist/), the
 * thread runs this file directly; from the TypeScript sources it starts through process-document-worker.mjs, which
 * gives the thread the TypeScript loader first (worker-slot.ts picks).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_MODEL_FILE, loadJudgeModel } from '../app.ts';
import { PlauditError } from '../domain/errors.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import { processDocument } from './process-document.ts';
import type { ErrorData, WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.ts';

function errorData(error: unknown): ErrorData {
  if (error instanceof PlauditError) return { code: error.code, message: error.message };
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    // Recursion over a page's nesting ran out of stack: the page is at fault, not the code.
    return { code: 'too-complex', message: 'The document is nested too deeply to process; nothing was stored. Send the review as plain text or a simpler page.' };
  }
  // Not a PlauditError: a bug of ours; the stack goes back so the server can log it.
  return { code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

function start(port: NonNullable<typeof parentPort>, setup: WorkerSetup): void {
  let model: JudgeModel;
  try {
    model = loadJudgeModel(setup.modelFile ?? DEFAULT_MODEL_FILE);
  } catch (error) {
    port.postMessage({ type: 'startup-failed', error: errorData(error) } satisfies WorkerReply);
    return;
  }
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { type: 'done', id: request.id, outcome: processDocument(request.document, model) };
    } catch (error) {
      reply = { type: 'failed', id: request.id, error: errorData(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

if (parentPort === null) throw new Error('process-document-worker runs only as a worker thread.');
start(parentPort, (workerData ?? {}) as WorkerSetup);
