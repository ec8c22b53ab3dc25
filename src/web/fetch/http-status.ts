/** What a non-success HTTP status means for the caller: an error with a plain message and whether to retry. Pure. */
import { FetchError } from './fetch-error.ts';

/** A Retry-After longer than this is treated as this: a site asking us to wait a week should not stall a batch's plan. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

const PLAIN_MEANING: Readonly<Record<number, string>> = {
  400: 'the site says the request is malformed (400)',
  401: 'the site requires signing in (401); Plaudit only fetches public pages',
  403: 'the site forbids access (403); it refuses to serve this page to Plaudit',
  404: 'the page was not found (404); check the address',
  410: 'the page is gone (410); the site removed it for good',
  429: 'the site says Plaudit is asking too often (429)',
  503: 'the site is unavailable for now (503)',
};

export function statusError(url: string, status: number, retryAfter: string | undefined, now: number): FetchError {
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(retryAfter, now) : undefined;
  const transient = status >= 500 || status === 429 || status === 408;
  const meaning =
    PLAIN_MEANING[status] ?? (status >= 500 ? `the site failed with a server error (${status})` : `the site answered with status ${status}`);
  const advice = transient
    ? retryAfterMs !== undefined
      ? `; try again in ${Math.ceil(retryAfterMs / 1000)} s`
      : '; try again later'
    : '';
  return new FetchError('http-status', url, `could not fetch ${url}: ${meaning}${advice}`, {
    transient,
    status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
