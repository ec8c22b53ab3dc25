/**
 * One way to name a film on every face (issue 14): the real CLI and the real server (`plaudit serve` on loopback)
 * over one database that the real CLI filled. Two films share the title "Halloween"; each opens by id, key,
 * IMDb id, "Title (Year)" and by the name the ambiguity error lists; `plaudit film 3` and /films/3 are one film.
 * Media tools' lookups (by-imdb, by-tmdb, the OMDb-shaped route) answer the film API's own figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';
import { startLiveServer, type LiveServer } from './browser/live-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-film-names-'));
const db = testDatabase(dir);
const config = join(dir, 'plaudit.config.json');
let server: LiveServer;
let ids: Record<'h1978' | 'h2018' | 'moths', number>;

const REVIEWS: Record<string, [string, string][]> = {
  'Halloween (1978)': [
    ['carpenter-a.txt', 'A masterpiece of suspense. Carpenter builds dread with patience, and the score is unforgettable. One of the finest horror films ever made.'],
    ['carpenter-b.txt', 'Lean, frightening and brilliantly shot, this is a superb thriller that still works on every level. Highly recommended.'],
  ],
  'Halloween (2018)': [
    ['sequel-a.txt', 'A tired, clumsy sequel. The script is lazy, the scares are predictable, and the characters are thin. A disappointing mess.'],
    ['sequel-b.txt', 'Jamie Lee Curtis is terrific and the film is a gripping, well-made return to form. A satisfying, tense and rewarding sequel.'],
  ],
  'Paper Moths': [['moths.txt', 'A gentle, lovely and beautifully acted drama. Warm, funny and moving from start to finish; a small gem.']],
};

const cli = (...args: string[]) => runPlaudit(['--db', db, ...args]);
const http = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

beforeAll(async () => {
  writeFileSync(config, JSON.stringify({ minReviews: 1 }));
  for (const [film, reviews] of Object.entries(REVIEWS)) {
    const files = reviews.map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const report = await runPlauditJson<{ totals: { added: number } }>(['--db', db, 'ingest', ...files, '--film', film, '--json', '--no-progress']);
    expect(report.totals.added, film).toBe(reviews.length);
  }
  const films = await runPlauditJson<{ id: number; title: string; year: number | null }[]>(['--db', db, 'films', '--json']);
  const id = (title: string, year: number | null) => films.find((f) => f.title === title && f.year === year)!.id;
  ids = { h1978: id('Halloween', 1978), h2018: id('Halloween', 2018), moths: id('Paper Moths', null) };
  // The catalog gives the films their IMDb and TMDb ids and what OMDb's fields need.
  const titles = join(dir, 'titles.csv');
  writeFileSync(
    titles,
    [
      'title,year,imdb_id,tmdb_id,directors,runtime,genres,mpaa_rating',
      'Halloween,1978,tt0077651,948,John Carpenter,91,Horror|Thriller,R',
      'Halloween,2018,tt1502407,424139,,,,',
    ].join('\n'),
  );
  const imported = await runPlaudit(['--db', db, 'catalog', 'import', titles]);
  expect(imported.stdout, imported.stderr).toContain('films created 0, updated 2');
  server = await startLiveServer(db, ['--config', config]);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

/** The first line of `plaudit film NAME`: the film's label. */
async function filmLabel(name: string): Promise<string> {
  const run = await cli('film', name);
  expect(run.code, `plaudit film ${name}: ${run.stderr}`).toBe(0);
  return run.stdout.split('\n')[0]!;
}

