/**
 * The ingest edge: turns the paths a user names (files, folders, exports, "-" for standard input) into a stream of
 * RawDocuments and failures. Nothing here throws for a bad document; every problem becomes an item to report.
 */
import type { Readable } from 'node:stream';
import { contentHash } from './content-hash.ts';
import { toDocumentFailure } from '../domain/errors.ts';
import type { DocumentFormat } from '../domain/document.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { IngestItem } from './ingest-item.ts';
import { documentFromBytes, readDocumentFile } from './read-document-file.ts';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.ts';
import { readAtMost } from './open-input.ts';
import { readExport } from './read-records.ts';
import { listSources, type SourceFile } from './source-files.ts';

export interface ReadSourcesOptions {
  mapping: ColumnMapping;
  maxDocumentBytes: number;
  /** Caps on compressed exports; the defaults otherwise. */
  limits?: Partial<Omit<InputLimits, 'maxDocumentBytes'>>;
  filmHint?: string;
  stdin?: Readable;
  /** How to read standard input; by default HTML is recognised and anything else is text. */
  stdinFormat?: DocumentFormat;
}

export async function* readSources(paths: readonly string[], options: ReadSourcesOptions): AsyncGenerator<IngestItem> {
  for await (const entry of listSources(paths)) {
    if (entry.kind === 'failure') {
      yield { kind: 'failure', file: entry.failure.source, failure: entry.failure };
    } else if (entry.kind === 'skipped') {
      yield { kind: 'skipped', file: entry.display, reason: entry.reason };
    } else {
      yield* readSourceFile(entry.file, options);
    }
  }
}

async function* readSourceFile(file: SourceFile, options: ReadSourcesOptions): AsyncGenerator<IngestItem> {
  const limits: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...options.limits, maxDocumentBytes: options.maxDocumentBytes };
  const recordOptions = { mapping: options.mapping, limits, ...(options.filmHint ? { filmHint: options.filmHint } : {}) };
  const documentOptions = { maxDocumentBytes: options.maxDocumentBytes, ...(options.filmHint ? { filmHint: options.filmHint } : {}) };
  try {
    switch (file.kind) {
      case 'jsonl':
      case 'json':
      case 'csv':
        yield* readExport(file, recordOptions);
        return;
      case 'stdin': {
        const bytes = await readAtMost(options.stdin ?? process.stdin, options.maxDocumentBytes, 'stdin');
        const key = `stdin:${contentHash(bytes.toString('latin1'))}`;
        const source = { display: 'stdin', sourceKey: key, ...(options.stdinFormat ? { format: options.stdinFormat } : {}) };
        yield { kind: 'document', file: 'stdin', document: documentFromBytes(bytes, source, documentOptions) };
        return;
      }
      case 'document':
        yield { kind: 'document', file: file.display, document: await readDocumentFile(file, documentOptions) };
    }
  } catch (error) {
    yield { kind: 'failure', file: file.display, failure: toDocumentFailure(file.display, error) };
  }
}
