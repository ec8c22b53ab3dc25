/** The users and sessions tables of migration 011. */
import type { Generated, Kysely } from 'kysely';
import type { SessionRecord, UserCredentials, UserRecord, UserRole } from '../user-port.ts';
import type { Tables } from './tables.ts';

interface UsersTable {
  id: Generated<number>;
  name: string;
  role: UserRole;
  password_hash: string;
  password_salt: string;
  created_at: string;
  disabled_at: string | null;
}

interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

type UserTables = Tables & { users: UsersTable; sessions: SessionsTable };

function db2(db: Kysely<Tables>): Kysely<UserTables> {
  return db.withTables<{ users: UsersTable; sessions: SessionsTable }>();
}

const USER_COLUMNS = ['users.id', 'users.name', 'users.role', 'users.created_at', 'users.disabled_at'] as const;

function toUser(row: { id: number; name: string; role: UserRole; created_at: string; disabled_at: string | null }): UserRecord {
  return { id: row.id, name: row.name, role: row.role, createdAt: row.created_at, disabledAt: row.disabled_at };
}

export async function createUser(
  db: Kysely<Tables>,
  user: { name: string; role: UserRole; passwordHash: string; passwordSalt: string; now: string },
): Promise<UserRecord | null> {
  const row = await db2(db)
    .insertInto('users')
    .values({ name: user.name, role: user.role, password_hash: user.passwordHash, password_salt: user.passwordSalt, created_at: user.now, disabled_at: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning(['id', 'name', 'role', 'created_at', 'disabled_at'])
    .executeTakeFirst();
  return row === undefined ? null : toUser(row);
}

export async function listUsers(db: Kysely<Tables>): Promise<UserRecord[]> {
  return (await db2(db).selectFrom('users').select(USER_COLUMNS).orderBy('users.name').execute()).map(toUser);
}

export async function findUserCredentials(db: Kysely<Tables>, name: string): Promise<UserCredentials | null> {
  const row = await db2(db)
    .selectFrom('users')
    .select([...USER_COLUMNS, 'users.password_hash', 'users.password_salt'])
    .where('users.name', '=', name)
    .executeTakeFirst();
  return row === undefined ? null : { ...toUser(row), passwordHash: row.password_hash, passwordSalt: row.password_salt };
}

export async function disableUser(db: Kysely<Tables>, name: string, now: string): Promise<boolean> {
  return db2(db)
    .transaction()
    .execute(async (tx) => {
      const result = await tx.updateTable('users').set({ disabled_at: now }).where('name', '=', name).where('disabled_at', 'is', null).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await tx.deleteFrom('sessions').where('user_id', 'in', tx.selectFrom('users').select('id').where('name', '=', name)).execute();
      return true;
    });
}

export async function createSession(db: Kysely<Tables>, session: { tokenHash: string; userId: number; csrfToken: string; now: string }): Promise<void> {
  await db2(db)
    .insertInto('sessions')
    .values({ token_hash: session.tokenHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: session.now, last_seen_at: session.now })
    .execute();
}

export async function findSession(db: Kysely<Tables>, tokenHash: string): Promise<SessionRecord | null> {
  const row = await db2(db)
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...USER_COLUMNS, 'sessions.id as session_id', 'sessions.csrf_token', 'sessions.created_at as session_created_at', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { id: row.session_id, user: toUser(row), csrfToken: row.csrf_token, createdAt: row.session_created_at, lastSeenAt: row.last_seen_at };
}

export async function touchSession(db: Kysely<Tables>, id: number, now: string): Promise<void> {
  await db2(db).updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Tables>, id: number): Promise<void> {
  await db2(db).deleteFrom('sessions').where('id', '=', id).execute();
}
