/**
 * Runs an engine's schema migrations (sqlite/migrate.ts and postgres/migrate.ts list them, in code, so they travel
 * with the bundle). Names sort in the order they must run ("NNN-name"); Kysely records each applied one in
 * kysely_migration, and refuses a database a newer Plaudit has migrated past what this code knows.
 */
import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type Kysely, type Migration, type MigrationResult } from 'kysely';
import { PlauditError } from '../../domain/errors.ts';
import { isPostgres } from './sql-engine.ts';

export class SchemaMigrations {
  readonly #migrations: Record<string, Migration>;
  /** PostgreSQL: the schema the store's tables live in, where the migration bookkeeping must be looked up too. */
  readonly #schema: string | undefined;

  constructor(migrations: Record<string, Migration>, options: { schema?: string } = {}) {
    this.#migrations = migrations;
    this.#schema = options.schema;
  }

  /** The same migrations for the store in another schema. */
  inSchema(schema: string | undefined): SchemaMigrations {
    return new SchemaMigrations(this.#migrations, schema === undefined ? {} : { schema });
  }

  /** Applies the pending migrations and returns what ran (nothing when the schema is current). */
  async migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
    await this.#assertNoUnknown(db);
    const { error, results } = await this.#migrator(db).migrateToLatest();
    if (error !== undefined) {
      const failed = results?.find((result) => result.status === 'Error')?.migrationName;
      const cause = String((error as Error)?.message ?? error);
      const what = failed === undefined ? cause : `migration ${failed} failed (${cause})`;
      throw new PlauditError('store-failed', `cannot bring the database schema up to date: ${what}`, { cause: error });
    }
    return results ?? [];
  }

  /** Names of the migrations this code knows and has not applied yet (a read-only store refuses to open then). */
  async pending(db: Kysely<any>): Promise<string[]> {
    await this.#assertNoUnknown(db);
    const known = await this.#migrator(db).getMigrations();
    return known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
  }

  #migrator(db: Kysely<any>): Migrator {
    // With a schema, Kysely's bookkeeping is kept there too: unqualified, it would find another schema's on the
    // search path (public) and take this one for migrated.
    return new Migrator({
      db,
      provider: { getMigrations: async () => this.#migrations },
      ...(this.#schema !== undefined ? { migrationTableSchema: this.#schema } : {}),
    });
  }

  /** A migration this code does not know was applied by a newer Plaudit, whose schema this code may misread. */
  async #assertNoUnknown(db: Kysely<any>): Promise<void> {
    if (!(await hasMigrationTable(db, this.#schema))) return;
    const table = this.#schema === undefined ? DEFAULT_MIGRATION_TABLE : `${this.#schema}.${DEFAULT_MIGRATION_TABLE}`;
    const applied = await db.selectFrom(table).select('name').execute();
    const unknown = applied.map((row) => String(row.name)).filter((name) => !Object.hasOwn(this.#migrations, name));
    if (unknown.length === 0) return;
    throw new PlauditError(
      'store-failed',
      `the database was written by a newer Plaudit (unknown schema migrations: ${unknown.join(', ')}); upgrade Plaudit`,
    );
  }
}

async function hasMigrationTable(db: Kysely<any>, schema: string | undefined): Promise<boolean> {
  if (isPostgres(db)) {
    // Only the store's own schema counts: introspection would list every schema's tables in the database.
    const name = schema === undefined ? DEFAULT_MIGRATION_TABLE : `"${schema.replace(/"/g, '""')}".${DEFAULT_MIGRATION_TABLE}`;
    const { rows } = await sql<{ found: string | null }>`select to_regclass(${name})::text as found`.execute(db);
    return rows[0]?.found != null;
  }
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some((table) => table.name === DEFAULT_MIGRATION_TABLE);
}
