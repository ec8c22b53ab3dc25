/**
 * Editors' accounts and sign-in, once for the CLI and the web: password hashing (scrypt, a salt per user), the
 * constant-time check, and session expiry (12 hours idle, 7 days at most). Only hashes of session cookies are stored.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { PlauditError } from '../domain/errors.ts';
import type { SessionRecord, UserPort, UserRecord, UserRole } from '../store/user-port.ts';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export const MIN_PASSWORD_LENGTH = 10;
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;
const KEY_LENGTH = 64;
const NAME_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export async function hashPassword(password: string, saltHex = randomBytes(16).toString('hex')): Promise<{ hash: string; salt: string }> {
  const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), KEY_LENGTH);
  return { hash: key.toString('hex'), salt: saltHex };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function addUser(store: UserPort, user: { name: string; role: UserRole; password: string }): Promise<UserRecord> {
  if (!NAME_PATTERN.test(user.name)) throw new PlauditError('invalid-argument', 'A user name is 1 to 64 letters, digits, ".", "_" or "-".');
  if (user.role !== 'admin' && user.role !== 'editor') throw new PlauditError('invalid-argument', 'A role is "admin" or "editor".');
  if (user.password.length < MIN_PASSWORD_LENGTH) {
    throw new PlauditError('invalid-argument', `A password is at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const { hash, salt } = await hashPassword(user.password);
  const record = await store.createUser({ name: user.name, role: user.role, passwordHash: hash, passwordSalt: salt });
  if (record === null) throw new PlauditError('invalid-argument', `There is already a user named "${user.name}"; nothing was changed.`);
  return record;
}

export async function disableUser(store: UserPort, name: string): Promise<void> {
  if (!(await store.disableUser(name))) throw new PlauditError('not-found', `There is no active user named "${name}".`);
}

export interface NewSession {
  /** The cookie value: shown to the browser once, stored only as a hash. */
  token: string;
  user: UserRecord;
}

/** The user, when the name and password match an active account; null otherwise (the caller says nothing more). */
export async function signIn(store: UserPort, name: string, password: string): Promise<NewSession | null> {
  const user = await store.findUserCredentials(name);
  // Hash even for an unknown name, so the answer takes as long either way.
  const { hash } = await hashPassword(password, user?.passwordSalt ?? '00'.repeat(16));
  const expected = Buffer.from(user?.passwordHash ?? '00'.repeat(KEY_LENGTH), 'hex');
  const matches = expected.length === KEY_LENGTH && timingSafeEqual(Buffer.from(hash, 'hex'), expected);
  if (user === null || !matches || user.disabledAt !== null) return null;
  const token = randomBytes(32).toString('base64url');
  await store.createSession({ tokenHash: hashSessionToken(token), userId: user.id, csrfToken: randomBytes(32).toString('base64url') });
  const { passwordHash: _hash, passwordSalt: _salt, ...record } = user;
  return { token, user: record };
}

/** The live session for a cookie value; an expired one is deleted and refused. */
export async function sessionFor(store: UserPort, token: string, now = new Date()): Promise<SessionRecord | null> {
  const session = await store.findSession(hashSessionToken(token));
  if (session === null) return null;
  const idle = now.getTime() - Date.parse(session.lastSeenAt);
  const age = now.getTime() - Date.parse(session.createdAt);
  if (idle > SESSION_IDLE_MS || age > SESSION_MAX_MS || session.user.disabledAt !== null) {
    await store.deleteSession(session.id);
    return null;
  }
  // Renew at most once a minute: a page view should not always be a write.
  if (idle > 60_000) await store.touchSession(session.id);
  return session;
}
