/**
 * All of Plaudit's settings in one schema. Parsed once, in the CLI's main(), from flags and environment; never on
 * import. Everything else receives the parsed Config as an argument.
 */
import { z } from 'zod';
import { PlauditError } from '../domain/errors.ts';

export const ConfigSchema = z.object({
  /** The embedded SQLite database file. */
  dbPath: z.string().min(1).default('./plaudit.db'),
  /** One review document larger than this is refused rather than parsed (exports are streamed, row by row). */
  maxDocumentBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Documents per store transaction: a crash loses at most the batch in flight, never half of one. */
  batchSize: z.number().int().min(1).max(20_000).default(1000),
  /** Scores show on a profile only from this many reviews. */
  minReviews: z.number().int().min(1).default(5),
});

export type Config = z.infer<typeof ConfigSchema>;

export interface ConfigSources {
  flags: Partial<Record<keyof Config, unknown>>;
  env: Readonly<Record<string, string | undefined>>;
}

/** Flags win over environment variables (PLAUDIT_DB, PLAUDIT_MAX_BYTES, PLAUDIT_BATCH_SIZE), which win over defaults. */
export function loadConfig({ flags, env }: ConfigSources): Config {
  const fromEnv: Record<string, unknown> = {
    dbPath: env.PLAUDIT_DB,
    maxDocumentBytes: numberOrUndefined(env.PLAUDIT_MAX_BYTES),
    batchSize: numberOrUndefined(env.PLAUDIT_BATCH_SIZE),
  };
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = flags[key as keyof Config] ?? fromEnv[key];
    if (value !== undefined) merged[key] = value;
  }
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new PlauditError('invalid-config', `Invalid settings: ${problems}`);
  }
  return parsed.data;
}

function numberOrUndefined(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return Number(value);
}
