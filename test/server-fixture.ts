/**
 * A real Plaudit behind the web app for tests: a temporary SQLite file, the real judge model, reviews ingested
 * through the real pipeline, and the Hono app on top (called with app.request(), no port).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { generateApiToken, hashApiToken } from '../src/server/auth/api-token.ts';
import { createServerApp } from '../src/server/create-server-app.ts';
import { repoRoot } from './run-plaudit.ts';

export interface ServerFixture {
  app: App;
  web: Hono;
  /** A live API token. */
  token: string;
  logs: string[];
  close(): Promise<void>;
}

export async function openServerFixture(paths: string[] = [join(repoRoot, 'examples')]): Promise<ServerFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-server-'));
  const app = await createApp(loadConfig({ flags: { dbPath: join(dir, 'plaudit.db') }, env: {} }));
  const report = await app.ingest({ paths });
  if (report.totals.failed > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(report.failures)}`);
  const token = generateApiToken();
  await app.store.createApiToken({ name: 'tests', hash: hashApiToken(token) });
  const logs: string[] = [];
  const web = createServerApp({
    store: app.store,
    model: app.model,
    minReviews: app.config.minReviews,
    maxDocumentBytes: 64 * 1024,
    log: (message) => logs.push(message),
  });
  return {
    app,
    web,
    token,
    logs,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
