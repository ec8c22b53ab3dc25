/**
 * Users and sessions: names are unique, credentials read back as stored, disabling ends the user's sessions, and a
 * session keeps its creation time while touches move its last-seen time (use-cases/users.ts expires on both).
 */
import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../user-port.ts';
import { WEB_CLOCK_START, type WebTargetHandle } from './web-target.ts';

const secret = { passwordHash: 'aa'.repeat(32), passwordSalt: 'bb'.repeat(16) };
const byName = (users: UserRecord[]) => [...users].sort((a, b) => a.name.localeCompare(b.name));

export function describeUsersAndSessions(target: WebTargetHandle): void {
  describe('users', () => {
    it('adds users with their role and reads their credentials back as stored', async () => {
      const store = target.store;
      const admin = await store.createUser({ name: 'ada', role: 'admin', ...secret });
      expect(admin).toEqual({ id: admin?.id, name: 'ada', role: 'admin', createdAt: WEB_CLOCK_START, disabledAt: null });
      target.setNow('2026-03-01T10:00:00.000Z');
      const editor = await store.createUser({ name: 'bo', role: 'editor', passwordHash: 'cc', passwordSalt: 'dd' });
      expect(editor).toMatchObject({ name: 'bo', role: 'editor', createdAt: '2026-03-01T10:00:00.000Z' });
      expect(editor?.id).not.toBe(admin?.id);
      expect(await store.findUserCredentials('ada')).toEqual({ ...admin, ...secret });
      expect(await store.findUserCredentials('bo')).toEqual({ ...editor, passwordHash: 'cc', passwordSalt: 'dd' });
      expect(await store.findUserCredentials('cy')).toBeNull();
      expect(byName(await store.listUsers())).toEqual([admin, editor]);
    });

    it('refuses a name that is taken, storing nothing', async () => {
      const store = target.store;
      const first = await store.createUser({ name: 'ada', role: 'editor', ...secret });
      expect(await store.createUser({ name: 'ada', role: 'admin', passwordHash: 'ee', passwordSalt: 'ff' })).toBeNull();
      expect(await store.listUsers()).toEqual([first]);
      expect(await store.findUserCredentials('ada')).toEqual({ ...first, ...secret });
    });

    it('disables a user once, keeping it listed with the time, and ends only its sessions', async () => {
      const store = target.store;
      const ada = (await store.createUser({ name: 'ada', role: 'admin', ...secret })) as UserRecord;
      const bo = (await store.createUser({ name: 'bo', role: 'editor', ...secret })) as UserRecord;
      await store.createSession({ tokenHash: 'ada-1', userId: ada.id, csrfToken: 'c1' });
      await store.createSession({ tokenHash: 'ada-2', userId: ada.id, csrfToken: 'c2' });
      await store.createSession({ tokenHash: 'bo-1', userId: bo.id, csrfToken: 'c3' });
      target.setNow('2026-03-05T12:00:00.000Z');
      expect(await store.disableUser('ada')).toBe(true);
      expect(await store.findSession('ada-1')).toBeNull();
      expect(await store.findSession('ada-2')).toBeNull();
      expect((await store.findSession('bo-1'))?.user).toEqual(bo);
      expect(await store.disableUser('ada')).toBe(false);
      expect(await store.disableUser('nobody')).toBe(false);
      const disabled = { ...ada, disabledAt: '2026-03-05T12:00:00.000Z' };
      expect(byName(await store.listUsers())).toEqual([disabled, bo]);
      expect(await store.findUserCredentials('ada')).toEqual({ ...disabled, ...secret });
    });

    it('lists no users in a new store', async () => {
      expect(await target.store.listUsers()).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('finds a session by its token hash only, with its user, CSRF token and times', async () => {
      const store = target.store;
      const ada = (await store.createUser({ name: 'ada', role: 'editor', ...secret })) as UserRecord;
      await store.createSession({ tokenHash: 'session-hash', userId: ada.id, csrfToken: 'csrf-1' });
      const session = await store.findSession('session-hash');
      expect(session).toEqual({ id: session?.id, user: ada, csrfToken: 'csrf-1', createdAt: WEB_CLOCK_START, lastSeenAt: WEB_CLOCK_START });
      expect(await store.findSession('SESSION-HASH')).toBeNull();
      expect(await store.findSession('csrf-1')).toBeNull();
      expect(await store.findSession('')).toBeNull();
    });

    it('moves the last-seen time on a touch and keeps the creation time, so expiry can use both', async () => {
      const store = target.store;
      const ada = (await store.createUser({ name: 'ada', role: 'editor', ...secret })) as UserRecord;
      await store.createSession({ tokenHash: 's', userId: ada.id, csrfToken: 'c' });
      const created = (await store.findSession('s'))!;
      target.setNow('2026-03-01T20:00:00.000Z');
      await store.touchSession(created.id);
      expect(await store.findSession('s')).toEqual({ ...created, lastSeenAt: '2026-03-01T20:00:00.000Z' });
      target.setNow('2026-03-09T09:00:00.000Z');
      await store.touchSession(created.id);
      expect(await store.findSession('s')).toMatchObject({ createdAt: WEB_CLOCK_START, lastSeenAt: '2026-03-09T09:00:00.000Z' });
      // Touching a session that is gone does nothing and does not fail.
      await store.touchSession(987_654);
    });

    it('deletes one session and leaves the user and its other sessions', async () => {
      const store = target.store;
      const ada = (await store.createUser({ name: 'ada', role: 'admin', ...secret })) as UserRecord;
      await store.createSession({ tokenHash: 'one', userId: ada.id, csrfToken: 'c1' });
      await store.createSession({ tokenHash: 'two', userId: ada.id, csrfToken: 'c2' });
      const one = (await store.findSession('one'))!;
      const two = (await store.findSession('two'))!;
      expect(one.id).not.toBe(two.id);
      await store.deleteSession(one.id);
      expect(await store.findSession('one')).toBeNull();
      expect(await store.findSession('two')).toEqual(two);
      expect(await store.listUsers()).toEqual([ada]);
      // Deleting it again, or one that never existed, does nothing and does not fail.
      await store.deleteSession(one.id);
      await store.deleteSession(987_654);
      expect(await store.findSession('two')).toEqual(two);
    });
  });
}
