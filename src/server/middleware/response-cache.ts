/**
 * Caches successful GET responses by path for as long as the store's data version stays the same: a page or API
 * answer is built once per change of the data, then served from memory with its ETag. Any write, by this
 * process or another (an ingest from the CLI), moves the version and empties the cache on the next request.
 * Bounded by bytes, least recently used first out.
 *
 * Two ways in: `middleware()` sits outside the app's other middleware, so a hit costs a version check and a Map
 * lookup; `lookup()` lets the HTTP server answer a hit before the request becomes a Hono request at all
 * (start-server.ts), which is most of the cost of a cached page. Both answer If-None-Match with 304.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export interface ResponseCacheOptions {
  /** The store's data version (WebStore.dataVersion). */
  version: () => Promise<number>;
  /** Total body bytes kept (default 64 MiB). */
  maxBytes?: number;
}

export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  etag: string;
}

/** What to send for a hit: the body, or 304 when the client already has this ETag. */
export interface CacheAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

const KEEP_ON_304 = ['etag', 'cache-control', 'vary', 'content-security-policy'];

export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

function notModified(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

export function answer(entry: CachedResponse, ifNoneMatch: string | undefined | null): CacheAnswer {
  if (!notModified(ifNoneMatch, entry.etag)) return { status: 200, headers: entry.headers, body: entry.body };
  const headers: Record<string, string> = {};
  for (const name of KEEP_ON_304) if (entry.headers[name] !== undefined) headers[name] = entry.headers[name];
  return { status: 304, headers, body: null };
}

/** The cache key: path and query, without scheme and host (a request is the same page whatever Host said). */
export function cacheKey(url: string): string {
  const start = url.startsWith('/') ? 0 : url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

export class ResponseCache {
  readonly #version: () => Promise<number>;
  readonly #maxBytes: number;
  readonly #entries = new Map<string, CachedResponse>();
  #bytes = 0;
  #current: number | null = null;

  constructor(options: ResponseCacheOptions) {
    this.#version = options.version;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  /** Checks the data version (emptying the cache when it moved) and returns it. */
  async #validate(): Promise<number> {
    const version = await this.#version();
    if (version !== this.#current) {
      this.#entries.clear();
      this.#bytes = 0;
      this.#current = version;
    }
    return version;
  }

  /** The cached answer for a GET of `url`, or null on a miss. */
  async lookup(url: string): Promise<CachedResponse | null> {
    await this.#validate();
    const key = cacheKey(url);
    const entry = this.#entries.get(key);
    if (entry === undefined) return null;
    // Re-inserting keeps the Map in least-recently-used order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  #store(key: string, entry: CachedResponse): void {
    if (entry.body.byteLength > this.#maxBytes / 8) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.body.byteLength;
    }
  }

  /**
   * @example
   * const cache = new ResponseCache({ version: () => store.dataVersion() });
   * app.use('*', cache.middleware());
   */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== 'GET') return next();
      let entry = await this.lookup(c.req.url);
      if (entry === null) {
        const version = this.#current;
        await next();
        if (c.res.status !== 200 || c.res.headers.get('Cache-Control')?.includes('no-store')) return;
        const body = new Uint8Array(await c.res.arrayBuffer());
        const headers = Object.fromEntries(c.res.headers.entries());
        headers.etag ??= etagOf(body);
        entry = { body, headers, etag: headers.etag };
        // Stored only if no write happened while it was built; otherwise it may show the old data.
        if ((await this.#version()) === version) this.#store(cacheKey(c.req.url), entry);
      }
      const reply = answer(entry, c.req.header('If-None-Match'));
      c.res = new Response(reply.body, { status: reply.status, headers: reply.headers });
    };
  }
}
