/** The columns a raw document is stored in, shared by the documents table and the held list. */
import type { RawDocument } from '../../domain/document.ts';

export function documentColumns(document: RawDocument) {
  return {
    content_hash: document.contentHash,
    source_name: document.sourceName,
    source_key: document.sourceKey,
    format: document.format,
    byte_length: document.byteLength,
    content: document.content,
  };
}
