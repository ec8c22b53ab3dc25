/**
 * `plaudit serve`: the website and the REST API on embedded SQLite. With --examples an empty database first gets
 * the bundled example reviews, so `npm start` shows a working site at once. Runs until SIGINT or SIGTERM. Reviews
 * posted to the API are processed in a worker thread with time and memory limits (the isolated processor), which
 * is closed with the server.
 */
import { relative } from 'node:path';
import { createIsolatedProcessor } from '../../pipeline/isolated-processor.ts';
import { exposedHostWarning } from '../../server/bind-address.ts';
import { createServerApp } from '../../server/create-server-app.ts';
import { ResponseCache } from '../../server/middleware/response-cache.ts';
import { startServer } from '../../server/start-server.ts';
import { EXIT } from '../exit-codes.ts';
import { formatIngestSummary } from '../format/ingest-summary.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';
import { EXAMPLES_DIR } from './demo.ts';

export interface ServeOptions {
  port?: number;
  host?: string;
  examples?: boolean;
}

/** Resolves when the process is asked to stop; tests may pass their own signal. */
function stopRequested(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

export async function serveCommand(options: ServeOptions, io: CliIo, global: GlobalOptions, stop = stopRequested): Promise<number> {
  return withApp(io, global, async (app) => {
    if (options.examples && (await app.store.counts()).reviews === 0) {
      const started = performance.now();
      const report = await app.ingest({ paths: [relative(io.cwd, EXAMPLES_DIR) || '.'] });
      writeLine(io.stderr, `Empty database: ${formatIngestSummary(report, (performance.now() - started) / 1000)}`);
    }
    const cache = new ResponseCache({ version: () => app.store.dataVersion() });
    const processor = createIsolatedProcessor();
    try {
      const web = createServerApp(
        {
          store: app.store,
          model: app.model,
          processor,
          minReviews: app.config.minReviews,
          maxDocumentBytes: app.config.maxDocumentBytes,
          log: (message) => writeLine(io.stderr, message),
        },
        { cache },
      );
      const hostname = options.host ?? '127.0.0.1';
      const server = await startServer({ app: web, cache, port: options.port ?? 3000, hostname });
      const warning = exposedHostWarning(hostname);
      if (warning !== null) writeLine(io.stderr, warning);
      writeLine(io.stdout, `Plaudit is running at ${server.url}/ (database ${app.config.dbPath}). Press Ctrl+C to stop.`);
      await stop();
      await server.close();
    } finally {
      await processor.close();
    }
    return EXIT.ok;
  });
}
