/**
 * Issue 16's figure: 1,000 real pages served on loopback under 20 host names (mapped to 127.0.0.1 by a test
 * resolver, as the fetcher's tests do), fetched and ingested end to end by the web worker exactly as `plaudit add`
 * and `plaudit watch` run it (openWebWorker: safe fetcher, robots.txt, per-host delay, isolated pipeline, SQLite
 * job queue, filing), into a fresh SQLite file. Prints pages per second, the ceiling the per-host delay sets
 * (hosts / delay), and the shortest gap the server saw between two requests to one host (it must not be below the
 * delay). The pages are the 990 of ../shared/data/extraction/trafilatura-eval.tar.gz and the 5 Her Smell seeds,
 * twice over where needed to make 1,000; most are news, so most end on the held list, which is the same work.
 *
 *   npx tsx bench/web-fetch.ts [--pages 1000] [--hosts 20] [--delay 1000]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createApp, openWebWorker } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { addPages, watchWeb } from '../src/use-cases/web-sources.ts';
import { sharedPath } from '../test/shared-data.ts';
import { unpackEvalArchive } from './extraction-corpus.ts';
import { machineLine } from './machine.ts';

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PAGES = argValue('--pages', 1000);
const HOSTS = argValue('--hosts', 20);
const DELAY_MS = argValue('--delay', 1000);

const root = unpackEvalArchive();
const dir = mkdtempSync(join(tmpdir(), 'plaudit-bench-web-'));
try {
  const bodies: { type: string; body: Buffer }[] = [
    ...readdirSync(join(root, 'html')).sort().map((file) => ({ type: 'text/html', body: gunzipSync(readFileSync(join(root, 'html', file))) })),
    ...readdirSync(sharedPath('seeds')).sort().map((file) => ({ type: 'text/plain; charset=utf-8', body: readFileSync(sharedPath('seeds', file)) })),
  ];
  const hostNames = Array.from({ length: HOSTS }, (_, i) => `site-${i}.test`);
  const lastAt = new Map<string, number>();
  let minGap = Infinity;
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const host = (req.headers.host ?? '').split(':')[0]!;
    const at = performance.now();
    const previous = lastAt.get(host);
    if (previous !== undefined) minGap = Math.min(minGap, at - previous);
    res.on('finish', () => lastAt.set(host, performance.now()));
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    const page = bodies[Number(/^\/page\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1) % bodies.length];
    if (page === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': page.type }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const lookup = (hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    const known = hostNames.includes(hostname);
    const all = (options as { all?: boolean }).all === true;
    queueMicrotask(() =>
      !known
        ? callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }))
        : all
          ? callback(null, [{ address: '127.0.0.1', family: 4 }])
          : callback(null, '127.0.0.1', 4),
    );
  };

  const app = await createApp(
    loadConfig({ flags: { dbPath: join(dir, 'plaudit.db') }, env: {}, file: { name: 'bench', values: { web: { allowHosts: hostNames, perHostDelayMs: DELAY_MS } } } }),
  );
  const worker = openWebWorker(app, { lookup });
  const urls = Array.from({ length: PAGES }, (_, i) => `http://${hostNames[i % HOSTS]}:${port}/page/${i}`);
  const tally = new Map<string, number>();
  const failures = new Map<string, number>();
  const started = performance.now();
  await addPages(worker.deps.queue, urls);
  await watchWeb(worker.deps, {
    once: true,
    onJob: (report) => {
      const kind = report.outcome?.kind ?? (report.failure?.willRetry ? 'retry later' : 'failed');
      tally.set(kind, (tally.get(kind) ?? 0) + 1);
      if (report.failure) failures.set(report.failure.message.replace(/^.*?: /, '').slice(0, 90), (failures.get(report.failure.message.replace(/^.*?: /, '').slice(0, 90)) ?? 0) + 1);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await app.close();
  server.close();

  console.log(`web fetch bench — ${machineLine()}`);
  console.log(`${PAGES} pages under ${HOSTS} host names on loopback, per-host delay ${DELAY_MS} ms, ${requests} requests (robots.txt included)`);
  console.log(`outcomes: ${[...tally].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  for (const [message, n] of failures) console.log(`  failed ×${n}: ${message}`);
  console.log(`end to end: ${seconds.toFixed(1)} s, ${(PAGES / seconds).toFixed(2)} pages/s`);
  const ceiling = (HOSTS * 1000) / Math.max(1, DELAY_MS);
  console.log(`ceiling set by the delay: ${ceiling.toFixed(2)} pages/s (${HOSTS} hosts / ${DELAY_MS} ms); reached ${((100 * PAGES) / seconds / ceiling).toFixed(0)}%`);
  console.log(`shortest gap between two requests to one host: ${minGap.toFixed(0)} ms (end of one to start of the next; delay ${DELAY_MS} ms)`);
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
