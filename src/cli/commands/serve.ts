/**
 * `plaudit serve`: the website and the REST API on embedded SQLite. It binds its port first and only then opens
 * the database, so a port already taken is one line of advice and nothing written. With --examples an empty
 * database then gets the bundled example reviews, so `npm start` shows a working site at once. Runs until SIGINT
 * or SIGTERM. Reviews posted to the API are processed in a worker thread with time and memory limits (the
 * isolated processor), which is closed with the server. Requests and server errors are logged to stderr as JSON
 * lines; stdout has the one line that says where the site is.
 */
import { databaseLabel } from '../../store/postgres/database-url.ts';
import { relative } from 'node:path';
import type { Logger } from 'pino';
import { openWebWorker, type App } from '../../app.ts';
import { DEFAULT_CONFIG_FILE } from '../../config/config-file.ts';
import type { Config } from '../../config/config.ts';
import { PlauditError } from '../../domain/errors.ts';
import { createIsolatedProcessor, type DocumentProcessor } from '../../pipeline/isolated-processor.ts';
import { watchWeb } from '../../use-cases/web-sources.ts';
import { exposedHostWarning } from '../../server/bind-address.ts';
import { createServerApp } from '../../server/create-server-app.ts';
import { createServerLogger } from '../../server/logger.ts';
import { ResponseCache } from '../../server/middleware/response-cache.ts';
import { listen, type BoundServer } from '../../server/start-server.ts';
import { EXIT } from '../exit-codes.ts';
import { formatIngestSummary } from '../format/ingest-summary.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, withConfiguredApp, type GlobalOptions } from '../open-app.ts';
import { EXAMPLES_DIR } from './demo.ts';

export interface ServeOptions {
  port?: number;
  host?: string;
  examples?: boolean;
  /** Also work the web queue (feeds and pages by URL) beside the site, as `plaudit watch` would. */
  watch?: boolean;
  allowHost?: string[];
}

/** Resolves when the process is asked to stop; tests may pass their own signal. */
function stopRequested(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

export async function serveCommand(options: ServeOptions, io: CliIo, global: GlobalOptions, stop = stopRequested): Promise<number> {
  const config = loadCliConfig(io, global, { port: options.port, host: options.host });
  const server = await bind(config, global.config ?? DEFAULT_CONFIG_FILE);
  try {
    return await withConfiguredApp(config, async (app) => {
      if (options.examples && (await app.store.counts()).reviews === 0) await ingestExamples(app, io);
      await answer(app, server, io, stop, options);
      return EXIT.ok;
    });
  } finally {
    await server.close();
  }
}

async function ingestExamples(app: App, io: CliIo): Promise<void> {
  const started = performance.now();
  const report = await app.ingest({ paths: [relative(io.cwd, EXAMPLES_DIR) || '.'] });
  writeLine(io.stderr, `Empty database: ${formatIngestSummary(report, (performance.now() - started) / 1000)}`);
}

async function answer(app: App, server: BoundServer, io: CliIo, stop: () => Promise<unknown>, options: ServeOptions): Promise<void> {
  const { config } = app;
  const logger = createServerLogger({ level: config.logLevel, destination: io.stderr });
  const cache = new ResponseCache({ version: () => app.store.dataVersion() });
  const processor = createIsolatedProcessor();
  const nudges = new EventTarget();
  try {
    const deps = {
      store: app.store,
      model: app.model,
      processor,
      minReviews: config.minReviews,
      weights: config.weights,
      maxDocumentBytes: config.maxDocumentBytes,
      logger,
      watching: options.watch === true,
      onUrlsQueued: () => nudges.dispatchEvent(new Event('nudge')),
      ...(config.publicUrl !== undefined ? { publicUrl: config.publicUrl } : {}),
    };
    server.attach(createServerApp(deps, { cache }), { cache, logger });
    const warning = exposedHostWarning(config.host);
    if (warning !== null) writeLine(io.stderr, warning);
    writeLine(io.stdout, `Plaudit is running at ${server.url}/ (database ${databaseLabel(config.dbPath)}). Press Ctrl+C to stop.`);
    const watching = options.watch ? watchBeside(app, { processor, nudges, allowHosts: options.allowHost ?? [], logger }) : null;
    await stop();
    await watching?.stop();
    await server.close();
  } finally {
    await processor.close();
  }
}

/**
 * The web worker beside the server: it shares the server's isolated processor and logs each job as a JSON line.
 * Stopping lets the jobs in hand finish; a failure of the worker is logged and does not take the site down.
 */
function watchBeside(
  app: App,
  { processor, nudges, allowHosts, logger }: { processor: DocumentProcessor; nudges: EventTarget; allowHosts: readonly string[]; logger: Logger },
): { stop(): Promise<void> } {
  const worker = openWebWorker(app, { allowHosts, processor });
  const controller = new AbortController();
  const running = watchWeb(worker.deps, {
    signal: controller.signal,
    nudges,
    onJob: (report) => logger.info({ job: report.job.id, url: report.job.url, outcome: report.outcome, failure: report.failure }, 'web job'),
  }).catch((error: unknown) => logger.error({ err: error }, 'the web worker stopped'));
  return {
    stop: async () => {
      controller.abort();
      await running;
      await worker.close();
    },
  };
}

/** Binds the port before anything else happens; a port that cannot be had is a usage error with the way out. */
async function bind(config: Config, configFile: string): Promise<BoundServer> {
  try {
    return await listen({ port: config.port, hostname: config.host });
  } catch (error) {
    const message = bindFailure((error as NodeJS.ErrnoException | null)?.code, config, configFile);
    if (message === null) throw error;
    throw new PlauditError('invalid-argument', message, { cause: error });
  }
}

function bindFailure(code: string | undefined, { host, port }: Config, configFile: string): string | null {
  const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const other = port === 0 || port === 65535 ? 3001 : port + 1;
  const pick = `pick another port with \`plaudit serve --port ${other}\` (\`npm start -- --port ${other}\`) or "port" in ${configFile}`;
  switch (code) {
    case 'EADDRINUSE':
      return `${address} is already in use (another Plaudit, or another program?); ${pick}.`;
    case 'EACCES':
      return `not allowed to listen on ${address} (ports below 1024 need privileges); ${pick}.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${address}: ${host} is not an address of this machine; try \`--host 127.0.0.1\` or "host" in ${configFile}.`;
    default:
      return null;
  }
}