describe('plaudit film NAME', () => {
  // Every form is also checked over HTTP below and in use-cases/find-film.test.ts; each CLI run costs seconds.
  it('opens each Halloween by id, IMDb id and stored key', async () => {
    for (const name of [String(ids.h1978), 'tt0077651', 'title:halloween:1978']) expect(await filmLabel(name), name).toBe('Halloween (1978)');
    for (const name of [`${ids.h2018}-halloween`, 'tt1502407']) expect(await filmLabel(name), name).toBe('Halloween (2018)');
  });

  it('opens a unique title in any case, and its slug', async () => {
    for (const name of ['PAPER MOTHS', 'paper-moths']) expect(await filmLabel(name), name).toBe('Paper Moths');
  });

  it('refuses "halloween" (title and slug) naming both films with commands that open them, and each listed command works', async () => {
    const run = await cli('film', 'halloween');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `plaudit: "halloween" names 2 films: Halloween (1978) — plaudit film "Halloween (1978)" or id ${ids.h1978}; ` +
        `Halloween (2018) — plaudit film "Halloween (2018)" or id ${ids.h2018}.\n`,
    );
    expect((await cli('quotes', 'Halloween')).stderr).toContain('plaudit quotes "Halloween (1978)"');
    const listed = [...run.stderr.matchAll(/(Halloween \(\d{4}\)) — plaudit film "([^"]+)"/g)];
    expect(listed).toHaveLength(2);
    for (const [, label, name] of listed) expect(await filmLabel(name!)).toBe(label);
  });

  it('says an unknown name is unknown, with similar titles and where the films are listed', async () => {
    const run = await cli('film', 'Hallowe');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/No film matches "Hallowe" exactly\. Similar titles: Halloween \(1978\).*`plaudit films` lists the films in .*, with their ids\./);
  });

  it('lists each film with the id the website uses, and `plaudit film <id>` and /films/<id> show the same film', async () => {
    const list = (await cli('films')).stdout;
    expect(list).toMatch(new RegExp(`^\\s*${ids.moths}\\s+Paper Moths\\s`, 'm'));
    for (const id of Object.values(ids)) {
      const label = await filmLabel(String(id));
      const page = await (await http(`/films/${id}`)).text();
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      expect(label.startsWith(title.split(' (')[0]!.trim()), `${label} / ${title}`).toBe(true);
      expect(page).toContain(label.replace(/ \(\d{4}\)$/, ''));
    }
  });
});

describe('/films/NAME', () => {
  it('redirects any name to the canonical address', async () => {
    const canonical = `/films/${ids.h1978}/halloween`;
    for (const name of ['tt0077651', 'Halloween%20(1978)', `${ids.h1978}-halloween`, 'tmdb:948', 'title:halloween:1978']) {
      const res = await http(`/films/${name}`);
      expect(res.status, name).toBe(302);
      expect(res.headers.get('location'), name).toBe(canonical);
    }
    expect((await http('/films/paper-moths?sort=top')).headers.get('location')).toBe(`/films/${ids.moths}/paper-moths?sort=top`);
  });

  it('answers an ambiguous name with 300 and a page linking both films', async () => {
    const res = await http('/films/halloween');
    expect(res.status).toBe(300);
    const page = await res.text();
    expect(page.match(/data-testid="film-choice"/g)).toHaveLength(2);
    expect(page).toContain(`href="/films/${ids.h1978}/halloween"`);
    expect(page).toContain(`href="/films/${ids.h2018}/halloween"`);
    expect(page).toContain('/films/Halloween%20(1978)');
  });

  it('answers an unknown name with 404', async () => {
    expect((await http('/films/no-such-film')).status).toBe(404);
  });

  it('serves the badge by "Title (Year)", and refuses an ambiguous one with 409', async () => {
    const badge = await http(`/badge/${encodeURIComponent('Halloween (1978)')}.svg`);
    expect(badge.status).toBe(200);
    expect(await badge.text()).toContain('Halloween');
    expect((await http('/badge/halloween.svg')).status).toBe(409);
  });
});

describe('GET /api/v1/films/{film}', () => {
  it('takes every name form, and answers 409 listing the candidates for an ambiguous one', async () => {
    for (const name of ['tt0077651', encodeURIComponent('Halloween (1978)'), 'tmdb:948']) {
      expect((await (await http(`/api/v1/films/${name}`)).json()) as { id: number }, name).toMatchObject({ id: ids.h1978 });
    }
    const res = await http('/api/v1/films/halloween');
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string; candidates: { id: number; name: string; links: { self: string; page: string } }[] } };
    expect(body.error.code).toBe('ambiguous');
    expect(body.error.candidates).toEqual([
      expect.objectContaining({ id: ids.h1978, name: 'Halloween (1978)', links: { self: `/api/v1/films/${ids.h1978}`, page: `/films/${ids.h1978}/halloween` } }),
      expect.objectContaining({ id: ids.h2018, name: 'Halloween (2018)', links: { self: `/api/v1/films/${ids.h2018}`, page: `/films/${ids.h2018}/halloween` } }),
    ]);
  });
});

