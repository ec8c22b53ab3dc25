/**
 * All of Plaudit's settings in one schema. Parsed once, in the CLI (open-app.ts), from flags, environment and
 * plaudit.config.json; never on import. Everything else receives the parsed Config as an argument.
 *
 * Precedence: flags > environment (PLAUDIT_DB or PLAUDIT_DATABASE_URL, …) > config file > defaults. The schema is strict, so a mistyped key
 * in the file is an error that names it instead of a setting silently ignored.
 */
import { z } from 'zod';
import { PlauditError } from '../domain/errors.ts';
import { describeIssue } from './config-issues.ts';
import { WeightsSchema } from './weights.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

/**
 * The web as a source. Nothing on the machine's own network is fetched unless its host is listed in allowHosts
 * (an intranet, a test server); the contact address goes into the User-Agent so a site's owner can reach us.
 */
export const WebSettingsSchema = z
  .object({
    allowHosts: z.array(z.string().trim().toLowerCase().min(1)).default([]),
    contact: z.string().trim().min(3).max(200).optional(),
    perHostDelayMs: z.number().int().min(0).max(600_000).default(1000),
    timeoutMs: z.number().int().min(100).max(600_000).default(20_000),
    feedIntervalMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  })
  .strict();

export const ConfigSchema = z
  .object({
    /** The database: an SQLite file (embedded, the default), or a postgres:// URL (store/postgres/database-url.ts). */
    dbPath: z.string().min(1).default('./plaudit.db'),
    /** The address `plaudit serve` listens on; 0.0.0.0 for every interface. */
    host: z.string().min(1).default('127.0.0.1'),
    /** The port `plaudit serve` listens on; 0 picks a free one. */
    port: z.number().int().min(0).max(65535).default(3000),
    /** The site's address as its visitors see it (behind a reverse proxy), for absolute links. */
    publicUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
    /** Scores show on a profile only from this many reviews. */
    minReviews: z.number().int().min(1).default(5),
    /** One review document larger than this is refused rather than parsed (exports are streamed, row by row). */
    maxDocumentBytes: z
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    /** Documents per store transaction: a crash loses at most the batch in flight, never half of one. */
    batchSize: z.number().int().min(1).max(20_000).default(1000),
    /** Outlet and critic weights for the weighted figures of a profile (default: all equal). */
    weights: WeightsSchema.default({ outlets: {}, critics: {} }),
    /** How much `plaudit serve` logs to stderr, one JSON line per entry. */
    logLevel: z.enum(LOG_LEVELS).default('info'),
    /** Reading reviews from the web (`plaudit add`, `plaudit feeds`, `plaudit watch`). */
    web: WebSettingsSchema.default({ allowHosts: [], perHostDelayMs: 1000, timeoutMs: 20_000, feedIntervalMinutes: 60 }),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type SettingName = keyof Config;

/** The environment variable of each setting that has one. */
export const ENV_VARIABLES: Partial<Record<SettingName, string>> = {
  dbPath: 'PLAUDIT_DB',
  host: 'PLAUDIT_HOST',
  port: 'PLAUDIT_PORT',
  publicUrl: 'PLAUDIT_PUBLIC_URL',
  minReviews: 'PLAUDIT_MIN_REVIEWS',
  maxDocumentBytes: 'PLAUDIT_MAX_BYTES',
  batchSize: 'PLAUDIT_BATCH_SIZE',
  logLevel: 'PLAUDIT_LOG_LEVEL',
};

const NUMERIC: ReadonlySet<SettingName> = new Set(['port', 'minReviews', 'maxDocumentBytes', 'batchSize']);

/** A config file's parsed JSON, and the name its errors are reported under. */
export interface ConfigFile {
  name: string;
  values: unknown;
}

export interface ConfigSources {
  /** Command-line flags, keyed by setting; undefined means not given. */
  flags: Partial<Record<SettingName, unknown>>;
  env: Readonly<Record<string, string | undefined>>;
  file?: ConfigFile;
  /** How a flag is spelled in messages (default `--` and the setting's name). */
  flagNames?: Partial<Record<SettingName, string>>;
}

/**
 * @example
 * loadConfig({ flags: { port: 8080 }, env: process.env, file: { name: 'plaudit.config.json', values: { minReviews: 3 } } });
 */
export function loadConfig({ flags, env, file, flagNames = {} }: ConfigSources): Config {
  if (file !== undefined) parseLayer(file.values, () => file.name);
  const fileValues = (file?.values ?? {}) as Record<string, unknown>;
  const envValues = fromEnvironment(env);
  const flagValues = definedOnly(flags);
  const merged = { ...fileValues, ...envValues, ...flagValues };
  // The file alone parsed, so any new problem belongs to the environment variable or flag that set the key.
  return parseLayer(merged, (path) => {
    const key = path[0] as SettingName;
    if (key in flagValues) return flagNames[key] ?? `--${key}`;
    const variable = ENV_VARIABLES[key];
    return variable !== undefined && key in envValues ? `environment variable ${variable}` : 'settings';
  });
}

function parseLayer(values: unknown, source: (path: readonly PropertyKey[]) => string): Config {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new PlauditError('invalid-config', `${source([])}: expected an object of settings, like {"port": 3000}`);
  }
  const parsed = ConfigSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => describeIssue(issue, { schema: ConfigSchema, input: values, source }));
  throw new PlauditError('invalid-config', problems.join('\n'), { cause: parsed.error });
}

/** PostgreSQL's customary variable, read as PLAUDIT_DB: the database, a postgres:// URL. */
export const DATABASE_URL_VARIABLE = 'PLAUDIT_DATABASE_URL';

function fromEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const url = env[DATABASE_URL_VARIABLE]?.trim();
  const file = env[ENV_VARIABLES.dbPath as string]?.trim();
  if (url && file && url !== file) {
    throw new PlauditError(
      'invalid-config',
      `${DATABASE_URL_VARIABLE} and ${ENV_VARIABLES.dbPath} name two databases; set only one (or pass --db, which wins over both)`,
    );
  }
  if (url) values.dbPath = url;
  for (const [key, variable] of Object.entries(ENV_VARIABLES) as [SettingName, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    values[key] = NUMERIC.has(key) ? numberOrText(raw) : raw;
  }
  return values;
}

/** A number when the text is one, else the text itself, so the error shows what was written. */
function numberOrText(raw: string): number | string {
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

function definedOnly(values: Partial<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
