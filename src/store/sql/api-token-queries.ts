/** The api_tokens table of migration 004: hashes only, revoked rows kept. */
import type { Generated, Kysely } from 'kysely';
import type { ApiTokenRecord, ApiTokenScope } from '../web-port.ts';
import type { Tables } from './tables.ts';

interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** Comma-separated ApiTokenScope values (migration 011). */
  scopes: Generated<string>;
}

type TokenTables = Tables & { api_tokens: ApiTokensTable };

function tokens(db: Kysely<Tables>): Kysely<TokenTables> {
  return db.withTables<{ api_tokens: ApiTokensTable }>();
}

function toRecord(row: { id: number; name: string; created_at: string; revoked_at: string | null; scopes: string }): ApiTokenRecord {
  const scopes = row.scopes.split(',').filter((scope): scope is ApiTokenScope => scope === 'ingest' || scope === 'edit');
  return { id: row.id, name: row.name, scopes, createdAt: row.created_at, revokedAt: row.revoked_at };
}

export async function createApiToken(db: Kysely<Tables>, token: { name: string; hash: string; now: string; scopes?: ApiTokenScope[] }): Promise<ApiTokenRecord> {
  const row = await tokens(db)
    .insertInto('api_tokens')
    .values({ name: token.name, token_hash: token.hash, created_at: token.now, revoked_at: null, scopes: (token.scopes ?? ['ingest']).join(',') })
    .returning(['id', 'name', 'created_at', 'revoked_at', 'scopes'])
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function findApiToken(db: Kysely<Tables>, hash: string): Promise<ApiTokenRecord | null> {
  const row = await tokens(db)
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'revoked_at', 'scopes'])
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? null : toRecord(row);
}

export async function listApiTokens(db: Kysely<Tables>): Promise<ApiTokenRecord[]> {
  const rows = await tokens(db).selectFrom('api_tokens').select(['id', 'name', 'created_at', 'revoked_at', 'scopes']).orderBy('id').execute();
  return rows.map(toRecord);
}

export async function revokeApiToken(db: Kysely<Tables>, id: number, now: string): Promise<boolean> {
  const result = await tokens(db)
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
