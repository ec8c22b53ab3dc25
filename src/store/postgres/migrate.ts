/** The PostgreSQL schema migrations, in order (sql/schema-migrations.ts runs them). */
import type { Migration } from 'kysely';
import { SchemaMigrations } from '../sql/schema-migrations.ts';
import { schema } from './migrations/001-schema.ts';
import { reviewLanguage } from './migrations/002-review-language.ts';
import { reviewHeadline } from './migrations/003-review-headline.ts';

const migrations: Record<string, Migration> = {
  '001-schema': schema,
  '002-review-language': reviewLanguage,
  '003-review-headline': reviewHeadline,
};

export const postgresMigrations = new SchemaMigrations(migrations);
