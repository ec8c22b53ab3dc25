import type { RawDocument } from '../domain/document.ts';
import type { DocumentFailure } from '../domain/errors.ts';

/** What the ingest readers yield: a document to process, or a failure to report. `file` groups the summary. */
export type IngestItem =
  | { kind: 'document'; file: string; document: RawDocument }
  | { kind: 'failure'; file: string; failure: DocumentFailure }
  | { kind: 'skipped'; file: string; reason: string };