describe('lookups for media tools', () => {
  type Profile = { profile: { reviewCount: number; positiveCount: number; negativeCount: number; scores: { percentPositive: number; percentPositiveInterval: object; averageScore: number } } };

  it('answers by IMDb and by TMDb id with the figures of the film profile and an absolute link', async () => {
    const profile = ((await (await http(`/api/v1/films/${ids.h1978}/profile`)).json()) as Profile).profile;
    for (const path of ['/api/v1/films/by-imdb/tt0077651', '/api/v1/films/by-tmdb/948']) {
      const res = await http(path);
      expect(res.status, path).toBe(200);
      expect(await res.json()).toMatchObject({
        film: { id: ids.h1978, title: 'Halloween', year: 1978, imdbId: 'tt0077651', tmdbId: 948 },
        reviewCount: profile.reviewCount,
        positiveCount: profile.positiveCount,
        negativeCount: profile.negativeCount,
        percentPositive: profile.scores.percentPositive,
        percentPositiveInterval: profile.scores.percentPositiveInterval,
        averageScore: profile.scores.averageScore,
        link: `${server.url}/films/${ids.h1978}/halloween`,
      });
    }
  });

  it('answers 404 with a code for an unknown id, and 400 with a code for a malformed one', async () => {
    for (const [path, status, code] of [
      ['/api/v1/films/by-imdb/tt9999999', 404, 'not-found'],
      ['/api/v1/films/by-tmdb/999999', 404, 'not-found'],
      ['/api/v1/films/by-imdb/tt12', 400, 'invalid-argument'],
      ['/api/v1/films/by-imdb/halloween', 400, 'invalid-argument'],
      ['/api/v1/films/by-tmdb/0', 400, 'invalid-argument'],
      ['/api/v1/films/by-tmdb/abc', 400, 'invalid-argument'],
    ] as const) {
      const res = await http(path);
      expect(res.status, path).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code, path).toBe(code);
    }
  });

  it("answers /api/omdb?i= in OMDb's shape with our figures under our own source names", async () => {
    const profile = ((await (await http(`/api/v1/films/${ids.h1978}/profile`)).json()) as Profile).profile;
    const res = await http('/api/omdb?i=tt0077651&apikey=anything&plot=short');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      Title: 'Halloween',
      Year: '1978',
      Rated: 'R',
      Released: 'N/A',
      Runtime: '91 min',
      Genre: 'Horror, Thriller',
      Director: 'John Carpenter',
      Plot: 'N/A',
      Ratings: [
        { Source: 'Plaudit critics (percent positive)', Value: `${profile.scores.percentPositive}%` },
        { Source: 'Plaudit critics (average score)', Value: `${profile.scores.averageScore}/100` },
      ],
      Metascore: 'N/A',
      imdbID: 'tt0077651',
      Type: 'movie',
      Website: `${server.url}/films/${ids.h1978}/halloween`,
      Response: 'True',
    });
    const byTitle = (await (await http('/api/omdb?t=halloween&y=2018')).json()) as { imdbID: string; Director: string };
    expect(byTitle).toMatchObject({ imdbID: 'tt1502407', Director: 'N/A' });
  });

  it("answers OMDb's error shape: 404 for an unknown film, 400 for a malformed id, 409 for a title two films share", async () => {
    for (const [query, status] of [['i=tt9999999', 404], ['t=No%20Such%20Film', 404], ['i=tt12', 400], ['', 400], ['t=Halloween', 409]] as const) {
      const res = await http(`/api/omdb?${query}`);
      expect(res.status, query).toBe(status);
      expect(await res.json(), query).toMatchObject({ Response: 'False', Error: expect.any(String) });
    }
    expect(await (await http('/api/omdb?i=tt9999999')).json()).toEqual({ Response: 'False', Error: 'Movie not found!' });
  });
});
