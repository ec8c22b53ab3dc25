/** What a PostgreSQL URL names, for messages: never the password. */

/** True for the database URLs Plaudit takes as PostgreSQL (`--db`, PLAUDIT_DATABASE_URL, the config's db). */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value);
}

/**
 * "PostgreSQL database plaudit on db.example:5432 (schema reviews)".
 *
 * @example
 * describeDatabaseUrl('postgres://me:secret@localhost/plaudit') // 'PostgreSQL database plaudit on localhost'
 */
export function describeDatabaseUrl(url: string, schema?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the PostgreSQL database (its URL could not be read)';
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default)';
  const socket = parsed.searchParams.get('host');
  const host = parsed.host || socket || 'the local socket';
  return `PostgreSQL database ${database} on ${host}${schema ? ` (schema ${schema})` : ''}`;
}

/** The URL with its password replaced by "***", for logs and `--help` output. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

/**
 * The URL pg connects with, and the schema Plaudit's tables go in: `?schema=NAME` is Plaudit's own parameter (one
 * database can hold several Plaudit sites), so it is taken off before pg sees the URL.
 *
 * @example
 * postgresTarget('postgres://localhost/films?schema=festival') // { url: 'postgres://localhost/films', schema: 'festival' }
 */
export function postgresTarget(url: string): { url: string; schema?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  const schema = parsed.searchParams.get('schema');
  if (schema === null || schema === '') return { url };
  parsed.searchParams.delete('schema');
  return { url: parsed.toString(), schema };
}

/** The database as messages name it: the SQLite file's path, or the PostgreSQL URL without its password. */
export function databaseLabel(dbPath: string): string {
  return isPostgresUrl(dbPath) ? redactDatabaseUrl(dbPath) : dbPath;
}
