/** The SQLite schema migrations, in order (sql/schema-migrations.ts runs them). */
import type { Kysely, Migration, MigrationResult } from 'kysely';
import { SchemaMigrations } from '../sql/schema-migrations.ts';
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
import { reviewLanguage } from './migrations/013-review-language.ts';
import { reviewHeadline } from './migrations/014-review-headline.ts';

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
  '013-review-language': reviewLanguage,
  '014-review-headline': reviewHeadline,
};

const sqliteMigrations = new SchemaMigrations(migrations);

/** Applies the pending migrations and returns what ran (nothing when the schema is current). */
export function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  return sqliteMigrations.migrateToLatest(db);
}

/** Names of the migrations this code knows and has not applied yet (a read-only store refuses to open then). */
export function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  return sqliteMigrations.pending(db);
}
