/**
 * plaudit.config.json as a user meets it: the real CLI in a working directory holding the file. A mistyped or
 * unknown setting is refused with its name; every setting in the file is honoured by the commands that use it
 * (film's minReviews and weights, the database path, serve's port and log level), below the environment and flags.
 */
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlaudit, runPlauditJson, startPlaudit } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testDatabaseExists, testsPostgres } from '../test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-config-e2e-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

function siteWith(name: string, settings: unknown, file = 'plaudit.config.json'): string {
  const site = join(dir, name);
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, file), typeof settings === 'string' ? settings : JSON.stringify(settings, null, 2));
  return site;
}

interface FilmJson {
  profile: { minReviews: number; weighted: { custom: boolean } | null };
}

describe('a config file with mistakes', () => {
  it('refuses an unknown setting, naming the file, the key and the setting probably meant (exit 2)', async () => {
    const site = siteWith('unknown', { minReview: 2, port: 3000 });
    const result = await runPlaudit(['films'], { cwd: site });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('plaudit: plaudit.config.json: unknown setting "minReview" (did you mean "minReviews"?)\n');
    expect(existsSync(join(site, 'plaudit.db'))).toBe(false);
  });

  it('refuses a value of the wrong type, naming the key and the type it should be (exit 2)', async () => {
    const site = siteWith('wrong-type', { port: '8080' });
    const result = await runPlaudit(['films'], { cwd: site });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('plaudit: plaudit.config.json: setting "port" must be a number, not "8080"\n');
  });

  it('refuses a --config file that does not exist, but runs without the default one', async () => {
    const site = siteWith('missing', {}, 'other.json');
    const missing = await runPlaudit(['--config', 'nope.json', 'films'], { cwd: site });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^plaudit: --config nope\.json: no such file/);
    expect((await runPlaudit(['films'], { cwd: site })).code).toBe(0);
  });
});

describe('a config file the commands honour', () => {
  // A path relative to the file, as a user writes one, for SQLite; a schema's URL in the postgres project.
  const dbPath = testsPostgres ? testDatabase(dir) : 'reviews.db';
  let site: string;
  beforeAll(async () => {
    site = siteWith('honoured', { dbPath, minReviews: 2, weights: { outlets: { 'The Spool': 2 } } });
    siteWith('honoured', { dbPath, minReviews: 9 }, 'strict.json');
    const demo = await runPlaudit(['demo'], { cwd: site });
    expect(demo.code, demo.stderr).toBe(0);
  });

  it('puts the database where "dbPath" says', async () => {
    expect(await testDatabaseExists(testsPostgres ? dbPath : join(site, 'reviews.db'))).toBe(true);
    expect(existsSync(join(site, 'plaudit.db'))).toBe(false);
  });

  it('gives film its minReviews and weights, with --config, environment and flags above the file', async () => {
    const film = await runPlauditJson<FilmJson>(['film', 'Paper Lanterns', '--json'], { cwd: site });
    expect(film.profile.minReviews).toBe(2);
    expect(film.profile.weighted?.custom).toBe(true);
    const strict = await runPlauditJson<FilmJson>(['--config', 'strict.json', 'film', 'Paper Lanterns', '--json'], { cwd: site });
    expect(strict.profile.minReviews).toBe(9);
    const fromEnv = await runPlaudit(['film', 'Paper Lanterns', '--json'], { cwd: site, env: { PLAUDIT_MIN_REVIEWS: '3' } });
    expect((JSON.parse(fromEnv.stdout) as FilmJson).profile.minReviews).toBe(3);
    writeFileSync(join(site, 'equal.json'), JSON.stringify({ outlets: {} }));
    const weights = await runPlauditJson<FilmJson>(['film', 'Paper Lanterns', '--json', '--weights', 'equal.json'], { cwd: site });
    expect(weights.profile.weighted?.custom).toBe(false);
  });

  it('gives serve its port, and serve logs one JSON line per request on stderr without query or token', async () => {
    const port = await freePort();
    writeFileSync(join(site, 'serve.json'), JSON.stringify({ dbPath, port, logLevel: 'info' }));
    const server = await serve(['--config', 'serve.json', 'serve'], site);
    try {
      expect(server.url).toBe(`http://127.0.0.1:${port}`);
      const films = await fetch(`${server.url}/api/v1/films`, { headers: { Authorization: 'Bearer plaudit_not_a_token' } });
      expect(films.status).toBe(200);
      expect((await fetch(`${server.url}/search?q=s3cret`)).status).toBe(200);
      expect((await fetch(`${server.url}/no-such-page`)).status).toBe(404);
    } finally {
      await server.stop();
    }
    const lines = server.stderr().split('\n').filter((line) => line.startsWith('{'));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'request', method: 'GET', path: '/api/v1/films', status: 200, ms: expect.any(Number) }));
    expect(entries).toContainEqual(expect.objectContaining({ method: 'GET', path: '/search', status: 200 }));
    expect(entries).toContainEqual(expect.objectContaining({ method: 'GET', path: '/no-such-page', status: 404 }));
    expect(server.stderr()).not.toMatch(/s3cret|plaudit_not_a_token/);
    expect(server.stdout()).not.toContain('{');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `plaudit serve` in `cwd` until it prints its URL; the caller stops it. */
function serve(args: readonly string[], cwd: string) {
  const child = startPlaudit(args, { cwd });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return new Promise<{ url: string; stdout: () => string; stderr: () => string; stop: () => Promise<void> }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plaudit serve printed no URL in 30 s:\n${stdout}\n${stderr}`)), 30_000);
    child.once('close', (code) => reject(new Error(`plaudit serve exited (${code}):\n${stderr}`)));
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const url = /running at (http:\/\/[^/]+)\//.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stdout: () => stdout, stderr: () => stderr, stop: () => (child.kill('SIGTERM'), closed) });
    });
  });
}
