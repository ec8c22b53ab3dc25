/** `plaudit backup FILE`: a consistent copy of the database, safe to take while `plaudit serve` runs. */
import { databaseFilesFor } from '../../app.ts';
import { backupDatabase } from '../../use-cases/backup-restore.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../open-app.ts';

export async function backupCommand(file: string, options: { force?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  const config = loadCliConfig(io, global);
  const { films, reviews } = await backupDatabase(databaseFilesFor(config), { target: file, force: options.force ?? false });
  writeLine(io.stdout, `Backed up ${config.dbPath} to ${file}: ${films} film(s), ${reviews} review(s).`);
  return EXIT.ok;
}
