/**
 * The composition root: builds the store, the text model and the pipeline from one parsed Config and hands them to
 * whoever asked (the CLI today, the server later). Nothing else constructs these.
 */
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Config } from './config/config.ts';
import type { DocumentFormat } from './domain/document.ts';
import type { ColumnMapping } from './ingest/column-mapping.ts';
import { readSources } from './ingest/read-sources.ts';
import type { IngestItem } from './ingest/ingest-item.ts';
import { openJobBoard, type JobBoard } from './workers/job-board.ts';
import { PlauditError } from './domain/errors.ts';
import type { JudgeModel } from './judge/judge-model.ts';
import { decodeModel } from './judge/model/model-file.ts';
import { createTrainedModel, type TrainedTextModel } from './judge/model/trained-model.ts';
import type { IngestReport } from './pipeline/ingest-report.ts';
import { runIngest, type IngestProgress } from './pipeline/run-ingest.ts';
import type { FilmsChangedHook } from './store/port.ts';
import { filmRereader, readFilmsInContext, type FilmRereader } from './use-cases/read-films-in-context.ts';
import type { WebStore } from './store/web-port.ts';
import type { DatabaseFiles } from './store/database-files.ts';
import { sqliteDatabaseFiles } from './store/sqlite/backup-sqlite.ts';
import { openSqliteStore } from './store/sqlite/open-sqlite-store.ts';
import { isPostgresUrl, postgresTarget } from './store/postgres/database-url.ts';
import { openPostgresStore } from './store/postgres/open-postgres-store.ts';
import { createIsolatedProcessor, type DocumentProcessor } from './pipeline/isolated-processor.ts';
import { createWebFetcher, type FetchPolicy } from './web/fetch/index.ts';
import type { WebJobDeps } from './web/run-web-jobs.ts';

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
  /** The review store with the web port (search, critics, outlets, API tokens) the server reads. */
  readonly store: WebStore;
  readonly model: JudgeModel;
  ingest(request: IngestRequest): Promise<IngestReport>;
  close(): Promise<void>;
}

export async function createApp(config: Config): Promise<App> {
  // The model file takes a third of a second to decode; commands that never judge or profile (films, backup,
  // token) should not pay for it, so it is read on first use. The shipped model always reads films in context.
  let model: TrainedTextModel | undefined;
  const judgeModel = () => (model ??= loadJudgeModel());
  const onFilmsChanged = readFilmsInContext((reviews) => filmRereaderOf(judgeModel())!(reviews));
  const store = await openStore(config, { onFilmsChanged });
  return {
    config,
    store,
    get model() {
      return judgeModel();
    },
    ingest: (request) =>
      runIngest({
        items: readRequestSources(config, request),
        store,
        model: judgeModel(),
        batchSize: config.batchSize,
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      }),
    close: () => store.close(),
  };
}

/** The documents an ingest request names, read as `plaudit ingest` reads them (and as it queues them for workers). */
export function readRequestSources(config: Pick<Config, 'maxDocumentBytes'>, request: IngestRequest): AsyncGenerator<IngestItem> {
  return readSources(request.paths, {
    mapping: request.mapping ?? {},
    maxDocumentBytes: config.maxDocumentBytes,
    ...(request.filmHint ? { filmHint: request.filmHint } : {}),
    ...(request.stdin ? { stdin: request.stdin } : {}),
    ...(request.stdinFormat ? { stdinFormat: request.stdinFormat } : {}),
  });
}

/**
 * The job board workers share (workers/job-board.ts), on the configured PostgreSQL database. SQLite has none: one
 * process does the work there (`plaudit ingest`, `plaudit watch`).
 */
export async function openJobBoardFor(config: Pick<Config, 'dbPath'>, options: { poolSize?: number } = {}): Promise<JobBoard> {
  if (!isPostgresUrl(config.dbPath)) {
    throw new PlauditError(
      'invalid-argument',
      `workers share a PostgreSQL database (--db postgres://…); ${config.dbPath} is an SQLite file, where \`plaudit ingest\` and \`plaudit watch\` do the work in one process`,
    );
  }
  return openJobBoard({ ...postgresTarget(config.dbPath), ...options });
}

