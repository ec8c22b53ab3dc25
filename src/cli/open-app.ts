import { createApp, type App } from '../app.ts';
import { loadConfig, type Config } from '../config/config.ts';
import type { CliIo } from './io.ts';

/** Global options every command accepts. */
export interface GlobalOptions {
  db?: string;
}

/** Parses settings once (flags, then environment) and builds the app for one command. */
export async function withApp<T>(
  io: CliIo,
  global: GlobalOptions,
  run: (app: App) => Promise<T>,
  flags: Partial<Record<keyof Config, unknown>> = {},
): Promise<T> {
  const config = loadConfig({ flags: { ...flags, ...(global.db ? { dbPath: global.db } : {}) }, env: io.env });
  const app = await createApp(config);
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}
