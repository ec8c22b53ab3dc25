import { describe, expect, it } from 'vitest';
import { afterFailure, MAX_ATTEMPTS, nextAttemptDelay } from './backoff.ts';

const HOUR = 3_600_000;

describe('nextAttemptDelay', () => {
  it('draws below a cap that doubles from 30 s with each attempt', () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4].map((attempts) => nextAttemptDelay(attempts, { random: top }))).toEqual([29_999, 59_999, 119_999, 239_999]);
    expect(nextAttemptDelay(3, { random: () => 0.5 })).toBe(60_000);
    expect(nextAttemptDelay(1, { random: () => 0 })).toBe(0);
  });

  it('never passes the ceiling (6 h by default), however many attempts', () => {
    expect(nextAttemptDelay(12, { random: () => 0.999_999 })).toBe(Math.floor(0.999_999 * 6 * HOUR));
    expect(nextAttemptDelay(10_000, { random: () => 0.5 })).toBe(3 * HOUR);
    expect(nextAttemptDelay(5, { baseMs: 1_000, maxMs: 4_000, random: () => 0.5 })).toBe(2_000);
  });

  it("honours Retry-After as a minimum, even past the ceiling", () => {
    expect(nextAttemptDelay(1, { random: () => 0.1, retryAfterMs: 90_000 })).toBe(90_000);
    expect(nextAttemptDelay(3, { random: () => 0.9, retryAfterMs: 1_000 })).toBe(108_000);
    expect(nextAttemptDelay(1, { maxMs: 1_000, random: () => 0.5, retryAfterMs: 2 * HOUR })).toBe(2 * HOUR);
  });
});

describe('afterFailure', () => {
  const now = new Date('2024-06-01T12:00:00.000Z');
  const policy = { maxAttempts: MAX_ATTEMPTS, backoff: { random: () => 0.5 } };

  it('queues a transient failure again after the backoff', () => {
    expect(afterFailure(2, { transient: true }, now, policy)).toEqual({
      status: 'queued',
      nextTryAt: new Date('2024-06-01T12:00:30.000Z'),
    });
    expect(afterFailure(2, { transient: true, retryAfterMs: 600_000 }, now, policy)).toEqual({
      status: 'queued',
      nextTryAt: new Date('2024-06-01T12:10:00.000Z'),
    });
  });

  it('gives up on a permanent failure at once, and on a transient one after the last attempt', () => {
    expect(afterFailure(1, { transient: false }, now, policy)).toEqual({ status: 'dead' });
    expect(afterFailure(MAX_ATTEMPTS - 1, { transient: true }, now, policy).status).toBe('queued');
    expect(afterFailure(MAX_ATTEMPTS, { transient: true }, now, policy)).toEqual({ status: 'dead' });
  });
});
