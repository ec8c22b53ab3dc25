/**
 * Reads plaudit.config.json (or the file `--config` names) for loadConfig. The CLI calls this once per command;
 * nothing reads the file on import.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isPostgresUrl } from '../store/postgres/database-url.ts';
import { PlauditError } from '../domain/errors.ts';
import type { ConfigFile } from './config.ts';

/** The file read from the working directory when `--config` names none. */
export const DEFAULT_CONFIG_FILE = 'plaudit.config.json';

export interface ReadConfigFileOptions {
  /** The file `--config` named, as the user wrote it; absent for the default file. */
  explicit?: string;
  cwd: string;
}

/**
 * The config file's settings, or undefined when there is no default file (which is fine: defaults apply). A file
 * named with `--config` must exist. A relative dbPath in the file is relative to the file, not to the working
 * directory, so `--config /srv/plaudit/plaudit.config.json` finds the database beside it.
 */
export function readConfigFile({ explicit, cwd }: ReadConfigFileOptions): ConfigFile | undefined {
  const name = explicit ?? DEFAULT_CONFIG_FILE;
  const path = resolve(cwd, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && explicit === undefined) return undefined;
    if (code === 'ENOENT') throw new PlauditError('invalid-config', `--config ${name}: no such file (${path})`, { cause });
    throw new PlauditError('invalid-config', `${name}: cannot read the config file: ${(cause as Error).message}`, { cause });
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (cause) {
    throw new PlauditError('invalid-config', `${name}: not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return { name, values: withDbPathFromFile(values, relative(cwd, dirname(path))) };
}

function withDbPathFromFile(values: unknown, fileDir: string): unknown {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return values;
  const dbPath = (values as { dbPath?: unknown }).dbPath;
  if (typeof dbPath !== 'string' || dbPath === '' || dbPath === ':memory:' || isAbsolute(dbPath) || fileDir === '') return values;
  // A database URL is not a path.
  if (isPostgresUrl(dbPath)) return values;
  return { ...values, dbPath: join(fileDir, dbPath) };
}
