/**
 * The web as a source, end to end through the real CLI on a real database, against a real HTTP server on
 * loopback that serves real pages (the Her Smell seeds from ../shared/seeds as the critics published them, and
 * news pages from ../shared/data/extraction), a feed written for these tests, and a robots.txt. Covered: `plaudit
 * add`, refusals (this machine's own network without --allow-host, file: URLs, robots.txt), `feeds add|list`,
 * `watch --once` twice (the second poll of an unchanged feed is a 304), the per-host delay, and a `watch` killed
 * with SIGKILL mid-page that the next run finishes, storing each review exactly once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/app.ts';
import type { WebStore } from '../../src/store/web-port.ts';
import { runPlaudit, runPlauditJson, startPlaudit } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { describeWithShared, sharedPath } from '../shared-data.ts';
import { startLiveServer } from './browser/live-server.ts';

interface Seen {
  path: string;
  at: number;
  ifNoneMatch: string | undefined;
  userAgent: string | undefined;
  status?: number;
}

interface JobJson {
  id: number;
  url: string;
  status: string;
  attempts: number;
  outcome: { kind: string; reviewId?: number; heldId?: number } | null;
  lastError: string | null;
}

const DELAY_MS = 300;

describeWithShared(['seeds'], 'reviews from the web through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-web-'));
  const db = testDatabase(dir);
  const configFile = join(dir, 'plaudit.config.json');
  const seen: Seen[] = [];
  const seeds = readdirSync(sharedPath('seeds')).sort();
  let news: Buffer[] = [];
  let server: Server;
  let base: string;
  let feedItems: string[] = [];
  let slowStarted: (() => void) | null = null;

  const cli = (args: string[]) => runPlaudit(['--db', db, '--config', configFile, ...args]);
  const jobs = () => runPlauditJson<JobJson[]>(['--db', db, '--config', configFile, 'jobs', '--json', '--limit', '500']);
  const withStore = async <T>(use: (store: WebStore) => Promise<T>, readonly = false): Promise<T> => {
    const store = await openStore({ dbPath: db }, { readonly });
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  };
  const reviewCount = () => withStore(async (store) => (await store.counts()).reviews, true);

  function feed(): string {
    const items = feedItems
      .map((path, i) => `<item><title>Review ${i}</title><link>${base}${path}</link><guid>${base}${path}</guid><dc:creator>Critic ${i}</dc:creator><pubDate>Fri, 0${i + 1} Nov 2019 10:00:00 GMT</pubDate></item>`)
      .join('\n');
    return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Screen Notes</title><link>${base}/</link>${items}</channel></rss>`;
  }

  function handle(req: IncomingMessage): { status: number; type?: string; body?: string | Buffer; headers?: Record<string, string>; wait?: number } {
    const path = req.url ?? '/';
    if (path === '/robots.txt') return { status: 200, type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' };
    const seed = /^\/reviews\/(\d+)\.txt$/.exec(path);
    if (seed) return { status: 200, type: 'text/plain; charset=utf-8', body: readFileSync(sharedPath('seeds', seeds[Number(seed[1])]!)) };
    const page = /^\/news\/(\d+)\.html$/.exec(path);
    if (page) return { status: 200, type: 'text/html', body: news[Number(page[1])]! };
    if (path === '/feed.xml') {
      const body = feed();
      const etag = `"${Buffer.from(body).length}-${feedItems.length}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304, headers: { ETag: etag } };
      return { status: 200, type: 'application/rss+xml', body, headers: { ETag: etag } };
    }
    if (path === '/slow/4.txt') return { status: 200, type: 'text/plain; charset=utf-8', body: readFileSync(sharedPath('seeds', seeds[4]!)), wait: 3000 };
    if (path.startsWith('/private/')) return { status: 200, type: 'text/html', body: '<p>secret</p>' };
    return { status: 404, type: 'text/plain', body: 'not here' };
  }

  beforeAll(async () => {
    // Two real news pages from the extraction corpus: the gate must hold them, not store them as reviews.
    const archive = sharedPath('data', 'extraction', 'trafilatura-eval.tar.gz');
    const names = execFileSync('tar', ['-tzf', archive]).toString().split('\n').filter((name) => /^\.\/html\/.+\.html\.gz$/.test(name)).slice(0, 2);
    execFileSync('tar', ['-xzf', archive, '-C', dir, ...names]);
    news = names.map((name) => gunzipSync(readFileSync(join(dir, name))));
    server = createServer((req, res) => {
      const entry: Seen = { path: req.url ?? '', at: Date.now(), ifNoneMatch: req.headers['if-none-match'] as string | undefined, userAgent: req.headers['user-agent'] };
      seen.push(entry);
      const answer = handle(req);
      entry.status = answer.status;
      if (req.url === '/slow/4.txt') slowStarted?.();
      setTimeout(() => {
        res.writeHead(answer.status, { ...(answer.type ? { 'Content-Type': answer.type } : {}), ...answer.headers });
        res.end(answer.body);
      }, answer.wait ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(configFile, JSON.stringify({ web: { allowHosts: [], perHostDelayMs: DELAY_MS, contact: 'https://plaudit.test/contact' } }));
  }, 60_000);

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    await dropTestDatabases();
  });

  it('refuses this machine\'s own network unless the host is allowed, and says how to allow it', async () => {
    const run = await cli(['add', `${base}/reviews/0.txt`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/127\.0\.0\.1.*(loopback|own network)/);
    expect(run.stdout).toContain('--allow-host 127.0.0.1');
    expect(await reviewCount()).toBe(0);
    expect(seen.length).toBe(0);
  });

  it('refuses file: and ftp: addresses before anything is queued', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/review.txt']) {
      const run = await cli(['add', url]);
      expect(run.code, url).toBe(2);
      expect(run.stderr).toContain('only http and https addresses are fetched');
    }
  });

  it('adds pages by URL: reviews are stored under their film, a news page is held, robots.txt is obeyed', async () => {
    const run = await cli(['add', `${base}/reviews/0.txt`, `${base}/reviews/1.txt`, `${base}/news/0.html`, `${base}/private/review.html`, '--allow-host', '127.0.0.1']);
    expect(run.stdout).toMatch(/reviews\/0\.txt: stored as review \d+ of film \d+/);
    expect(run.stdout).toMatch(/reviews\/1\.txt: stored as review \d+ of film \d+/);
    expect(run.stdout).toMatch(/news\/0\.html: held for an editor/);
    expect(run.stdout).toMatch(/private\/review\.html: failed for good: .*robots\.txt/);
    expect(run.code).toBe(1);
    expect(seen.filter((s) => s.path.startsWith('/private/'))).toHaveLength(0);
    expect(seen.every((s) => s.userAgent?.startsWith('Plaudit/') && s.userAgent.includes('https://plaudit.test/contact'))).toBe(true);
    const films = await runPlauditJson<{ title: string; reviewCount: number }[]>(['--db', db, 'films', '--json']);
    expect(films).toEqual([expect.objectContaining({ title: 'Her Smell', reviewCount: 2 })]);
    const dead = (await jobs()).find((job) => job.url.includes('/private/'));
    expect(dead).toMatchObject({ status: 'dead' });
  });

  it('waits the per-host delay between two requests to one site', () => {
    const gaps = seen.slice(1).map((s, i) => s.at - seen[i]!.at);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    // Each request starts at least the delay after the previous one ended (and so after it started).
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(DELAY_MS - 5);
  });

  it('adding the same page again stores nothing new', async () => {
    const before = await reviewCount();
    const run = await cli(['add', `${base}/reviews/0.txt`, '--allow-host', '127.0.0.1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/reviews\/0\.txt: unchanged/);
    expect(await reviewCount()).toBe(before);
  });

  it('follows a feed: watch --once fetches its new items, and the next poll of the unchanged feed is a 304', async () => {
    feedItems = ['/reviews/1.txt', '/reviews/2.txt', '/reviews/3.txt'];
    const added = await cli(['feeds', 'add', `${base}/feed.xml`, '--outlet', 'Screen Notes', '--every', '1']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Following feed #\d+/);
    const first = await cli(['watch', '--once', '--allow-host', '127.0.0.1']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/feed .*feed\.xml: polled: 3 new item\(s\) queued/);
    expect(first.stdout).toMatch(/reviews\/2\.txt: stored as review/);
    expect(first.stdout).toMatch(/reviews\/3\.txt: stored as review/);
    // Item 1 was added by URL before: the page is fetched again and found unchanged (a 304 or the same text).
    expect(first.stdout).toMatch(/reviews\/1\.txt: unchanged/);
    expect(await reviewCount()).toBe(4);

    // Make the feed due again without waiting a minute.
    await withStore(async (store) => {
      for (const feed of await store.jobs.listFeeds()) await store.jobs.markPolled(feed.id, { nextPollAt: new Date(Date.now() - 1000) }, new Date());
    });
    const polls = seen.filter((s) => s.path === '/feed.xml').length;
    const second = await cli(['watch', '--once', '--allow-host', '127.0.0.1']);
    expect(second.stdout).toMatch(/feed\.xml: polled: 0 new item\(s\) queued/);
    const poll = seen.filter((s) => s.path === '/feed.xml').at(-1)!;
    expect(seen.filter((s) => s.path === '/feed.xml').length).toBe(polls + 1);
    expect(poll.ifNoneMatch).toBeDefined();
    expect(poll.status).toBe(304);
    const listed = await cli(['feeds', 'list']);
    expect(listed.stdout).toMatch(/feed\.xml \(outlet Screen Notes\) — every 1 min, last polled/);
  }, 60_000);

  it('finishes, after a restart, the page a watch was killed in the middle of, and stores it once', async () => {
    const before = await reviewCount();
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    // kill -9 an `add` while it is fetching the page: its job is left running under a process that is gone.
    const watch = startPlaudit(['--db', db, '--config', configFile, 'add', `${base}/slow/4.txt`, '--allow-host', '127.0.0.1']);
    let output = '';
    watch.stdout!.on('data', (chunk) => (output += chunk));
    watch.stderr!.on('data', (chunk) => (output += chunk));
    await started;
    watch.kill('SIGKILL');
    await new Promise((resolve) => watch.once('close', resolve));
    const running = (await jobs()).find((job) => job.url.endsWith('/slow/4.txt'));
    expect(running, output).toMatchObject({ status: 'running' });

    // The next worker on this machine takes it back at once (its process is gone) and finishes it.
    const resumed = await cli(['watch', '--once', '--allow-host', '127.0.0.1']);
    expect(resumed.stdout).toMatch(/slow\/4\.txt: stored as review/);
    expect(await reviewCount()).toBe(before + 1);
    const all = await jobs();
    expect(all.filter((job) => job.url.endsWith('/slow/4.txt'))).toEqual([expect.objectContaining({ status: 'done', attempts: 2 })]);
    // Run again: nothing left to do, nothing stored twice.
    await cli(['watch', '--once', '--allow-host', '127.0.0.1']);
    expect(await reviewCount()).toBe(before + 1);
  }, 60_000);

  it('serve --watch fetches a URL posted to the API without waiting for its next pass', async () => {
    const token = (await cli(['token', 'create', '--name', 'publicist', '--scope', 'ingest'])).stdout.split('\n')[0]!.trim();
    const site = await startLiveServer(db, ['--config', configFile, '--watch', '--allow-host', '127.0.0.1']);
    try {
      const res = await fetch(`${site.url}/api/v1/urls`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ urls: [`${base}/news/1.html`] }),
      });
      expect(res.status).toBe(202);
      const { items, watching } = (await res.json()) as { items: { links: { self: string } }[]; watching: boolean };
      expect(watching).toBe(true);
      let job: JobJson | undefined;
      for (let i = 0; i < 100 && job?.status !== 'done'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        job = (await (await fetch(`${site.url}${items[0]!.links.self}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as JobJson;
      }
      expect(job).toMatchObject({ status: 'done', outcome: { kind: 'held' } });
    } finally {
      await site.stop();
    }
  }, 60_000);

  it('stops a watch cleanly on Ctrl+C (SIGINT), and stops following a removed feed', async () => {
    const watch = startPlaudit(['--db', db, '--config', configFile, 'watch', '--allow-host', '127.0.0.1', '--idle', '60']);
    let output = '';
    watch.stdout!.on('data', (chunk) => (output += chunk));
    watch.stderr!.on('data', (chunk) => {
      output += chunk;
      if (String(chunk).includes('Ctrl+C stops')) watch.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => watch.once('close', resolve));
    expect(code, output).toBe(0);
    expect(output).toContain('Stopping: finishing the pages in hand');
    // Nothing is left running; a page the last test's slow fetch put back for a retry may still be waiting.
    expect(output).toMatch(/job\(s\) run; queue: \d+ waiting, 0 running/);

    const listed = await cli(['feeds', 'list', '--json']);
    const [feed] = JSON.parse(listed.stdout) as { id: number }[];
    expect((await cli(['feeds', 'remove', String(feed!.id)])).code).toBe(0);
    expect((await cli(['feeds', 'list'])).stdout).toContain('No feeds followed');
    const again = await cli(['feeds', 'remove', String(feed!.id)]);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('plaudit feeds list');
  }, 60_000);

  it('lists the queue and retries a dead job on request', async () => {
    const listed = await cli(['jobs', '--status', 'dead']);
    expect(listed.code).toBe(0);
    const dead = (await jobs()).find((job) => job.status === 'dead')!;
    expect(listed.stdout).toContain(`#${dead.id} page`);
    const retried = await cli(['jobs', 'retry', String(dead.id)]);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain(`Job #${dead.id}`);
    expect((await cli(['jobs', 'retry', '999999'])).code).toBe(3);
  });
});
