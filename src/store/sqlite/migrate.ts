/**
 * Runs the SQLite schema migrations, listed in code so they travel with the bundle and need no directory scan.
 * Names sort in the order they must run ("NNN-name"); Kysely records each applied one in kysely_migration.
 */
import { DEFAULT_MIGRATION_TABLE, Migrator, type Kysely, type Migration, type MigrationResult } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import { initialSchema } from './migrations/001-initial-schema.ts';
import { filmFacts } from './migrations/002-film-facts.ts';
import { searchIndex } from './migrations/003-search-index.ts';
import { apiTokens } from './migrations/004-api-tokens.ts';
import { readingInContext } from './migrations/005-reading-in-context.ts';
import { sourceIdentity } from './migrations/006-source-identity.ts';
import { catalogAndHeld } from './migrations/007-catalog-and-held.ts';
import { auditLog } from './migrations/008-audit-log.ts';
import { reviewCorrections } from './migrations/009-review-corrections.ts';
import { filmEdits } from './migrations/010-film-edits.ts';
import { usersAndSessions } from './migrations/011-users-and-sessions.ts';
import { webSources } from './migrations/012-web-sources.ts';

/** After this one, a store that can read films in context reads every film once (open-sqlite-store.ts). */
export const READING_IN_CONTEXT_MIGRATION = '005-reading-in-context';

const migrations: Record<string, Migration> = {
  '001-initial-schema': initialSchema,
  '002-film-facts': filmFacts,
  '003-search-index': searchIndex,
  '004-api-tokens': apiTokens,
  [READING_IN_CONTEXT_MIGRATION]: readingInContext,
  '006-source-identity': sourceIdentity,
  '007-catalog-and-held': catalogAndHeld,
  '008-audit-log': auditLog,
  '009-review-corrections': reviewCorrections,
  '010-film-edits': filmEdits,
  '011-users-and-sessions': usersAndSessions,
  '012-web-sources': webSources,
};

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies the pending migrations and returns what ran (nothing when the schema is current). */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  await assertNoUnknownMigrations(db);
  const { error, results } = await migrator(db).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const what = failed === undefined ? String((error as Error)?.message ?? error) : `migration ${failed} failed`;
    throw new PlauditError('store-failed', `cannot bring the database schema up to date: ${what}`, { cause: error });
  }
  return results ?? [];
}

/** Names of the migrations this code knows and has not applied yet (a read-only store refuses to open then). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  await assertNoUnknownMigrations(db);
  const known = await migrator(db).getMigrations();
  return known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}

/** A migration this code does not know was applied by a newer Plaudit, whose schema this code may misread. */
async function assertNoUnknownMigrations(db: Kysely<any>): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === DEFAULT_MIGRATION_TABLE)) return;
  const applied = await db.selectFrom(DEFAULT_MIGRATION_TABLE).select('name').execute();
  const unknown = applied.map((row) => String(row.name)).filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length === 0) return;
  throw new PlauditError(
    'store-failed',
    `the database was written by a newer Plaudit (unknown schema migrations: ${unknown.join(', ')}); upgrade Plaudit`,
  );
}
