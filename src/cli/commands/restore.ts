/**
 * `plaudit restore FILE`: replaces the database with a backup, after checking the backup is a sound Plaudit
 * database. Stop `plaudit serve` first: a running server keeps the old file open.
 */
import { databaseFilesFor } from '../../app.ts';
import { restoreDatabase } from '../../use-cases/backup-restore.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../open-app.ts';

export async function restoreCommand(file: string, options: { force?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  const config = loadCliConfig(io, global);
  const { restored, replaced } = await restoreDatabase(databaseFilesFor(config), { source: file, force: options.force ?? false });
  const before = replaced.kind === 'plaudit' ? ` (it held ${replaced.films} film(s), ${replaced.reviews} review(s))` : '';
  writeLine(io.stdout, `Restored ${file} into ${config.dbPath}${before}: ${restored.films} film(s), ${restored.reviews} review(s).`);
  return EXIT.ok;
}
