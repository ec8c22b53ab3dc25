/**
 * robots.txt per origin: fetched once through the caller's (safe, polite) path, kept for an hour, and asked before
 * every request. A missing robots.txt allows everything; one the site fails to serve allows nothing for now.
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from './fetch-error.ts';

export interface RobotsTxtResponse {
  status: number;
  body: string;
}

export interface RobotsOptions {
  userAgent: string;
  now: () => number;
  /** Fetches one robots.txt URL; throws a FetchError when it cannot (network, timeout, refused address...). */
  fetchRobotsTxt: (robotsUrl: string) => Promise<RobotsTxtResponse>;
  /** How long a robots.txt is trusted (default one hour). */
  ttlMs?: number;
}

export interface RobotsPermission {
  /** Crawl-delay asked for our user agent, in milliseconds (capped at MAX_CRAWL_DELAY_MS). */
  crawlDelayMs?: number;
}

export interface RobotsRules {
  /** Resolves when robots.txt of the URL's origin allows it; rejects with 'robots-disallowed' when not. */
  check(url: URL): Promise<RobotsPermission>;
}

/** A Crawl-delay of hours would stall every batch that touches the site; past this we wait this long. */
// robots-parser is CommonJS (`module.exports = fn`) but its types declare an ES default export; under NodeNext the
// default import is the function itself at run time, which is what this cast says.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export const MAX_CRAWL_DELAY_MS = 60_000;

interface Parsed {
  isAllowed(url: string): boolean;
  crawlDelayMs?: number;
}

interface CacheEntry {
  parsed: Promise<Parsed>;
  expiresAt: number;
}

const ALLOW_ALL: Parsed = { isAllowed: () => true };

export function createRobotsRules(options: RobotsOptions): RobotsRules {
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  const cache = new Map<string, CacheEntry>();

  const load = async (origin: string): Promise<Parsed> => {
    const robotsUrl = `${origin}/robots.txt`;
    let response: RobotsTxtResponse;
    try {
      response = await options.fetchRobotsTxt(robotsUrl);
    } catch (error) {
      // A refused address or an unknown host says more as itself than as "robots.txt unreadable".
      if (error instanceof FetchError && (!error.transient || error.code === 'network')) throw error;
      throw unavailable(origin, error instanceof Error ? error.message : String(error), error);
    }
    const { status } = response;
    if (status >= 200 && status < 300) return parse(robotsUrl, response.body, options.userAgent);
    // RFC 9309: a robots.txt that does not exist (4xx) places no restriction; 429 is the site asking us to slow down.
    if (status >= 400 && status < 500 && status !== 429) return ALLOW_ALL;
    throw unavailable(origin, `the site answered ${status}`);
  };

  const parsedFor = (origin: string): Promise<Parsed> => {
    const cached = cache.get(origin);
    if (cached && cached.expiresAt > options.now()) return cached.parsed;
    const parsed = load(origin);
    cache.set(origin, { parsed, expiresAt: options.now() + ttlMs });
    // A failure is not remembered: the next request asks again.
    parsed.catch(() => {
      if (cache.get(origin)?.parsed === parsed) cache.delete(origin);
    });
    return parsed;
  };

  return {
    async check(url: URL): Promise<RobotsPermission> {
      const parsed = await parsedFor(url.origin);
      if (!parsed.isAllowed(url.href)) {
        throw new FetchError(
          'robots-disallowed',
          url.href,
          `not fetching ${url.href}: the robots.txt of ${url.host} disallows it for Plaudit; ask the site, or add the review another way (paste or file)`,
          { transient: false },
        );
      }
      return parsed.crawlDelayMs === undefined ? {} : { crawlDelayMs: parsed.crawlDelayMs };
    },
  };
}

function parse(robotsUrl: string, text: string, userAgent: string): Parsed {
  const robots = robotsParser(robotsUrl, text);
  const delaySeconds = robots.getCrawlDelay(userAgent);
  const parsed: Parsed = { isAllowed: (url) => robots.isAllowed(url, userAgent) !== false };
  if (typeof delaySeconds === 'number' && Number.isFinite(delaySeconds) && delaySeconds > 0) {
    parsed.crawlDelayMs = Math.min(delaySeconds * 1000, MAX_CRAWL_DELAY_MS);
  }
  return parsed;
}

function unavailable(origin: string, why: string, cause?: unknown): FetchError {
  const host = new URL(origin).host;
  return new FetchError(
    'robots-disallowed',
    `${origin}/robots.txt`,
    `not fetching from ${host} for now: its robots.txt could not be read (${why}); Plaudit treats that as "disallow" and will try again later`,
    { transient: true, ...(cause === undefined ? {} : { cause }) },
  );
}
