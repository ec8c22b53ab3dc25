/**
 * Backing the database up and restoring it, with the rules of what may be replaced: a backup needs a database to
 * copy; a restore checks the backup before anything else and replaces a database holding films or reviews only
 * when told to. The file work is the store's (store/database-files.ts).
 */
import { PlauditError } from '../domain/errors.ts';
import type { DatabaseFiles, DatabaseState, DatabaseSummary } from '../store/database-files.ts';

export interface BackupRequest {
  /** Where to write the copy. */
  target: string;
  /** Overwrite `target` if it exists. */
  force: boolean;
}

/**
 * @example
 * const { films, reviews } = await backupDatabase(files, { target: 'backup.db', force: false });
 */
export async function backupDatabase(files: DatabaseFiles, request: BackupRequest): Promise<DatabaseSummary> {
  const state = await files.state();
  if (state.kind === 'missing') throw new PlauditError('not-found', `There is no database at ${files.path} yet: nothing to back up.`);
  return files.backupTo(request.target, { overwrite: request.force });
}

export interface RestoreRequest {
  /** The backup to restore. */
  source: string;
  /** Replace a database that holds films or reviews. */
  force: boolean;
}

export interface RestoreResult {
  restored: DatabaseSummary;
  /** What the database held before. */
  replaced: DatabaseState;
}

export async function restoreDatabase(files: DatabaseFiles, request: RestoreRequest): Promise<RestoreResult> {
  // The backup is checked first, so a bad file is reported as such whatever the database holds.
  const staged = await files.stageRestore(request.source);
  try {
    const replaced = await files.state();
    if (!request.force) refuseToReplace(replaced, files.path);
    await staged.commit();
    return { restored: staged.summary, replaced };
  } finally {
    await staged.discard();
  }
}

function refuseToReplace(state: DatabaseState, path: string): void {
  if (state.kind === 'other') {
    throw new PlauditError('invalid-argument', `${path} is not a Plaudit database; add --force to replace it with the backup.`);
  }
  if (state.kind === 'plaudit' && (state.films > 0 || state.reviews > 0)) {
    const holds = `${state.films} film(s) and ${state.reviews} review(s)`;
    throw new PlauditError('invalid-argument', `${path} already holds ${holds}; add --force to replace them with the backup.`);
  }
}
