import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../start-server.ts';
import { ResponseCache } from './response-cache.ts';

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET over node:http, so the body arrives exactly as sent (fetch would decode gzip). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const PAGE = `<!doctype html><title>Her Smell</title>${'<p>Elisabeth Moss is ferocious as Becky Something.</p>'.repeat(200)}`;

describe('ResponseCache over real HTTP', () => {
  let server: RunningServer;
  let version = 1;
  let builds = 0;
  let cache: ResponseCache;

  beforeAll(async () => {
    const app = new Hono();
    cache = new ResponseCache({ version: async () => version });
    app.use('*', cache.middleware());
    app.get('/page', (c) => {
      builds += 1;
      return c.html(`${PAGE}<!-- build ${builds} -->`);
    });
    app.get('/tiny', (c) => c.text('ok'));
    app.get('/own-address', (c) => {
      builds += 1;
      c.header('Vary', 'Host');
      return c.html(`${PAGE}<p>Embed ${new URL(c.req.url).origin}/badge/1.svg</p>`);
    });
    server = await startServer({ app, cache, port: 0, hostname: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it('sends gzip to a client that accepts it, the same bytes once decoded, with a length and Vary', async () => {
    const plain = await get(`${server.url}/page`);
    const packed = await get(`${server.url}/page`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.body.byteLength).toBeLessThan(plain.body.byteLength / 4);
    expect(gunzipSync(packed.body).toString()).toBe(plain.body.toString());
    expect(Number(packed.headers['content-length'])).toBe(packed.body.byteLength);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.byteLength);
    expect(packed.headers.vary).toBe('Accept-Encoding');
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(packed.headers.etag).not.toBe(plain.headers.etag);
  });

  it('builds a page once per data version and answers If-None-Match with 304 for either encoding', async () => {
    const first = await get(`${server.url}/page`, { 'accept-encoding': 'gzip' });
    const built = builds;
    const again = await get(`${server.url}/page`, { 'accept-encoding': 'gzip' });
    expect(builds).toBe(built);
    expect(again.body.equals(first.body)).toBe(true);

    const plainTag = (await get(`${server.url}/page`)).headers.etag as string;
    for (const tag of [first.headers.etag as string, plainTag]) {
      const revalidated = await get(`${server.url}/page`, { 'accept-encoding': 'gzip', 'if-none-match': tag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body.byteLength).toBe(0);
    }

    version += 1;
    const rebuilt = await get(`${server.url}/page`, { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag as string });
    expect(rebuilt.status).toBe(200);
    expect(builds).toBe(built + 1);
    expect(gunzipSync(rebuilt.body).toString()).toContain(`build ${built + 1}`);
  });

  it('keeps a page that varies on Host for its own origin: another Host never gets it', async () => {
    const mine = await get(`${server.url}/own-address`, { host: 'plaudit.test' });
    expect(mine.body.toString()).toContain('Embed http://plaudit.test/badge/1.svg');
    const built = builds;
    const theirs = await get(`${server.url}/own-address`, { host: 'attacker.test' });
    expect(theirs.body.toString()).toContain('Embed http://attacker.test/badge/1.svg');
    expect(builds).toBe(built + 1);
    // The attacker's copy replaced ours in the cache, so ours is built again, never served from theirs.
    const again = await get(`${server.url}/own-address`, { host: 'plaudit.test' });
    expect(again.body.toString()).toContain('Embed http://plaudit.test/badge/1.svg');
    expect(builds).toBe(built + 2);
    const cached = await get(`${server.url}/own-address`, { host: 'plaudit.test' });
    expect(cached.body.equals(again.body)).toBe(true);
    expect(builds).toBe(built + 2);
    // The server's fast path finds it by path and Host; without a Host it cannot tell, and leaves it to the app.
    expect(await cache.lookup('/own-address', 'plaudit.test')).not.toBeNull();
    expect(await cache.lookup('/own-address', 'PLAUDIT.test:80')).not.toBeNull();
    expect(await cache.lookup('/own-address', 'attacker.test')).toBeNull();
    expect(await cache.lookup('/own-address')).toBeNull();
    expect(await cache.lookup('http://plaudit.test/own-address')).not.toBeNull();
  });

  it('neither serves nor stores a request carrying a session cookie (a signed-in editor\'s page is theirs alone)', async () => {
    version += 1;
    const built = builds;
    const signedIn = { cookie: 'theme=dark; plaudit_session=abc123' };
    const mine = await get(`${server.url}/page`, signedIn);
    expect(builds).toBe(built + 1);
    await get(`${server.url}/page`, signedIn);
    expect(builds).toBe(built + 2);
    // Nothing was stored: the first anonymous request builds its own copy, the next is served from the cache.
    await get(`${server.url}/page`);
    await get(`${server.url}/page`);
    expect(builds).toBe(built + 3);
    expect(mine.status).toBe(200);
    // An empty or other cookie is no session: served from the cache.
    await get(`${server.url}/page`, { cookie: 'plaudit_session=; theme=dark' });
    expect(builds).toBe(built + 3);
  });

  it('leaves a tiny body uncompressed', async () => {
    const tiny = await get(`${server.url}/tiny`, { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('ok');
  });
});
