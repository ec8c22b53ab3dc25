/**
 * Rate limits per client address: a fixed window per address, counted in memory. Memory stays bounded: at most
 * `maxClients` addresses are tracked; when full, expired windows go first, then the oldest window, so a flood of
 * new addresses costs old entries, never unbounded growth. Over the limit is a RetryLaterError that the error edge
 * answers 429 with Retry-After.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { RetryLaterError } from '../errors.ts';

export interface RateLimiterOptions {
  /** Length of a window in milliseconds (default 60 000). */
  windowMs?: number;
  /** Requests counted per address and window before refusing (default 60). */
  limit?: number;
  /** Addresses tracked at once (default 10 000). */
  maxClients?: number;
}

export const RATE_LIMIT_DEFAULTS = { windowMs: 60_000, limit: 60, maxClients: 10_000 } as const;

interface Window {
  startedAt: number;
  count: number;
}

export class RateLimiter {
  readonly windowMs: number;
  readonly limit: number;
  readonly maxClients: number;
  /** In order of window start (a key is re-inserted when its window restarts), so the oldest is first. */
  readonly #windows = new Map<string, Window>();

  constructor(options: RateLimiterOptions = {}) {
    this.windowMs = options.windowMs ?? RATE_LIMIT_DEFAULTS.windowMs;
    this.limit = options.limit ?? RATE_LIMIT_DEFAULTS.limit;
    this.maxClients = options.maxClients ?? RATE_LIMIT_DEFAULTS.maxClients;
  }

  /** Seconds until `key` may be counted again, or 0 when it is under the limit now. */
  retryAfter(key: string, now = Date.now()): number {
    const window = this.#current(key, now);
    if (window === undefined || window.count < this.limit) return 0;
    return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
  }

  /** Counts one request (or failure) of `key`. */
  hit(key: string, now = Date.now()): void {
    const window = this.#current(key, now);
    if (window !== undefined) {
      window.count++;
      return;
    }
    this.#makeRoom(now);
    this.#windows.set(key, { startedAt: now, count: 1 });
  }

  /** Addresses tracked now. */
  get size(): number {
    return this.#windows.size;
  }

  #current(key: string, now: number): Window | undefined {
    const window = this.#windows.get(key);
    if (window === undefined) return undefined;
    if (now - window.startedAt < this.windowMs) return window;
    this.#windows.delete(key);
    return undefined;
  }

  #makeRoom(now: number): void {
    for (const [key, window] of this.#windows) {
      if (this.#windows.size < this.maxClients && now - window.startedAt < this.windowMs) return;
      this.#windows.delete(key);
    }
  }
}

function duration(ms: number): string {
  const [amount, unit] = ms >= 60_000 && ms % 60_000 === 0 ? [ms / 60_000, 'minute'] : [Math.max(1, Math.round(ms / 1000)), 'second'];
  return amount === 1 ? unit : `${amount} ${unit}s`;
}

/** The refusal for `what` ("write requests"), with the wait in the message and in Retry-After. */
export function rateLimitedError(limiter: RateLimiter, what: string, retryAfterSeconds: number): RetryLaterError {
  return new RetryLaterError(
    'rate-limited',
    `Too many ${what} from your address: the limit is ${limiter.limit} per ${duration(limiter.windowMs)}. Try again in ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  );
}

export interface RateLimitOptions extends RateLimiterOptions {
  /** What is counted, for the message: "write requests". */
  what: string;
  /** The client's key (client-address.ts). */
  key: (c: Context) => string;
  /** Which requests count; all when absent. */
  applies?: (c: Context) => boolean;
}

/**
 * @example
 * api.use('*', rateLimit({ what: 'write requests', key: (c) => clientAddress(c), applies: (c) => c.req.method === 'POST' }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const limiter = new RateLimiter(options);
  return async (c, next) => {
    if (options.applies && !options.applies(c)) return next();
    const key = options.key(c);
    const wait = limiter.retryAfter(key);
    if (wait > 0) throw rateLimitedError(limiter, options.what, wait);
    limiter.hit(key);
    await next();
  };
}
