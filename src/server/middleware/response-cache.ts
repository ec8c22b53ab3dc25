/**
 * Caches successful GET responses by path for as long as the store's data version stays the same: a page or API
 * answer is built once per change of the data, then served from memory with its ETag. Any write, by this
 * process or another (an ingest from the CLI), moves the version and empties the cache on the next request.
 * Bounded by bytes, least recently used first out. Text bodies are gzipped once when stored, and sent gzipped to
 * clients that accept it (every browser does), with Vary: Accept-Encoding. A response that says Vary: Host (it
 * prints its own address) answers only requests to the origin it was built for.
 *
 * Two ways in: `middleware()` sits outside the app's other middleware, so a hit costs a version check and a Map
 * lookup; `lookup()` lets the HTTP server answer a hit before the request becomes a Hono request at all
 * (start-server.ts), which is most of the cost of a cached page. Both answer If-None-Match with 304.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { hasSessionCookie } from './session.ts';
import { acceptsGzip, gzipped, isCompressible, varyOnEncoding } from './content-encoding.ts';

export interface ResponseCacheOptions {
  /** The store's data version (WebStore.dataVersion). */
  version: () => Promise<number>;
  /** Total body bytes kept (default 64 MiB). */
  maxBytes?: number;
  /**
   * Whether a request's Cookie header makes its answer personal (a signed-in editor sees their name and tools on
   * public pages): such a request is neither answered from the cache nor stored in it. Default: it carries the
   * session cookie.
   */
  personal?: (cookieHeader: string | undefined) => boolean;
}

