import type { RawDocument } from '../domain/document.ts';
import type { DocumentFailure } from '../domain/errors.ts';

/**
 * What the ingest readers yield: a document to process, a failure to report, an entry not read, or a warning
 * about a whole source (undecodable bytes replaced). `file` groups the summary.
 */
export type IngestItem =
  | { kind: 'document'; file: string; document: RawDocument }
  | { kind: 'failure'; file: string; failure: DocumentFailure }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'warning'; file: string; warning: IngestWarning };

export interface IngestWarning {
  /** The document, row or file it is about, named as in failures. */
  source: string;
  message: string;
}
