/** Editors' accounts and their sign-in sessions (migration 011). Hashing and expiry rules live in use-cases/users.ts. */

export type UserRole = 'admin' | 'editor';

export interface UserRecord {
  id: number;
  name: string;
  role: UserRole;
  createdAt: string;
  disabledAt: string | null;
}

/** A user with the stored password hash and salt (hex), for checking a sign-in only. */
export interface UserCredentials extends UserRecord {
  passwordHash: string;
  passwordSalt: string;
}

export interface SessionRecord {
  id: number;
  user: UserRecord;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface UserPort {
  /** False (nothing stored) when the name is taken. */
  createUser(user: { name: string; role: UserRole; passwordHash: string; passwordSalt: string }): Promise<UserRecord | null>;
  listUsers(): Promise<UserRecord[]>;
  findUserCredentials(name: string): Promise<UserCredentials | null>;
  /** False when there is no such user or it was already disabled. Its sessions end with it. */
  disableUser(name: string): Promise<boolean>;
  createSession(session: { tokenHash: string; userId: number; csrfToken: string }): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | null>;
  touchSession(id: number): Promise<void>;
  deleteSession(id: number): Promise<void>;
}
