/** The PostgreSQL schema migrations, in order (sql/schema-migrations.ts runs them). */
import type { Migration } from 'kysely';
import { SchemaMigrations } from '../sql/schema-migrations.ts';
import { schema } from './migrations/001-schema.ts';

const migrations: Record<string, Migration> = {
  '001-schema': schema,
};

export const postgresMigrations = new SchemaMigrations(migrations);
