/** API tokens: only the hash is looked up, scopes round-trip, a revoked token is listed but never found. */
import { describe, expect, it } from 'vitest';
import type { ApiTokenRecord } from '../web-port.ts';
import { WEB_CLOCK_START, type WebTargetHandle } from './web-target.ts';

const byId = (tokens: ApiTokenRecord[]) => [...tokens].sort((a, b) => a.id - b.id);

export function describeApiTokens(target: WebTargetHandle): void {
  describe('API tokens', () => {
    it('finds a token by its hash only, with its name, scopes and creation time', async () => {
      const store = target.store;
      const made = await store.createApiToken({ name: 'feed bot', hash: 'hash-a', scopes: ['ingest', 'edit'] });
      expect(made).toEqual({ id: made.id, name: 'feed bot', scopes: ['ingest', 'edit'], createdAt: WEB_CLOCK_START, revokedAt: null });
      expect(await store.findApiToken('hash-a')).toEqual(made);
      expect(await store.findApiToken('HASH-A')).toBeNull();
      expect(await store.findApiToken('feed bot')).toBeNull();
      expect(await store.findApiToken('')).toBeNull();
    });

    it('keeps each scope list as given, and gives a token made without scopes ingest only', async () => {
      const store = target.store;
      const ingest = await store.createApiToken({ name: 'ingest', hash: 'h1', scopes: ['ingest'] });
      const edit = await store.createApiToken({ name: 'edit', hash: 'h2', scopes: ['edit'] });
      const plain = await store.createApiToken({ name: 'plain', hash: 'h3' });
      expect([ingest.scopes, edit.scopes, plain.scopes]).toEqual([['ingest'], ['edit'], ['ingest']]);
      expect((await store.findApiToken('h2'))?.scopes).toEqual(['edit']);
      expect((await store.findApiToken('h3'))?.scopes).toEqual(['ingest']);
      expect(byId(await store.listApiTokens()).map((token) => [token.name, token.scopes])).toEqual([
        ['ingest', ['ingest']],
        ['edit', ['edit']],
        ['plain', ['ingest']],
      ]);
    });

    it('revokes a live token once: it is no longer found, and is listed with the time it was revoked', async () => {
      const store = target.store;
      const kept = await store.createApiToken({ name: 'kept', hash: 'hash-kept' });
      const gone = await store.createApiToken({ name: 'gone', hash: 'hash-gone' });
      expect(kept.id).not.toBe(gone.id);
      target.setNow('2026-03-02T10:30:00.000Z');
      expect(await store.revokeApiToken(gone.id)).toBe(true);
      expect(await store.findApiToken('hash-gone')).toBeNull();
      expect(await store.findApiToken('hash-kept')).toEqual(kept);
      // Revoking again, or a token that never existed, changes nothing.
      target.setNow('2026-03-03T00:00:00.000Z');
      expect(await store.revokeApiToken(gone.id)).toBe(false);
      expect(await store.revokeApiToken(987_654)).toBe(false);
      expect(byId(await store.listApiTokens())).toEqual([kept, { ...gone, revokedAt: '2026-03-02T10:30:00.000Z' }]);
    });

    it('lists no tokens in a new store', async () => {
      expect(await target.store.listApiTokens()).toEqual([]);
      expect(await target.store.findApiToken('anything')).toBeNull();
    });
  });
}
