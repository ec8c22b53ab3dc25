/**
 * The store's database as files: what backup and restore need, and nothing else. The SQLite adapter implements it
 * with SQLite's online backup API (sqlite/backup-sqlite.ts); the rules (what may be overwritten) live in
 * use-cases/backup-restore.ts.
 */

/** What a database holds, in the two numbers a person checks after a backup or a restore. */
export interface DatabaseSummary {
  films: number;
  reviews: number;
}

export type DatabaseState =
  /** No file yet. */
  | { kind: 'missing' }
  /** A Plaudit database (possibly new and empty). */
  | ({ kind: 'plaudit' } & DatabaseSummary)
  /** A file that is not a Plaudit database: another program's, or not a database at all. */
  | { kind: 'other' };

/** A backup copied beside the database and checked, waiting to replace it. */
export interface StagedRestore {
  /** What the backup holds. */
  summary: DatabaseSummary;
  /** Replaces the database with the backup (one rename). */
  commit(): Promise<void>;
  /** Removes the staged copy if it was not committed; safe to call twice. */
  discard(): Promise<void>;
}

export interface DatabaseFiles {
  /** The database file these operations act on. */
  readonly path: string;
  state(): Promise<DatabaseState>;
  /**
   * Writes a consistent copy of the database to `target`, including what a running server has committed but not
   * yet checkpointed. Refuses an existing `target` unless `overwrite`.
   */
  backupTo(target: string, options: { overwrite: boolean }): Promise<DatabaseSummary>;
  /** Copies `source` beside the database and checks that it is a sound Plaudit database this version can open. */
  stageRestore(source: string): Promise<StagedRestore>;
}
