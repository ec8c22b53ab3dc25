import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, createWebFetcher, type FetchPolicy } from './index.ts';
import { pathsFor, startServer, testLookup, type TestServer } from './test-support.ts';

const HOSTS = ['site-1.test', 'site-2.test', 'site-3.test', 'site-4.test', 'private.test', 'slow.test', 'broken.test', 'status.test', 'cond.test', 'hang.test'];
const ROBOTS: Record<string, string> = {
  'private.test': 'User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n',
  'slow.test': 'User-agent: plaudit\nCrawl-delay: 0.3\nDisallow:\n',
};
let server: TestServer;
/** Answers to /spread wait here until four have arrived: only a fetcher that runs hosts side by side gets answers. */
let spreadWaiting: (() => void)[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const path = req.url ?? '';
    if (host === 'hang.test') return; // never answers, robots.txt included
    if (path === '/to-private') return void res.writeHead(302, { location: `http://private.test:${server.port}/private/x` }).end();
    if (path === '/robots.txt') {
      if (host === 'broken.test') return void res.writeHead(503).end();
      const robots = ROBOTS[host];
      return void (robots ? res.writeHead(200, { 'content-type': 'text/plain' }).end(robots) : res.writeHead(404).end());
    }
    if (host === 'status.test') {
      const status = Number(path.slice(1));
      const headers: Record<string, string> = {};
      if (status === 429) headers['retry-after'] = '120';
      if (status === 503) headers['retry-after'] = new Date(Date.now() + 30_000).toUTCString();
      return void res.writeHead(status, headers).end('status page');
    }
    if (host === 'cond.test') {
      const etag = '"v1"';
      const lastModified = 'Wed, 01 Jan 2025 00:00:00 GMT';
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'text/html', etag, 'last-modified': lastModified }).end('<p>v1</p>');
    }
    const answer = () => res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${host}${path}</p>`);
    if (path !== '/spread') return answer();
    spreadWaiting.push(answer);
    if (spreadWaiting.length === 4) spreadWaiting.forEach((release) => release());
  });
});
afterAll(() => server.close());

function fetcher(overrides: Partial<FetchPolicy> = {}) {
  return createWebFetcher({ allowHosts: HOSTS, userAgent: 'Plaudit/0.1 (+https://plaudit.example)', perHostDelayMs: 0, lookup: testLookup(HOSTS), ...overrides });
}
const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('web fetcher: politeness', () => {
  it('spaces requests to one host by perHostDelayMs, and lets different hosts run in parallel', async () => {
    const web = fetcher({ perHostDelayMs: 150, timeoutMs: 3000 });
    // robots.txt first, so the timed part measures page requests only.
    await Promise.all(HOSTS.slice(0, 4).map((host) => web.fetch({ url: at(host, '/warm'), purpose: 'page' })));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const started = Date.now();
    await Promise.all([1, 2, 3, 4].map((n) => web.fetch({ url: at('site-1.test', `/same/${n}`), purpose: 'page' })));
    // A lower bound only: three gaps of at least the delay. (No upper bounds: a busy machine is slow, not wrong.)
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);

    // Four hosts at once: the server answers none until all four requests are in, so serialising them would time out.
    spreadWaiting = [];
    const spread = await Promise.all(HOSTS.slice(0, 4).map((host) => web.fetch({ url: at(host, '/spread'), purpose: 'page' })));
    await web.close();
    expect(spread.map((result) => result.kind)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('fetches robots.txt once per origin and refuses what it disallows for our user agent', async () => {
    const web = fetcher();
    const before = pathsFor(server, 'private.test').length;
    const ok = await web.fetch({ url: at('private.test', '/reviews/1'), purpose: 'page' });
    expect(ok.kind).toBe('ok');
    const error = await failure(web.fetch({ url: at('private.test', '/private/secret'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('robots-disallowed');
    expect(error.transient).toBe(false);
    expect(error.message).toMatch(/robots\.txt of private\.test:\d+ disallows it/);
    expect(pathsFor(server, 'private.test').slice(before)).toEqual(['/robots.txt', '/reviews/1']);
  });

  it('checks robots.txt on a redirect target too', async () => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: at('site-1.test', '/to-private'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('robots-disallowed');
    expect(error.url).toBe(at('private.test', '/private/x'));
    expect(pathsFor(server, 'private.test')).not.toContain('/private/x');
  });

  it('treats a robots.txt that times out as "disallow for now", transiently', async () => {
    const web = fetcher({ timeoutMs: 300 });
    const error = await failure(web.fetch({ url: at('hang.test', '/page'), purpose: 'page' }));
    await web.close();
    expect(error).toMatchObject({ code: 'robots-disallowed', transient: true });
    expect(error.message).toMatch(/robots\.txt could not be read/);
  });

  it('treats a failing robots.txt as "disallow for now", transiently', async () => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: at('broken.test', '/page'), purpose: 'page' }));
    await web.close();
    expect(error.code).toBe('robots-disallowed');
    expect(error.transient).toBe(true);
    expect(pathsFor(server, 'broken.test')).not.toContain('/page');
  });

  it('honours Crawl-delay by raising that host\'s delay', async () => {
    const sleeps: number[] = [];
    const web = fetcher({ sleep: async (ms) => void sleeps.push(ms) });
    await web.fetch({ url: at('slow.test', '/a'), purpose: 'page' });
    await web.fetch({ url: at('slow.test', '/b'), purpose: 'page' });
    await web.close();
    // robots.txt, then /a after the crawl delay, then /b after it again.
    expect(sleeps.length).toBe(2);
    expect(Math.min(...sleeps)).toBeGreaterThan(250);
  });

  it('sends validators and reports not-modified on the second fetch', async () => {
    const web = fetcher();
    const first = await web.fetch({ url: at('cond.test', '/film'), purpose: 'page' });
    expect(first).toMatchObject({ kind: 'ok', validators: { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' } });
    const second = await web.fetch({ url: at('cond.test', '/film'), purpose: 'page', validators: first.validators });
    await web.close();
    expect(second).toEqual({
      kind: 'not-modified',
      url: at('cond.test', '/film'),
      validators: { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' },
    });
    const conditional = server.requests.filter((r) => r.headers.host?.startsWith('cond.test') && r.url === '/film').at(-1);
    expect(conditional?.headers['if-none-match']).toBe('"v1"');
    expect(conditional?.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });
});

describe('web fetcher: HTTP statuses', () => {
  it.each([
    [404, false, /not found/],
    [410, false, /gone/],
    [403, false, /forbids/],
    [500, true, /server error/],
  ] as const)('%i is an error, transient: %s', async (status, transient, words) => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: at('status.test', `/${status}`), purpose: 'page' }));
    await web.close();
    expect(error).toMatchObject({ code: 'http-status', status, transient });
    expect(error.message).toMatch(words);
  });

  it('reads Retry-After on 429 (seconds) and 503 (HTTP-date)', async () => {
    const web = fetcher();
    const tooMany = await failure(web.fetch({ url: at('status.test', '/429'), purpose: 'page' }));
    const unavailable = await failure(web.fetch({ url: at('status.test', '/503'), purpose: 'page' }));
    await web.close();
    expect(tooMany).toMatchObject({ transient: true, retryAfterMs: 120_000 });
    expect(unavailable.transient).toBe(true);
    expect(unavailable.retryAfterMs).toBeGreaterThan(25_000);
    expect(unavailable.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('reports a 304 to a request that sent no validators as an error', async () => {
    const web = fetcher();
    const error = await failure(web.fetch({ url: at('status.test', '/304'), purpose: 'page' }));
    await web.close();
    expect(error).toMatchObject({ code: 'http-status', status: 304, transient: false });
  });
});
