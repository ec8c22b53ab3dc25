/**
 * `plaudit serve` and `plaudit token` as a user runs them: the real CLI, a real database, real HTTP on loopback.
 * What `npm start` does (serve --examples on an empty database) must give a working site at the printed URL. And the
 * server stays responsive while a hostile document is processed: the one test here that asserts time (issue 12).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/start-server.ts';
import { runPlaudit, runPlauditJson, startPlaudit } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { json, openServerFixture } from '../server-fixture.ts';
import { startLiveServer } from './browser/live-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-serve-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

describe('plaudit serve --examples', () => {
  it('ingests the examples into an empty database, prints its URL and serves pages and the API', async () => {
    const db = testDatabase(dir, 'start.db');
    const server = await startLiveServer(db, ['--examples']);
    try {
      const films = (await (await fetch(`${server.url}/api/v1/films`)).json()) as {
        items: { title: string; percentPositive: number | null; positiveCount: number; expectedPositive: number; links: { page: string; profile: string } }[];
      };
      expect(films.items.map((film) => film.title).sort()).toEqual(['Night Shift', 'Paper Lanterns']);
      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Paper Lanterns');
      // One Paper Lanterns review has neither label nor rating: it counts by its probability, and the page says so.
      const lanterns = films.items.find((film) => film.title === 'Paper Lanterns')!;
      const page = await (await fetch(`${server.url}${lanterns.links.page}`)).text();
      expect(page).toMatch(/data-testid="text-estimate">1 verdict from the text alone, too few to read beside one another\.\s+<a/);
      expect(page).toMatch(/data-testid="positive-count">\d+ of \d+ verdicts positive; the 1 read from the text counts by how likely it is positive · 95% interval/);
      // The list, the profile and the page show one figure: the expected share, not the count of verdicts.
      const profile = (await (await fetch(`${server.url}${lanterns.links.profile}`)).json()) as { profile: { scores: { percentPositive: number } | null } };
      expect(lanterns.expectedPositive).not.toBe(lanterns.positiveCount);
      expect(lanterns.percentPositive).toBe(profile.profile.scores?.percentPositive ?? null);
      if (lanterns.percentPositive !== null) expect(page).toContain(`data-testid="percent-positive">${lanterns.percentPositive}%`);
    } finally {
      await server.stop();
    }
  });
});

describe('plaudit token', () => {
  it('creates a token that the ingest endpoint accepts, lists it, and revokes it', async () => {
    const db = testDatabase(dir, 'tokens.db');
    const created = await runPlauditJson<{ id: number; token: string }>(['--db', db, 'token', 'create', '--name', 'ci', '--json']);
    expect(created.token).toMatch(/^plaudit_[\w-]{40,}$/);
    const listed = await runPlaudit(['--db', db, 'token', 'list']);
    expect(listed.stdout).toContain('ci');
    expect(listed.stdout).not.toContain(created.token);
    const server = await startLiveServer(db);
    const post = (token: string) =>
      fetch(`${server.url}/api/v1/reviews`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
        body: 'A tender, funny and beautifully made film.',
      });
    try {
      expect((await fetch(`${server.url}/api/v1/reviews?film=Tidewater`, { method: 'POST', body: 'x' })).status).toBe(401);
      const ok = await fetch(`${server.url}/api/v1/reviews?film=Tidewater`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${created.token}`, 'Content-Type': 'text/plain' },
        body: 'A tender, funny and beautifully made film.',
      });
      expect(ok.status).toBe(201);
      expect((await runPlaudit(['--db', db, 'token', 'revoke', String(created.id)])).code).toBe(0);
      expect((await post(created.token)).status).toBe(401);
    } finally {
      await server.stop();
    }
    expect((await runPlaudit(['--db', db, 'token', 'revoke', '999'])).code).toBe(3);
  });
});

/** Runs `plaudit serve` until it prints its URL, stops it, and gives what it wrote. */
async function serveOutput(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  const child = startPlaudit(args);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plaudit serve printed no URL in 30 s:\n${stdout}\n${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      if (/running at http/.test(stdout)) {
        clearTimeout(timer);
        resolve();
      }
    });
  }).finally(() => child.kill('SIGTERM'));
  await closed;
  return { stdout, stderr };
}

