/**
 * Rate limits: the limiter's window and its memory bound (with explicit instants, no clock), then both limits on
 * the real app through app.request(), where every request shares the no-connection key.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';
import { generateApiToken } from '../auth/api-token.ts';
import type { ServerLimits } from '../deps.ts';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('counts up to the limit in a window, then says how long to wait, then starts afresh', () => {
    const limiter = new RateLimiter({ windowMs: 60_000, limit: 2 });
    expect(limiter.retryAfter('a', 0)).toBe(0);
    limiter.hit('a', 0);
    limiter.hit('a', 1_000);
    expect(limiter.retryAfter('a', 20_000)).toBe(40);
    expect(limiter.retryAfter('b', 20_000)).toBe(0);
    expect(limiter.retryAfter('a', 60_000)).toBe(0);
  });

  it('tracks at most maxClients addresses, dropping expired windows first, then the oldest', () => {
    const limiter = new RateLimiter({ windowMs: 1_000, limit: 1, maxClients: 3 });
    for (let i = 0; i < 1_000; i++) limiter.hit(`flood-${i}`, 0);
    expect(limiter.size).toBe(3);
    expect(limiter.retryAfter('flood-999', 0)).toBe(1);
    expect(limiter.retryAfter('flood-0', 0)).toBe(0);
    limiter.hit('late', 5_000);
    expect(limiter.size).toBe(1);
  });
});

describe('rate limits on the API', () => {
  const fixtures: ServerFixture[] = [];
  afterAll(() => Promise.all(fixtures.map((f) => f.close())));
  async function open(limits: ServerLimits): Promise<ServerFixture> {
    const f = await openServerFixture({ limits });
    fixtures.push(f);
    return f;
  }

  const post = (f: ServerFixture, token: string, body = '{') =>
    f.web.request('/api/v1/reviews', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });

  async function expectLimited(res: Response, message: RegExp, maxSeconds: number): Promise<void> {
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('Retry-After'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(maxSeconds);
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    const body = await json(res);
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toMatch(message);
  }

  it('refuses failed token checks over the limit with 429 and Retry-After, a right token too, reads unaffected', async () => {
    const f = await open({ failedTokenChecks: { limit: 2, windowMs: 10 * 60_000 } });
    expect((await post(f, generateApiToken())).status).toBe(401);
    expect((await post(f, '')).status).toBe(401);
    await expectLimited(await post(f, generateApiToken()), /failed token checks .* limit is 2 per 10 minutes/, 600);
    // Refused before the token is looked at, or a guesser would learn which guess was right.
    await expectLimited(await post(f, f.token), /failed token checks/, 600);
    expect((await f.web.request('/api/v1/films')).status).toBe(200);
  });

  it('refuses write requests over the limit with 429 and Retry-After, on every non-GET route, reads unaffected', async () => {
    const f = await open({ writes: { limit: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) expect((await post(f, f.token)).status).toBe(400);
    await expectLimited(await post(f, f.token), /write requests .* limit is 3 per minute/, 60);
    await expectLimited(await f.web.request('/api/v1/films', { method: 'DELETE' }), /write requests/, 60);
    expect((await f.web.request('/api/v1/films')).status).toBe(200);
  });
});
