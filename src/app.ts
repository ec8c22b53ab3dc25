/**
 * The composition root: builds the store, the text model and the pipeline from one parsed Config and hands them to
 * whoever asked (the CLI today, the server later). Nothing else constructs these.
 */
import type { Readable } from 'node:stream';
import type { Config } from './config/config.ts';
import type { DocumentFormat } from './domain/document.ts';
import type { TextModel } from './domain/verdict.ts';
import type { ColumnMapping } from './ingest/column-mapping.ts';
import { readSources } from './ingest/read-sources.ts';
import { createLexiconModel } from './judge/lexicon-model.ts';
import type { IngestReport } from './pipeline/ingest-report.ts';
import { runIngest, type IngestProgress } from './pipeline/run-ingest.ts';
import type { ReviewStore } from './store/port.ts';
import { openSqliteStore } from './store/sqlite/open-sqlite-store.ts';

export interface IngestRequest {
  paths: readonly string[];
  mapping?: ColumnMapping;
  filmHint?: string;
  stdin?: Readable;
  stdinFormat?: DocumentFormat;
  onProgress?: (progress: IngestProgress) => void;
}

export interface App {
  readonly config: Config;
  readonly store: ReviewStore;
  readonly model: TextModel;
  ingest(request: IngestRequest): Promise<IngestReport>;
  close(): Promise<void>;
}

export async function createApp(config: Config): Promise<App> {
  const store = await openSqliteStore({ path: config.dbPath });
  const model = createLexiconModel();
  return {
    config,
    store,
    model,
    ingest: (request) =>
      runIngest({
        items: readSources(request.paths, {
          mapping: request.mapping ?? {},
          maxDocumentBytes: config.maxDocumentBytes,
          ...(request.filmHint ? { filmHint: request.filmHint } : {}),
          ...(request.stdin ? { stdin: request.stdin } : {}),
          ...(request.stdinFormat ? { stdinFormat: request.stdinFormat } : {}),
        }),
        store,
        model,
        batchSize: config.batchSize,
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      }),
    close: () => store.close(),
  };
}
