/**
 * A real Plaudit behind the web app for tests: a temporary database (test-database.ts: a SQLite file, or a schema in
 * the run's PostgreSQL in the postgres project), the real judge model, reviews ingested through the real pipeline,
 * the real isolated processor for posted reviews, and the Hono app on top (called with app.request(), no port).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { createIsolatedProcessor, type DocumentProcessor, type IsolatedProcessorOptions } from '../src/pipeline/isolated-processor.ts';
import { generateApiToken, hashApiToken } from '../src/server/auth/api-token.ts';
import { createServerApp } from '../src/server/create-server-app.ts';
import type { ServerLimits } from '../src/server/deps.ts';
import { createServerLogger } from '../src/server/logger.ts';
import { repoRoot } from './run-plaudit.ts';
import { dropTestDatabase, testDatabase } from './test-database.ts';

export interface ServerFixture {
  app: App;
  web: Hono;
  processor: DocumentProcessor;
  /** A live API token with every scope (ingest, edit). */
  token: string;
  /** What the server logged: one JSON line per request and per error. */
  logs: string[];
  close(): Promise<void>;
}

export interface ServerFixtureOptions {
  /** Folders and files ingested first (default: examples/). */
  paths?: string[];
  /** The ingest endpoint's body limit (default 64 KiB). */
  maxDocumentBytes?: number;
  processor?: IsolatedProcessorOptions;
  limits?: ServerLimits;
}

export async function openServerFixture(options: ServerFixtureOptions = {}): Promise<ServerFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-server-'));
  const db = testDatabase(dir);
  const app = await createApp(loadConfig({ flags: { dbPath: db }, env: {} }));
  const report = await app.ingest({ paths: options.paths ?? [join(repoRoot, 'examples')] });
  if (report.totals.failed > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(report.failures)}`);
  const token = generateApiToken();
  await app.store.createApiToken({ name: 'tests', hash: hashApiToken(token), scopes: ['ingest', 'edit'] });
  const logs: string[] = [];
  const processor = createIsolatedProcessor(options.processor);
  const web = createServerApp({
    store: app.store,
    model: app.model,
    processor,
    minReviews: app.config.minReviews,
    weights: app.config.weights,
    maxDocumentBytes: options.maxDocumentBytes ?? 64 * 1024,
    ...(options.limits ? { limits: options.limits } : {}),
    logger: createServerLogger({ level: 'info', destination: { write: (line: string) => void logs.push(line) } }),
  });
  return {
    app,
    web,
    processor,
    token,
    logs,
    close: async () => {
      await processor.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
      await dropTestDatabase(db);
    },
  };
}

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
