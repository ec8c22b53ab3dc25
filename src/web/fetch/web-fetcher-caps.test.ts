import { gzipSync, brotliCompressSync, deflateSync, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, createWebFetcher, type FetchPolicy } from './index.ts';
import { startServer, testLookup, type TestServer } from './test-support.ts';

const MiB = 1024 * 1024;
let server: TestServer;
let bigBytesSent = 0;
const bomb = gzipSync(Buffer.alloc(50 * MiB));
const brBomb = brotliCompressSync(Buffer.alloc(50 * MiB));

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? '';
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (path === '/silent') return; // accepts, never answers
    if (path === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      return; // headers on time, body never finishes
    }
    if (path === '/huge' || path === '/huge-declared') {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const headers: Record<string, string | number> = { 'content-type': 'text/plain' };
      if (path === '/huge-declared') headers['content-length'] = 50 * MiB;
      res.writeHead(200, headers);
      let sent = 0;
      const pump = () => {
        while (sent < 50 * MiB && !res.destroyed) {
          sent += chunk.length;
          bigBytesSent = sent;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (path === '/bomb') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
    if (path === '/br-bomb') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brBomb);
    const page = Buffer.from('<p>compressed review</p>');
    if (path === '/gzip') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page));
    if (path === '/deflate') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync(page));
    if (path === '/raw-deflate') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateRawSync(page));
    if (path === '/empty-deflate') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end();
    if (path === '/br') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(page));
    if (path === '/odd-encoding') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' }).end('x');
    const types: Record<string, string | undefined> = {
      '/html': 'text/html; charset=utf-8',
      '/xhtml': 'application/xhtml+xml',
      '/markdown': 'text/markdown',
      '/rss': 'application/rss+xml',
      '/atom': 'application/atom+xml; charset=utf-8',
      '/json-feed': 'application/feed+json',
      '/xml': 'text/xml',
      '/pdf': 'application/pdf',
      '/untyped': undefined,
    };
    if (path in types) {
      const type = types[path];
      return void res.writeHead(200, type ? { 'content-type': type } : {}).end('body');
    }
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

function fetcher(overrides: Partial<FetchPolicy> = {}) {
  return createWebFetcher({ allowHosts: ['caps.test'], userAgent: 'Plaudit/0.1', perHostDelayMs: 0, lookup: testLookup(['caps.test']), ...overrides });
}
const at = (path: string) => `http://caps.test:${server.port}${path}`;

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('web fetcher: caps', () => {
  it('times out on a server that accepts and never answers, within timeoutMs', async () => {
    // A server that never answers would hang the test (and fail it at vitest's limit) without the fetcher's deadline.
    const web = fetcher({ timeoutMs: 300 });
    const error = await failure(web.fetch({ url: at('/silent'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('timeout');
    expect(error.transient).toBe(true);
  });

  it('times out on a body that never finishes: the deadline covers the whole exchange', async () => {
    const web = fetcher({ timeoutMs: 300 });
    const error = await failure(web.fetch({ url: at('/slow-body'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('timeout');
  });

  it('stops reading a 50 MB body at the cap instead of buffering it', async () => {
    const web = fetcher({ maxBytes: MiB });
    const error = await failure(web.fetch({ url: at('/huge'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('too-large');
    expect(error.transient).toBe(false);
    // Socket buffers let the server run ahead a little, never to the end.
    expect(bigBytesSent).toBeLessThan(20 * MiB);
  });

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    const web = fetcher({ maxBytes: MiB });
    const error = await failure(web.fetch({ url: at('/huge-declared'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('too-large');
  });

  it.each(['/bomb', '/br-bomb'])('caps the decompressed size of %s (a small body that inflates to 50 MB)', async (path) => {
    const web = fetcher({ maxBytes: MiB });
    const error = await failure(web.fetch({ url: at(path), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/after decompression/);
  });

  it.each(['/gzip', '/deflate', '/raw-deflate', '/br'])('decodes %s', async (path) => {
    const web = fetcher();
    const result = await web.fetch({ url: at(path), purpose: 'page' });
    await web.close();
    expect(result.kind === 'ok' && result.body.toString()).toBe('<p>compressed review</p>');
  });

  it('reads an empty deflate body as empty', async () => {
    const web = fetcher({ timeoutMs: 2_000 });
    const result = await web.fetch({ url: at('/empty-deflate'), purpose: 'page' });
    await web.close();
    expect(result.kind === 'ok' && result.body.length).toBe(0);
  });

  it('refuses a content encoding it cannot decode', async () => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: at('/odd-encoding'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('bad-content-type');
    expect(error.message).toMatch(/zstd/);
  });
});

describe('web fetcher: content types', () => {
  it.each([
    ['page', '/html'],
    ['page', '/xhtml'],
    ['page', '/markdown'],
    ['page', '/untyped'],
    ['feed', '/rss'],
    ['feed', '/atom'],
    ['feed', '/json-feed'],
    ['feed', '/xml'],
    ['feed', '/untyped'],
  ] as const)('a %s fetch accepts %s', async (purpose, path) => {
    const web = fetcher();
    const result = await web.fetch({ url: at(path), purpose });
    await web.close();
    expect(result.kind).toBe('ok');
  });

  it.each([
    ['feed', '/html', 'text/html'],
    ['page', '/pdf', 'application/pdf'],
    ['page', '/rss', 'application/rss+xml'],
  ] as const)('a %s fetch refuses %s, naming the type', async (purpose, path, type) => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: at(path), purpose }));
    await web.close();
    expect(error.code).toBe('bad-content-type');
    expect(error.message).toContain(type);
  });
});
