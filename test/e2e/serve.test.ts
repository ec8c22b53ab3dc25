/**
 * `plaudit serve` and `plaudit token` as a user runs them: the real CLI, a real SQLite file, real HTTP on loopback.
 * What `npm start` does (serve --examples on an empty database) must give a working site at the printed URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { startLiveServer } from './browser/live-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plaudit serve --examples', () => {
  it('ingests the examples into an empty database, prints its URL and serves pages and the API', async () => {
    const db = join(dir, 'start.db');
    const server = await startLiveServer(db, ['--examples']);
    try {
      const films = (await (await fetch(`${server.url}/api/v1/films`)).json()) as { items: { title: string; links: { page: string } }[] };
      expect(films.items.map((film) => film.title).sort()).toEqual(['Night Shift', 'Paper Lanterns']);
      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Paper Lanterns');
      // One Paper Lanterns review has neither label nor rating: the page gives the expected share with its interval.
      const lanterns = films.items.find((film) => film.title === 'Paper Lanterns')!;
      const page = await (await fetch(`${server.url}${lanterns.links.page}`)).text();
      expect(page).toMatch(/data-testid="text-estimate">1 verdict from the text alone\.\s+Counted by probability: expected \d+% positive \(95% interval/);
    } finally {
      await server.stop();
    }
  });
});

describe('plaudit token', () => {
  it('creates a token that the ingest endpoint accepts, lists it, and revokes it', async () => {
    const db = join(dir, 'tokens.db');
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
