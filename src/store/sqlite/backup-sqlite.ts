/**
 * Backup and restore of a Plaudit SQLite file with SQLite's online backup API. A plain file copy of a database in
 * WAL mode misses what is still in the -wal file (a running `plaudit serve` checkpoints only every ~40 MB); the
 * backup API reads through a connection, so it copies what is committed, WAL included, while others write.
 *
 * Both directions write a temporary file beside the destination and rename it into place, so the destination is
 * either the old file or the complete new one, never half of each. Copies are left in rollback-journal mode: one
 * self-contained file, no -wal or -shm beside it.
 */
import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import type { DatabaseFiles, DatabaseState, DatabaseSummary, StagedRestore } from '../database-files.ts';
import { PLAUDIT_APPLICATION_ID } from './application-id.ts';
import { pendingMigrations } from './migrate.ts';
import { PlauditSqliteDialect } from './sqlite-dialect.ts';

/** Pages per backup step: all of them, so the copy is one read transaction and never restarts when a writer commits. */
const ALL_PAGES = 0x7fffffff;

const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * @example
 * const files = sqliteDatabaseFiles('plaudit.db');
 * const { films, reviews } = await files.backupTo('plaudit-2025-01-01.db', { overwrite: false });
 */
export function sqliteDatabaseFiles(path: string): DatabaseFiles {
  return {
    path,
    state: async () => databaseState(path),
    backupTo: (target, options) => backup(path, target, options.overwrite),
    stageRestore: (source) => stageRestore(source, path),
  };
}

function databaseState(path: string): DatabaseState {
  if (!existsSync(path)) return { kind: 'missing' };
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    const applicationId = db.pragma('application_id', { simple: true });
    const tables = tableNames(db);
    // A file with no tables is what a first open leaves before its migrations: a new, empty Plaudit database.
    if (applicationId === PLAUDIT_APPLICATION_ID || tables.length === 0) return { kind: 'plaudit', ...summarize(db, tables) };
    return { kind: 'other' };
  } catch {
    return { kind: 'other' };
  } finally {
    db?.close();
  }
}

async function backup(sourcePath: string, targetPath: string, overwrite: boolean): Promise<DatabaseSummary> {
  assertDistinct(sourcePath, targetPath);
  assertDirectory(targetPath);
  if (!overwrite && existsSync(targetPath)) throw alreadyExists(targetPath);
  const temp = tempBeside(targetPath);
  try {
    const source = openExisting(sourcePath);
    try {
      if (source.pragma('application_id', { simple: true }) !== PLAUDIT_APPLICATION_ID) {
        throw notPlaudit(sourcePath, "it holds another program's data");
      }
      await copy(source, temp, sourcePath);
    } finally {
      source.close();
    }
    const summary = withFile(temp, (db) => {
      db.pragma('journal_mode = DELETE');
      return summarize(db, tableNames(db));
    });
    place(temp, targetPath, overwrite);
    return summary;
  } finally {
    removeWithSidecars(temp);
  }
}

async function stageRestore(sourcePath: string, targetPath: string): Promise<StagedRestore> {
  assertDistinct(sourcePath, targetPath);
  assertDirectory(targetPath);
  const temp = tempBeside(targetPath);
  try {
    const source = openExisting(sourcePath);
    try {
      await copy(source, temp, sourcePath);
    } finally {
      source.close();
    }
    const summary = await checkPlauditCopy(temp, sourcePath);
    return {
      summary,
      commit: async () => {
        // The old database's WAL would be replayed onto the new file: remove it first (its data is being replaced).
        for (const suffix of SIDECARS) rmSync(`${targetPath}${suffix}`, { force: true });
        renameSync(temp, targetPath);
      },
      discard: async () => removeWithSidecars(temp),
    };
  } catch (error) {
    removeWithSidecars(temp);
    throw error;
  }
}

/** A sound Plaudit database that this Plaudit can open (an older schema is fine: it is upgraded on first open). */
async function checkPlauditCopy(path: string, sourceName: string): Promise<DatabaseSummary> {
  const raw = openExisting(path);
  const db = new Kysely<any>({ dialect: new PlauditSqliteDialect({ database: raw }) });
  try {
    const problems = (raw.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (problems.join() !== 'ok') throw notPlaudit(sourceName, `it is damaged: ${problems.slice(0, 3).join('; ')}`);
    const tables = tableNames(raw);
    if (raw.pragma('application_id', { simple: true }) !== PLAUDIT_APPLICATION_ID) {
      throw notPlaudit(sourceName, tables.length === 0 ? 'it is empty' : "it holds another program's data");
    }
    const missing = ['films', 'reviews', 'kysely_migration'].filter((table) => !tables.includes(table));
    if (missing.length > 0) throw notPlaudit(sourceName, `its tables ${missing.join(', ')} are missing`);
    try {
      await pendingMigrations(db);
    } catch (error) {
      throw new PlauditError('invalid-argument', `${sourceName}: ${(error as Error).message}`, { cause: error });
    }
    raw.pragma('journal_mode = DELETE');
    return summarize(raw, tables);
  } finally {
    await db.destroy();
  }
}

async function copy(source: Database.Database, temp: string, sourceName: string): Promise<void> {
  try {
    await source.backup(temp, { progress: () => ALL_PAGES });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') throw notPlaudit(sourceName, 'it is not an SQLite file');
    throw new PlauditError('store-failed', `cannot copy ${sourceName}: ${(error as Error).message}`, { cause: error });
  }
}

function summarize(db: Database.Database, tables: readonly string[]): DatabaseSummary {
  const count = (table: string) => (tables.includes(table) ? Number(db.prepare(`select count(*) from ${table}`).pluck().get()) : 0);
  return { films: count('films'), reviews: count('reviews') };
}

function tableNames(db: Database.Database): string[] {
  return db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
}

function withFile<T>(path: string, run: (db: Database.Database) => T): T {
  const db = openExisting(path);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

function openExisting(path: string): Database.Database {
  try {
    return new Database(path, { fileMustExist: true });
  } catch (error) {
    if (!existsSync(path)) throw new PlauditError('not-found', `${path}: no such file`, { cause: error });
    throw new PlauditError('store-failed', `cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Without overwrite, a hard link puts the copy in place only if nothing is there, even if a file appeared meanwhile. */
function place(temp: string, target: string, overwrite: boolean): void {
  if (overwrite) {
    for (const suffix of SIDECARS) rmSync(`${target}${suffix}`, { force: true });
    renameSync(temp, target);
    return;
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(target);
    // A file system without hard links: the check before the copy has to do.
    if (existsSync(target)) throw alreadyExists(target);
    renameSync(temp, target);
  }
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${Date.now()}.tmp`);
}

function removeWithSidecars(path: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(`${path}${suffix}`, { force: true });
}

function assertDistinct(source: string, target: string): void {
  if (resolve(source) !== resolve(target)) return;
  throw new PlauditError('invalid-argument', `${source} is the database itself; name another file`);
}

function assertDirectory(target: string): void {
  const dir = dirname(resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new PlauditError('not-found', `the folder ${dirname(target)} does not exist`);
}

function alreadyExists(target: string): PlauditError {
  return new PlauditError('invalid-argument', `${target} already exists; add --force to overwrite it`);
}

function notPlaudit(name: string, why: string): PlauditError {
  return new PlauditError('invalid-argument', `${name} is not a Plaudit database (${why})`);
}