/** One encoding of a cached answer: the bytes and every header to send with them, Content-Length included. */
export interface CachedBody {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

export interface CachedResponse {
  /** The ETag of the uncompressed body; the gzip copy's is the same with "-gz" before the closing quote. */
  etag: string;
  identity: CachedBody;
  gzip: CachedBody | null;
  /**
   * For a response that varies on Host (a page that prints its own absolute address): the origin it was built
   * for. A request to another origin misses and builds its own, so no Host header can put its name into what
   * other readers are served.
   */
  origin?: string;
}

/** What to send for a hit: the body, or 304 when the client already has this ETag. */
export interface CacheAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

/** The request headers an answer depends on. */
export interface CacheRequest {
  ifNoneMatch: string | undefined | null;
  acceptEncoding: string | undefined | null;
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

function gzipTag(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-gz"` : `${etag}-gz`;
}

/**
 * Builds both encodings of a response once, when it is stored.
 *
 * @example
 * cachedResponse(new TextEncoder().encode(html), { 'content-type': 'text/html; charset=UTF-8' })
 */
export function cachedResponse(body: Uint8Array<ArrayBuffer>, responseHeaders: Record<string, string>): CachedResponse {
  const etag = responseHeaders.etag ?? etagOf(body);
  const headers: Record<string, string> = { ...responseHeaders, etag, 'content-length': String(body.byteLength) };
  const packed = isCompressible(headers['content-type'], body.byteLength) ? gzipped(body) : null;
  if (packed === null) return { etag, identity: { body, headers }, gzip: null };
  // Both copies vary on Accept-Encoding, so a shared cache never hands the gzip copy to a client that can't read it.
  headers.vary = varyOnEncoding(headers.vary);
  const gzipHeaders = {
    ...headers,
    etag: gzipTag(etag),
    'content-encoding': 'gzip',
    'content-length': String(packed.byteLength),
  };
  return { etag, identity: { body, headers }, gzip: { body: packed, headers: gzipHeaders } };
}

export function answer(entry: CachedResponse, request: CacheRequest): CacheAnswer {
  const chosen = entry.gzip !== null && acceptsGzip(request.acceptEncoding) ? entry.gzip : entry.identity;
  // Either copy's tag proves the client holds this version: they decode to the same bytes.
  const held = [entry.etag, gzipTag(entry.etag)];
  if (!held.some((etag) => notModified(request.ifNoneMatch, etag))) return { status: 200, headers: chosen.headers, body: chosen.body };
  const headers: Record<string, string> = {};
  for (const name of KEEP_ON_304) if (chosen.headers[name] !== undefined) headers[name] = chosen.headers[name];
  return { status: 304, headers, body: null };
}

/** The cache key: path and query, without scheme and host (a request is the same page whatever Host said). */
export function cacheKey(url: string): string {
  const start = url.startsWith('/') ? 0 : url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

/** Whether a Vary header value names Host. */
export function variesOnHost(vary: string | null | undefined): boolean {
  return (vary ?? '').split(',').some((name) => name.trim().toLowerCase() === 'host');
}

/**
 * Whether `entry` may answer a request for `url`. The HTTP server's fast path has the path and the Host header
 * (a plain http server, so the scheme is http); without either, an entry bound to an origin is left to the
 * middleware, which has the whole URL. Anything that does not parse misses: a miss is always safe.
 */
function servesOrigin(entry: CachedResponse, url: string, host: string | undefined): boolean {
  if (entry.origin === undefined) return true;
  const base = url.startsWith('/') ? (host ? `http://${host}` : undefined) : undefined;
  if (url.startsWith('/') && base === undefined) return false;
  return URL.canParse(url, base) && new URL(url, base).origin === entry.origin;
}

function sizeOf(entry: CachedResponse): number {
  return entry.identity.body.byteLength + (entry.gzip?.body.byteLength ?? 0);
}

export class ResponseCache {
  readonly #version: () => Promise<number>;
  readonly #maxBytes: number;
  readonly #personal: (cookieHeader: string | undefined) => boolean;
  readonly #entries = new Map<string, CachedResponse>();
  #bytes = 0;
  #current: number | null = null;

  constructor(options: ResponseCacheOptions) {
    this.#version = options.version;
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#personal = options.personal ?? hasSessionCookie;
  }

  /** Whether a request with this Cookie header must bypass the cache (ResponseCacheOptions.personal). */
  isPersonal(cookieHeader: string | undefined): boolean {
    return cookieHeader !== undefined && this.#personal(cookieHeader);
  }

  /** Checks the data version (emptying the cache when it moved) and returns it. */
  async #validate(): Promise<number> {
    const version = await this.#versionThisTurn();
    if (version !== this.#current) {
      this.#entries.clear();
      this.#bytes = 0;
      this.#current = version;
    }
    return version;
  }

  #turnVersion: Promise<number> | null = null;

  /**
   * The data version, read once per turn of the event loop: under load one turn parses many requests, and they
   * share one read (the version check was a tenth of a cached hit's time). A write, by this process or another,
   * is seen by every request from the next turn on: at most one turn's worth of requests gets the page as it was.
   */
  #versionThisTurn(): Promise<number> {
    if (this.#turnVersion === null) {
      this.#turnVersion = this.#version();
      setImmediate(() => (this.#turnVersion = null));
    }
    return this.#turnVersion;
  }

  /**
   * The cached answer for a GET of `url`, or null on a miss. `url` is the whole URL, or the path and query as an
   * HTTP request line gives it, with the request's Host header as `host`.
   */
  async lookup(url: string, host?: string): Promise<CachedResponse | null> {
    await this.#validate();
    const key = cacheKey(url);
    const entry = this.#entries.get(key);
    if (entry === undefined || !servesOrigin(entry, url, host)) return null;
    // Re-inserting keeps the Map in least-recently-used order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  #store(key: string, entry: CachedResponse): void {
    const bytes = sizeOf(entry);
    if (bytes > this.#maxBytes / 8) return;
    // A key is stored again when two misses for it overlap, or another origin's copy is replaced: count it once.
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= sizeOf(previous);
    }
    this.#entries.set(key, entry);
    this.#bytes += bytes;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= sizeOf(old);
    }
  }

  /**
   * @example
   * const cache = new ResponseCache({ version: () => store.dataVersion() });
   * app.use('*', cache.middleware());
   */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== 'GET' || this.isPersonal(c.req.header('Cookie'))) return next();
      let entry = await this.lookup(c.req.url);
      if (entry === null) {
        const version = this.#current;
        await next();
        if (c.res.status !== 200 || c.res.headers.get('Cache-Control')?.includes('no-store')) return;
        entry = cachedResponse(new Uint8Array(await c.res.arrayBuffer()), Object.fromEntries(c.res.headers.entries()));
        if (variesOnHost(c.res.headers.get('Vary'))) entry.origin = new URL(c.req.url).origin;
        // Stored only if no write happened while it was built; otherwise it may show the old data.
        if ((await this.#version()) === version) this.#store(cacheKey(c.req.url), entry);
      }
      const reply = answer(entry, { ifNoneMatch: c.req.header('If-None-Match'), acceptEncoding: c.req.header('Accept-Encoding') });
      c.res = new Response(reply.body, { status: reply.status, headers: reply.headers });
    };
  }
}
