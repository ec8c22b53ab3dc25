/**
 * Where a command gets its settings and its app: the config file, the environment and the flags are read and
 * checked here, once per command (config/config.ts has the schema and the precedence), and the app is built from
 * the result by the composition root.
 */
import { createApp, type App } from '../app.ts';
import { readConfigFile } from '../config/config-file.ts';
import { loadConfig, type Config, type SettingName } from '../config/config.ts';
import type { CliIo } from './io.ts';

/** Global options every command accepts. */
export interface GlobalOptions {
  db?: string;
  /** A config file other than ./plaudit.config.json; it must exist. */
  config?: string;
}

/** How each setting's flag is spelled, for messages about a bad value. */
const FLAG_NAMES: Partial<Record<SettingName, string>> = {
  dbPath: '--db',
  maxDocumentBytes: '--max-bytes',
  batchSize: '--batch-size',
  port: '--port',
  host: '--host',
};

/** The settings for one command: flags, then environment, then the config file, then defaults. */
export function loadCliConfig(io: CliIo, global: GlobalOptions, flags: Partial<Record<SettingName, unknown>> = {}): Config {
  const file = readConfigFile({ cwd: io.cwd, ...(global.config !== undefined ? { explicit: global.config } : {}) });
  return loadConfig({
    flags: { ...flags, dbPath: global.db },
    env: io.env,
    ...(file !== undefined ? { file } : {}),
    flagNames: FLAG_NAMES,
  });
}

/** Parses the settings and builds the app for one command, closing it afterwards. */
export async function withApp<T>(
  io: CliIo,
  global: GlobalOptions,
  run: (app: App) => Promise<T>,
  flags: Partial<Record<SettingName, unknown>> = {},
): Promise<T> {
  return withConfiguredApp(loadCliConfig(io, global, flags), run);
}

/** Builds the app from settings already parsed (a command that must act before the store opens, like serve). */
export async function withConfiguredApp<T>(config: Config, run: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp(config);
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}
