/**
 * When a failed job is tried again, and when it is given up. Pure: the random source and the clock come in.
 * Full jitter (a delay drawn uniformly below an exponentially growing cap) spreads the retries of many jobs that
 * failed together, e.g. when one site went down, instead of sending them back all at once.
 */

/** Attempts a job gets before it is dead; the queue's constructor may set another. */
export const MAX_ATTEMPTS = 6;

export const DEFAULT_BASE_DELAY_MS = 30_000;
export const DEFAULT_MAX_DELAY_MS = 6 * 60 * 60 * 1_000;

export interface BackoffOptions {
  /** The cap after the first attempt (default 30 s); it doubles with each attempt after. */
  baseMs?: number;
  /** The cap's ceiling (default 6 h). */
  maxMs?: number;
  /** A number in [0, 1) (default Math.random). */
  random?: () => number;
  /** The server's Retry-After: the delay is never shorter, even past maxMs. */
  retryAfterMs?: number;
}

/**
 * How long to wait before the next try, after `attempts` attempts (1 after the first).
 * @example
 * nextAttemptDelay(3, { random: () => 0.5 }) // 60_000: half of the 120 s cap
 */
export function nextAttemptDelay(attempts: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BASE_DELAY_MS;
  const maxMs = options.maxMs ?? DEFAULT_MAX_DELAY_MS;
  const random = options.random ?? Math.random;
  // 2 ** 60 already passes any ceiling; the clamp keeps the power finite for absurd attempt counts.
  const exponent = Math.min(Math.max(0, Math.trunc(attempts) - 1), 60);
  const cap = Math.min(maxMs, baseMs * 2 ** exponent);
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * cap);
  return Math.max(jittered, Math.ceil(options.retryAfterMs ?? 0));
}

export interface RetryPolicy {
  maxAttempts: number;
  backoff: Omit<BackoffOptions, 'retryAfterMs'>;
}

export type AfterFailure = { status: 'queued'; nextTryAt: Date } | { status: 'dead' };

/** What becomes of a job whose attempt number `attempts` failed so. */
export function afterFailure(
  attempts: number,
  failure: { transient: boolean; retryAfterMs?: number },
  now: Date,
  policy: RetryPolicy,
): AfterFailure {
  if (!failure.transient || attempts >= policy.maxAttempts) return { status: 'dead' };
  const delay = nextAttemptDelay(attempts, {
    ...policy.backoff,
    ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
  });
  return { status: 'queued', nextTryAt: new Date(now.getTime() + delay) };
}
