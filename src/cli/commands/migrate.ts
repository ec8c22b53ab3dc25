/**
 * `plaudit migrate`: brings the database's schema up to date and says what ran. Every command does this on opening
 * a database; this is the deliberate step before workers on many machines start against a new release.
 */
import { openStore } from '../../app.ts';
import { databaseLabel } from '../../store/postgres/database-url.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../open-app.ts';

export async function migrateCommand(io: CliIo, global: GlobalOptions): Promise<number> {
  const config = loadCliConfig(io, global);
  let ran: readonly string[] = [];
  const store = await openStore(config, { onMigrated: (names) => (ran = names) });
  await store.close();
  const where = databaseLabel(config.dbPath);
  if (ran.length === 0) writeLine(io.stdout, `The schema of ${where} is up to date; nothing to do.`);
  else writeLine(io.stdout, `Brought the schema of ${where} up to date: ${ran.join(', ')}.`);
  return EXIT.ok;
}
