/**
 * The web fetcher: composes the URL check, robots.txt, the per-host scheduler and the safe agent into one
 * `fetch`. It follows redirects itself so that every hop goes through all of those checks again.
 */
import { checkUrl } from './check-url.ts';
import { ACCEPT_HEADER, acceptsContentType, describeAccepted, mediaType, type FetchPurpose } from './content-type.ts';
import { exchange, type Exchange, type Headers } from './exchange.ts';
import { FetchError } from './fetch-error.ts';
import { createHostScheduler } from './host-scheduler.ts';
import { statusError } from './http-status.ts';
import { ACCEPT_ENCODING, tooLarge } from './read-body.ts';
import { createRobotsRules } from './robots.ts';
import { createSafeAgent, type Lookup } from './safe-agent.ts';

export interface FetchPolicy {
  /** Host names (lower-case, exact) a user allowed even though they resolve to private/loopback addresses (--allow-host, config). */
  allowHosts: readonly string[];
  /** "Plaudit/0.x (+CONTACT_URL)" */
  userAgent: string;
  /** Whole request, headers and body, per attempt (default 20_000). */
  timeoutMs?: number;
  /** Cap on the decompressed body bytes (default 10 MiB); bigger → FetchError 'too-large'. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Minimum gap between the end of one request to a host and the start of the next (default 1000 ms); robots.txt Crawl-delay raises it for that host. */
  perHostDelayMs?: number;
  /** dns.lookup-compatible resolver (tests map names to 127.0.0.1 through it). Default node:dns lookup. */
  lookup?: Lookup;
  /** Clock and sleep for the per-host delay and the robots.txt cache (defaults: Date.now, setTimeout). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchRequest {
  url: string;
  purpose: FetchPurpose;
  validators?: Validators;
}

export type FetchResult =
  | { kind: 'ok'; url: string; status: number; contentType: string; body: Buffer; validators: Validators }
  | { kind: 'not-modified'; url: string; validators: Validators };

export interface WebFetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ROBOTS_MAX_BYTES = 512 * 1024;
const ROBOTS_MAX_REDIRECTS = 5;

export function createWebFetcher(policy: FetchPolicy): WebFetcher {
  const allowHosts = policy.allowHosts.map((host) => host.toLowerCase());
  const timeoutMs = policy.timeoutMs ?? 20_000;
  const maxBytes = policy.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = policy.maxRedirects ?? 5;
  const now = policy.now ?? Date.now;
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const agent = createSafeAgent({ allowHosts, ...(policy.lookup ? { lookup: policy.lookup } : {}) });
  const scheduler = createHostScheduler({ delayMs: policy.perHostDelayMs ?? 1000, now, sleep });

  const get = (url: URL, headers: Record<string, string>, wantsBody: (status: number, headers: Headers) => boolean, cap = maxBytes) =>
    scheduler.run(url.hostname, () =>
      exchange({ agent, url, headers: { 'user-agent': policy.userAgent, ...headers }, timeoutMs, maxBytes: cap, wantsBody }),
    );

  const robots = createRobotsRules({
    userAgent: policy.userAgent,
    now,
    async fetchRobotsTxt(robotsUrl) {
      let url = checkUrl(robotsUrl, allowHosts);
      for (let hop = 0; ; hop++) {
        const response = await get(url, { accept: 'text/plain', 'accept-encoding': ACCEPT_ENCODING }, isSuccess, ROBOTS_MAX_BYTES);
        const next = redirectTarget(response, url);
        if (!next || hop >= ROBOTS_MAX_REDIRECTS) return { status: response.status, body: response.body?.toString('utf8') ?? '' };
        url = checkUrl(next, allowHosts);
      }
    },
  });

  return {
    async fetch(request) {
      const sent = request.validators ?? {};
      const conditional: Record<string, string> = {};
      if (sent.etag !== undefined) conditional['if-none-match'] = sent.etag;
      if (sent.lastModified !== undefined) conditional['if-modified-since'] = sent.lastModified;
      const headers = { accept: ACCEPT_HEADER[request.purpose], 'accept-encoding': ACCEPT_ENCODING, ...conditional };

      let url = checkUrl(request.url, allowHosts);
      for (let redirects = 0; ; ) {
        const permission = await robots.check(url);
        if (permission.crawlDelayMs !== undefined) scheduler.raiseDelay(url.hostname, permission.crawlDelayMs);
        const response = await get(url, headers, (status, responseHeaders) => {
          if (!isSuccess(status)) return false;
          checkResponseHeaders(url.href, request.purpose, responseHeaders, maxBytes);
          return true;
        });
        const next = redirectTarget(response, url);
        if (next !== undefined) {
          if (redirects >= maxRedirects) throw tooManyRedirects(request.url, maxRedirects);
          redirects++;
          url = checkUrl(next, allowHosts);
          continue;
        }
        const validators = validatorsOf(response.headers);
        if (response.status === 304 && Object.keys(conditional).length > 0) {
          return { kind: 'not-modified', url: url.href, validators: { ...sent, ...validators } };
        }
        if (!isSuccess(response.status)) throw statusError(url.href, response.status, response.headers['retry-after'], now());
        return {
          kind: 'ok',
          url: url.href,
          status: response.status,
          contentType: response.headers['content-type'] ?? '',
          body: response.body ?? Buffer.alloc(0),
          validators,
        };
      }
    },
    close: () => agent.close(),
  };
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function redirectTarget(response: Exchange, base: URL): string | undefined {
  const location = response.headers['location'];
  if (!REDIRECTS.has(response.status) || location === undefined) return undefined;
  try {
    return new URL(location, base).href;
  } catch {
    // An unreadable Location is reported as the redirect status it came with.
    return undefined;
  }
}

/** Refuses a response on its headers alone, before a byte of its body is read. */
function checkResponseHeaders(url: string, purpose: FetchPurpose, headers: Headers, maxBytes: number): void {
  const contentType = headers['content-type'];
  if (!acceptsContentType(purpose, contentType)) {
    throw new FetchError(
      'bad-content-type',
      url,
      `refused ${url}: it is ${mediaType(contentType)}, not a ${purpose === 'feed' ? 'feed' : 'web page'} (Plaudit takes ${describeAccepted(purpose)} here)`,
      { transient: false },
    );
  }
  const encoding = headers['content-encoding'];
  const length = Number(headers['content-length']);
  if ((encoding === undefined || encoding === 'identity') && Number.isFinite(length) && length > maxBytes) throw tooLarge(url, maxBytes);
}

function validatorsOf(headers: Headers): Validators {
  const validators: Validators = {};
  if (headers['etag'] !== undefined) validators.etag = headers['etag'];
  if (headers['last-modified'] !== undefined) validators.lastModified = headers['last-modified'];
  return validators;
}

function tooManyRedirects(url: string, maxRedirects: number): FetchError {
  return new FetchError('too-many-redirects', url, `gave up on ${url}: it redirected more than ${maxRedirects} times (a redirect loop?)`, {
    transient: false,
  });
}
