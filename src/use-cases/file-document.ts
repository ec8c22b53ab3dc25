/**
 * One document through the pipeline and into the store, for every face that takes documents one at a time (the
 * API's POST /reviews, a release from the held list, a page fetched from the web): processed by the stages the
 * caller supplies (isolated for untrusted input), then filed as the CLI's batched ingest files them
 * (pipeline/file-outcomes.ts): a review under its film, or a hold. A document the pipeline refuses is an error.
 */
import type { RawDocument } from '../domain/document.ts';
import { PlauditError } from '../domain/errors.ts';
import { fileOutcomes, type Filed } from '../pipeline/file-outcomes.ts';
import type { ProcessOutcome } from '../pipeline/process-document.ts';
import type { ReviewStore } from '../store/port.ts';

export interface FileDocumentDeps {
  store: ReviewStore;
  process: (document: RawDocument) => ProcessOutcome | Promise<ProcessOutcome>;
}

export type FiledDocument = Exclude<Filed, { kind: 'failed' }>;

/** @example const filed = await fileDocument({ store, process: (d) => processor.process(d) }, document); */
export async function fileDocument(deps: FileDocumentDeps, document: RawDocument): Promise<FiledDocument> {
  const [filed] = await fileOutcomes(deps.store, [await deps.process(document)]);
  if (filed === undefined) throw new PlauditError('internal', 'The store filed nothing and said nothing.');
  if (filed.kind === 'failed') throw new PlauditError(filed.failure.code, filed.failure.message);
  return filed;
}
