import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, statusError } from './http-status.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP-dates, and caps them at an hour', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', NOW)).toBe(90_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});

describe('statusError', () => {
  it('says plainly what 404, 410 and 403 mean, and that retrying will not help', () => {
    for (const [status, words] of [[404, /not found/], [410, /gone/], [403, /forbids/]] as const) {
      const error = statusError('https://example.com/x', status, undefined, NOW);
      expect(error.code).toBe('http-status');
      expect(error.status).toBe(status);
      expect(error.transient).toBe(false);
      expect(error.message).toMatch(words);
    }
  });

  it('marks 429, 503 and other 5xx as transient, with Retry-After for 429 and 503', () => {
    expect(statusError('https://e.com/', 429, '30', NOW)).toMatchObject({ transient: true, retryAfterMs: 30_000 });
    expect(statusError('https://e.com/', 503, '7200', NOW)).toMatchObject({ transient: true, retryAfterMs: MAX_RETRY_AFTER_MS });
    const serverError = statusError('https://e.com/', 500, '30', NOW);
    expect(serverError.transient).toBe(true);
    expect(serverError.retryAfterMs).toBeUndefined();
  });
});
