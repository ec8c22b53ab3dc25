import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, createWebFetcher, type FetchPolicy } from './index.ts';
import { startServer, testLookup, type TestServer } from './test-support.ts';

const UA = 'Plaudit/0.1 (+https://plaudit.example/contact)';
let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (req.url === '/to-loopback') return void res.writeHead(302, { location: `http://127.0.0.1:${server.port}/page` }).end();
    if (req.url === '/to-blocked-name') return void res.writeHead(301, { location: `http://blocked.test:${server.port}/page` }).end();
    if (req.url === '/hop') return void res.writeHead(307, { location: '/page' }).end();
    if (req.url?.startsWith('/loop')) return void res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` }).end();
    if (req.url === '/to-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>hello</p>');
  });
});
afterAll(() => server.close());

function fetcher(overrides: Partial<FetchPolicy> = {}) {
  return createWebFetcher({
    allowHosts: ['allowed.test'],
    userAgent: UA,
    perHostDelayMs: 0,
    lookup: testLookup(['allowed.test', 'blocked.test', 'other.test']),
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('web fetcher: which addresses it reaches', () => {
  it('fetches from an allowed host, sending its User-Agent on robots.txt and the page', async () => {
    const web = fetcher();
    const before = server.requests.length;
    const result = await web.fetch({ url: `http://allowed.test:${server.port}/page`, purpose: 'page' });
    await web.close();
    expect(result).toMatchObject({ kind: 'ok', status: 200, contentType: 'text/html; charset=utf-8' });
    if (result.kind === 'ok') expect(result.body.toString()).toBe('<p>hello</p>');
    const seen = server.requests.slice(before);
    expect(seen.map((r) => r.url)).toEqual(['/robots.txt', '/page']);
    expect(seen.every((r) => r.headers['user-agent'] === UA)).toBe(true);
  });

  it('refuses a name that resolves to 127.0.0.1 when the host is not allowed, naming host, address and the fix', async () => {
    const web = fetcher();
    const before = server.requests.length;
    const error = await failure(web.fetch({ url: `http://blocked.test:${server.port}/page`, purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('refused-address');
    expect(error.transient).toBe(false);
    expect(error.message).toMatch(/blocked\.test resolves to 127\.0\.0\.1, a loopback address/);
    expect(error.message).toMatch(/--allow-host blocked\.test/);
    expect(server.requests.length).toBe(before);
  });

  it.each([
    'http://127.0.0.1:PORT/page',
    'http://[::ffff:127.0.0.1]:PORT/page',
    'http://2130706433:PORT/page',
    'http://0x7f000001:PORT/page',
    'http://0x7f.0.0.1:PORT/page',
    'http://017700000001:PORT/page',
    'http://127.1:PORT/page',
    'http://[::1]:PORT/page',
  ])('refuses the loopback literal %s without sending anything', async (template) => {
    const web = fetcher();
    const before = server.requests.length;
    const error = await failure(web.fetch({ url: template.replace('PORT', String(server.port)), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('refused-address');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a redirect from an allowed host to 127.0.0.1, and to a blocked name', async () => {
    const web = fetcher();
    const toLiteral = await failure(web.fetch({ url: `http://allowed.test:${server.port}/to-loopback`, purpose: 'page' }));
    expect(toLiteral.code).toBe('refused-address');
    expect(toLiteral.url).toBe(`http://127.0.0.1:${server.port}/page`);
    const toName = await failure(web.fetch({ url: `http://allowed.test:${server.port}/to-blocked-name`, purpose: 'page' }));
    expect(toName.code).toBe('refused-address');
    expect(toName.message).toMatch(/--allow-host blocked\.test/);
    const toFile = await failure(web.fetch({ url: `http://allowed.test:${server.port}/to-file`, purpose: 'page' }));
    expect(toFile.code).toBe('refused-scheme');
    await web.close();
  });

  it('gives up after maxRedirects', async () => {
    const web = fetcher({ maxRedirects: 3 });
    const error = await failure(web.fetch({ url: `http://allowed.test:${server.port}/loop`, purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('too-many-redirects');
    expect(error.message).toMatch(/more than 3 times/);
  });

  it('follows redirects within the limit and reports the final URL', async () => {
    const web = fetcher();
    const location = `http://allowed.test:${server.port}/page`;
    const result = await web.fetch({ url: `http://allowed.test:${server.port}/hop`, purpose: 'page' });
    await web.close();
    expect(result.url).toBe(location);
  });

  it('reports an unknown host as a transient network error', async () => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: `http://nowhere.test:${server.port}/`, purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('network');
    expect(error.transient).toBe(true);
    expect(error.message).toMatch(/could not be found/);
  });
});