describe('plaudit serve --host', () => {
  it('warns on stderr that a non-loopback address exposes the site and the API, and what to do', async () => {
    const db = testDatabase(dir, 'exposed.db');
    const { stderr } = await serveOutput(['--db', db, 'serve', '--port', '0', '--host', '0.0.0.0']);
    expect(stderr).toMatch(/Warning: listening on 0\.0\.0\.0, so the site and the API are reachable from other machines/);
    expect(stderr).toMatch(/--host 127\.0\.0\.1/);
    expect(stderr).toMatch(/reverse proxy with HTTPS/);
  });

  it('says nothing of the kind on loopback', async () => {
    const { stdout, stderr } = await serveOutput(['--db', testDatabase(dir, 'loopback.db'), 'serve', '--port', '0', '--host', '127.0.0.1']);
    expect(stdout).toMatch(/running at http:\/\/127\.0\.0\.1:/);
    expect(stderr).not.toMatch(/Warning/);
  });
});

/** An HTML page of `megabytes` of ordinary nested markup: any cleaner must parse it, which takes seconds at this size. */
function hugePage(megabytes: number): string {
  const block = (i: number) => `${'<div class="c">'.repeat(20)}<p>Paragraph ${i}: the film is <b>long</b> and <i>slow</i>, but the light is lovely.</p>${'</div>'.repeat(20)}`;
  const parts = ['<!doctype html><html><body>'];
  for (let i = 0, length = 0; length < megabytes * 1024 * 1024; i++) {
    parts.push(block(i));
    length += parts.at(-1)!.length;
  }
  return `${parts.join('')}</body></html>`;
}

describe('the server while a hostile document is processed', () => {
  it('answers other requests within 100 ms each, refuses the document past its time limit, then takes the next', async () => {
    const f = await openServerFixture({ maxDocumentBytes: 10 * 1024 * 1024, processor: { timeLimitMs: 1_000 } });
    const server = await startServer({ app: f.web, port: 0, hostname: '127.0.0.1' });
    try {
      const post = (body: string, type: string) =>
        fetch(`${server.url}/api/v1/reviews?film=Tidewater`, { method: 'POST', headers: { Authorization: `Bearer ${f.token}`, 'Content-Type': type }, body });
      // A first review starts the processor's thread, and the probed pages are built once, so the probes below
      // measure serving, not start-up.
      expect((await post('A tender, funny and beautifully made film.', 'text/plain')).status).toBe(201);
      const films = await json(await fetch(`${server.url}/api/v1/films?limit=100`));
      const probes = ['/api/v1/films', films.items.find((film: { title: string }) => film.title === 'Paper Lanterns').links.page];
      for (const path of probes) expect((await fetch(`${server.url}${path}`)).status).toBe(200);

      let settled = false;
      const hostile = post(hugePage(8), 'text/html').finally(() => (settled = true));
      // Reading and hashing 8 MB is the request thread's own share of the work; the probes start once it is handed off.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const timings: number[] = [];
      for (let i = 0; !settled; i++) {
        const started = performance.now();
        const res = await fetch(`${server.url}${probes[i % probes.length]}`);
        await res.arrayBuffer();
        expect(res.status).toBe(200);
        // The probe the refusal lands in spans the stopping of the document's thread, not its processing, so it is
        // answered but not timed (one such probe took 112 ms in a full-suite run while the 300 before it took 1-38).
        if (!settled) timings.push(performance.now() - started);
      }
      expect(timings.length).toBeGreaterThanOrEqual(5);
      expect(Math.max(...timings), timings.map((ms) => ms.toFixed(0)).join(' ')).toBeLessThan(100);

      const refused = await hostile;
      expect(refused.status).toBe(422);
      const error = (await refused.json()) as { error: { code: string; message: string } };
      expect(error.error.code).toBe('too-complex');
      expect(error.error.message).toMatch(/longer than 1 s|memory limit/);

      const next = await post('Dull, shapeless and far too long; a waste of a fine cast.', 'text/plain');
      expect(next.status).toBe(201);
      expect(((await next.json()) as { review: { verdict: string } }).review.verdict).toBe('negative');
    } finally {
      await server.close();
      await f.close();
    }
  });
});