/** The configured database, SQLite or PostgreSQL (a postgres:// URL), with the same ports either way. */
export async function openStore(
  config: Pick<Config, 'dbPath'>,
  options: { onFilmsChanged?: FilmsChangedHook; readonly?: boolean; onMigrated?: (names: readonly string[]) => void } = {},
): Promise<WebStore> {
  if (isPostgresUrl(config.dbPath)) return openPostgresStore({ ...postgresTarget(config.dbPath), ...options });
  return openSqliteStore({ path: config.dbPath, ...options });
}

/** What works the web queue, and how to let it go. */
export interface WebWorker {
  deps: WebJobDeps;
  close(): Promise<void>;
}

/**
 * The web as a source, composed: the app's store and its job queue, a safe and polite fetcher (web/fetch) with
 * the configured hosts allowed and those the command allowed besides, and the isolated pipeline (a web page is
 * untrusted input, as a posted one is).
 *
 * @example
 * const worker = openWebWorker(app, { allowHosts: ['intranet.example'] });
 * try { await watchWeb(worker.deps, { once: true }); } finally { await worker.close(); }
 */
export function openWebWorker(
  app: App,
  options: { allowHosts?: readonly string[]; processor?: DocumentProcessor; lookup?: FetchPolicy['lookup'] } = {},
): WebWorker {
  const web = app.config.web;
  const fetcher = createWebFetcher({
    allowHosts: [...new Set([...web.allowHosts, ...(options.allowHosts ?? []).map((host) => host.trim().toLowerCase())])],
    userAgent: `Plaudit/${PACKAGE_VERSION} (critic-review aggregator${web.contact ? `; +${web.contact}` : ''})`,
    timeoutMs: web.timeoutMs,
    perHostDelayMs: web.perHostDelayMs,
    // Only the benchmark passes one: it maps twenty host names to loopback.
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });
  // A processor the caller owns (the server's) is shared; otherwise this worker has its own and closes it.
  const processor = options.processor ?? createIsolatedProcessor();
  return {
    deps: {
      store: app.store,
      queue: app.store.jobs,
      fetcher,
      process: (document) => processor.process(document),
      maxDocumentBytes: app.config.maxDocumentBytes,
      feedIntervalMinutes: web.feedIntervalMinutes,
    },
    close: async () => {
      await fetcher.close();
      if (options.processor === undefined) await processor.close();
    },
  };
}

/** The version in package.json, for the User-Agent. */
const PACKAGE_VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string }).version;

/** The configured database as files, for backup and restore; it opens nothing until asked (restore needs it closed). */
export function databaseFilesFor(config: Config): DatabaseFiles {
  if (isPostgresUrl(config.dbPath)) {
    throw new PlauditError(
      'invalid-argument',
      'backup and restore copy the SQLite file; a PostgreSQL database is backed up with its own tools (pg_dump, pg_restore)',
    );
  }
  return sqliteDatabaseFiles(config.dbPath);
}

/** How a film's text-judged reviews are read beside one another, when the model knows how (a trained one does). */
export function filmRereaderOf(model: JudgeModel): FilmRereader | null {
  return model.filmReader ? filmRereader(model.filmReader) : null;
}

/** The trained judge shipped with the package, resolved from this file so it works from any working directory. */
export const DEFAULT_MODEL_FILE = fileURLToPath(new URL('../models/judge.model', import.meta.url));

/**
 * Reads the judge's trained model file (models/judge.model in the package unless a path is given). A missing or
 * corrupt file is an error that says how to rebuild it; `createLexiconModel()` (src/judge/lexicon-model.ts) stays
 * available behind the same TextModel interface for callers that want the hand-written fallback.
 */
export function loadJudgeModel(path: string = DEFAULT_MODEL_FILE): TrainedTextModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new PlauditError('not-found', `The judge's model file ${path} is missing; run \`plaudit train\` to build it.`, { cause });
  }
  return createTrainedModel(decodeModel(bytes));
}
