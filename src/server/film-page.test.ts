/**
 * The film page and the badge through app.request() on a real store: the review list's filters, order and pages,
 * who a quoted sentence is attributed to, the embed code's absolute address, the badge by id, key, slug and title,
 * and the words on film cards. The reviews are written here as a JSONL export (a film with 64 reviews, a film whose
 * reviews name an outlet alone or nobody, two films sharing a title, one known only by its export key); the real
 * Her Smell reviews in ../shared are added when they are there.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';
import { describeWithShared, hasShared, sharedPath } from '../../test/shared-data.ts';
import { createServerApp } from './create-server-app.ts';

const PRAISE = ['A tender, funny and beautifully acted film.', 'Warm, wise and wonderfully played throughout.', 'A joyous, generous delight from start to finish.'];
const PANS = ['A dull, clumsy and overlong misfire.', 'Flat, lifeless and badly paced from the start.'];
const LONG_FILM_REVIEWS = 64;

/** 64 reviews of Long Film: ratings 1/5 to 5/5 in turn, every fourth by a top critic, every thirteenth undated. */
function longFilmRows(): object[] {
  return Array.from({ length: LONG_FILM_REVIEWS }, (_, i) => {
    const stars = (i % 5) + 1;
    const pool = stars >= 3 ? PRAISE : PANS;
    const date = i % 13 === 5 ? {} : { date: `2020-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` };
    return {
      film: 'Long Film',
      year: 2020,
      critic: `Critic ${i}`,
      outlet: `Outlet ${i % 7}`,
      text: `${pool[i % pool.length]} Take ${i}.`,
      rating: `${stars}/5`,
      label: stars >= 3 ? 'fresh' : 'rotten',
      top_critic: i % 4 === 0 ? 'true' : 'false',
      ...date,
    };
  });
}

const OTHER_ROWS = [
  { film: 'Quiet Film', outlet: 'The Quiet Review', text: 'Elisabeth Moss gives a ferocious, magnificent performance, and the cinematography is gorgeous.', rating: '5/5', label: 'fresh' },
  // Its craft is the score alone, so the acting's example sentence can only be The Quiet Review's.
  { film: 'Quiet Film', text: 'A superb, moving film with a brilliant, haunting score.', rating: '4/5', label: 'fresh' },
  { film: 'Twin Title', year: 2001, critic: 'Ann Critic', outlet: 'Paper One', text: 'Lovely.', rating: '4/5' },
  { film: 'Twin Title', year: 2002, critic: 'Bo Critic', outlet: 'Paper Two', text: 'Awful.', rating: '1/5' },
];

let f: ServerFixture;
let dir = '';
const films = new Map<string, { id: number; key: string; links: { page: string } }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plaudit-film-page-'));
  writeFileSync(join(dir, 'reviews.jsonl'), [...longFilmRows(), ...OTHER_ROWS].map((row) => JSON.stringify(row)).join('\n'));
  // A film known only by its export's key, in a file of its own.
  writeFileSync(join(dir, 'keyed.jsonl'), JSON.stringify({ film_key: 'm/keyed_film', critic: 'Cy Critic', outlet: 'Paper Three', text: 'Fine work.', rating: '3/5' }));
  f = await openServerFixture({ paths: [dir, ...(hasShared('seeds') ? [sharedPath('seeds')] : [])] });
  const list = await json(await f.web.request('/api/v1/films?limit=100'));
  for (const film of list.items) films.set(film.title ?? film.key, film);
});
afterAll(async () => {
  await f.close();
  rmSync(dir, { recursive: true, force: true });
});

async function page(path: string): Promise<{ status: number; body: string }> {
  const res = await f.web.request(path);
  return { status: res.status, body: await res.text() };
}

const longFilm = () => films.get('Long Film')!.links.page;
const scoresOf = (body: string) => [...body.matchAll(/<div class="review-score[^>]*><span class="visually-hidden">Score <\/span>(\d+)<\/div>/g)].map((m) => Number(m[1]));
const datesOf = (body: string) => [...body.matchAll(/<li class="review"[\s\S]*?<\/li>/g)].map((m) => /<time datetime="([^"]+)"/.exec(m[0])?.[1] ?? null);
const selection = (body: string) => /data-testid="review-selection">([^<]*)</.exec(body)?.[1];

describe('the review list', () => {
  it('pages past 50 reviews: page 2 has the rest, and the pager links to it', async () => {
    const first = await page(longFilm());
    expect(first.status).toBe(200);
    expect(scoresOf(first.body)).toHaveLength(50);
    expect(selection(first.body)).toBe('64 reviews, newest first; page 1 of 2');
    expect(first.body).toContain(`href="${longFilm()}?page=2" rel="next"`);
    const second = await page(`${longFilm()}?page=2`);
    expect(scoresOf(second.body)).toHaveLength(LONG_FILM_REVIEWS - 50);
    expect(selection(second.body)).toBe('64 reviews, newest first; page 2 of 2');
  });

  it('sends ?review=N (where a search hit links) to the page of the list that shows that review', async () => {
    const second = await page(`${longFilm()}?page=2`);
    const id = Number(/<li class="review"[^>]*id="review-(\d+)"/.exec(second.body)?.[1] ?? /id="review-(\d+)"/.exec(second.body)![1]);
    const res = await f.web.request(`${longFilm()}?review=${id}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${longFilm()}?page=2#review-${id}`);
    const hits = await page(`/search?q=${encodeURIComponent('Take 3')}`);
    expect(hits.body).toMatch(new RegExp(`href="${longFilm()}\\?review=\\d+"`));
  });

  it('filters by verdict and to top critics, and says how many of how many it shows', async () => {
    const negative = await page(`${longFilm()}?verdict=negative`);
    expect(selection(negative.body)).toBe('26 of 64 reviews, negative, newest first');
    expect(negative.body.match(/<li class="review"/g)).toHaveLength(26);
    expect(negative.body.match(/class="verdict verdict--negative"/g)).toHaveLength(26);
    expect(negative.body).not.toContain('class="verdict verdict--positive"');
    const top = await page(`${longFilm()}?top=1`);
    expect(selection(top.body)).toBe('16 of 64 reviews, top critics only, newest first');
    expect(top.body.match(/<span class="top-critic">/g)).toHaveLength(16);
    const both = await page(`${longFilm()}?verdict=negative&top=1&sort=highest`);
    expect(selection(both.body)).toBe('7 of 64 reviews, negative, top critics only, highest score first');
  });

  it('sorts by score either way and by date either way, undated reviews last', async () => {
    const high = scoresOf((await page(`${longFilm()}?sort=highest`)).body);
    expect(high).toEqual([...high].sort((a, b) => b - a));
    expect(high[0]).toBeGreaterThan(high[high.length - 1]!);
    const low = scoresOf((await page(`${longFilm()}?sort=lowest`)).body);
    expect(low).toEqual([...low].sort((a, b) => a - b));
    const oldest = datesOf((await page(`${longFilm()}?sort=oldest`)).body);
    const dated = oldest.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    const newest = datesOf((await page(`${longFilm()}?page=2`)).body);
    expect(newest.slice(-4)).toEqual([null, null, null, null]);
  });

  it('links every choice, keeping the others, with the current one marked', async () => {
    const { body } = await page(`${longFilm()}?verdict=negative&sort=lowest`);
    expect(body).toMatch(/<a href="[^"]*\?verdict=negative&amp;sort=lowest#reviews" aria-current="true">Negative <span class="review-filter-count">26<\/span><\/a>/);
    expect(body).toMatch(/<a href="[^"]*\?verdict=negative&amp;sort=lowest#reviews" aria-current="true">Lowest score<\/a>/);
    expect(body).toContain(`href="${longFilm()}?sort=lowest#reviews">All <span class="review-filter-count">64</span>`);
    expect(body).toContain(`href="${longFilm()}?verdict=negative&amp;top=1&amp;sort=lowest#reviews">Top critics <span class="review-filter-count">7</span>`);
  });

  it('answers 400 to a value it does not know, as other pages do', async () => {
    for (const query of ['verdict=mixed', 'sort=score', 'top=yes', 'page=0']) {
      const res = await page(`${longFilm()}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body).toContain('Invalid query');
    }
  });

  it('caches each filtered view under its own query string', async () => {
    const all = await page(longFilm());
    const negative = await page(`${longFilm()}?verdict=negative`);
    const allAgain = await page(longFilm());
    expect(selection(negative.body)).not.toBe(selection(all.body));
    expect(allAgain.body).toBe(all.body);
  });

  it('the API filters, sorts and counts the same way', async () => {
    const id = films.get('Long Film')!.id;
    const res = await json(await f.web.request(`/api/v1/films/${id}/reviews?verdict=negative&top=1&sort=highest&limit=5`));
    expect(res.page.total).toBe(7);
    expect(res.items).toHaveLength(5);
    expect(res.items.every((review: { verdict: string; topCritic: boolean }) => review.verdict === 'negative' && review.topCritic)).toBe(true);
    const scores = res.items.map((review: { score: number }) => review.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(res.page.next).toContain('verdict=negative');
    expect((await f.web.request(`/api/v1/films/${id}/reviews?verdict=mixed`)).status).toBe(400);
    const doc = await json(await f.web.request('/api/openapi.json'));
    const names = doc.paths['/api/v1/films/{id}/reviews'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['verdict', 'top', 'sort', 'limit', 'offset']));
  });
});

describe('attribution of quoted sentences', () => {
  it('a review with an outlet and no critic is the outlet’s; one with neither is "Unattributed review"', async () => {
    const { body } = await page(films.get('Quiet Film')!.links.page);
    const captions = body.match(/<figcaption>.*?<\/figcaption>/g) ?? [];
    expect(captions.some((caption) => caption.includes('>The Quiet Review</a>'))).toBe(true);
    expect(captions.some((caption) => caption.includes('>Unattributed review</a>'))).toBe(true);
    expect(body).toContain('class="aspect-source">(The Quiet Review)');
  });

  it('search hits name the outlet too', async () => {
    const outletOnly = await page('/search?q=ferocious+magnificent');
    expect(outletOnly.body).toContain(' · The Quiet Review</span>');
    const nobody = await page('/search?q=haunting');
    expect(nobody.body).toContain(' · Unattributed review</span>');
  });
});

describeWithShared(['seeds'], 'attribution on the real Her Smell reviews', () => {
  it('The Spool’s unsigned review is The Spool’s in search; quotes from reviews naming nobody stay unattributed', async () => {
    const search = await page('/search?q=thanksgiving');
    expect(search.body).toContain(' · The Spool</span>');
    const film = await page(films.get('Her Smell')!.links.page);
    const reviews = await json(await f.web.request(`/api/v1/films/${films.get('Her Smell')!.id}/reviews`));
    const named = new Map<number, string | null>(
      reviews.items.map((r: { id: number; critic: { name: string } | null; outlet: { name: string } | null }) => [r.id, r.outlet?.name ?? r.critic?.name ?? null]),
    );
    const captions = [...film.body.matchAll(/<figcaption><a href="[^"]*#review-(\d+)">([^<]*)<\/a>/g)];
    expect(captions.length).toBeGreaterThan(0);
    for (const [, id, source] of captions) {
      const known = named.get(Number(id));
      if (known) expect(source).toContain(known);
      else expect(source).toBe('Unattributed review');
    }
  });
});

describeWithShared(['seeds'], 'the film header from the Her Smell reviews\' credits', () => {
  it('shows the director, main cast, runtime, MPAA rating, distributor and where it plays', async () => {
    const film = await page(films.get('Her Smell')!.links.page);
    const dl = /<dl class="film-facts"[\s\S]*?<\/dl>/.exec(film.body)?.[0] ?? '';
    const facts = Object.fromEntries(
      [...dl.matchAll(/<dt>([^<]*)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map(([, label, value]) => [label, value!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()]),
    );
    // The seeds never state the year; a film whose reviews do shows it beside the title.
    expect((await page(longFilm())).body).toMatch(/<h1[^>]*>Long Film <span class="year">\(2020\)<\/span>/);
    expect(facts).toMatchObject({ Director: 'Alex Ross Perry', Runtime: '135 minutes', 'MPAA rating': 'R', Distributor: 'Gunpowder & Sky' });
    expect(facts['Starring']).toMatch(/^Elisabeth Moss as Becky Something, Agyness Deyn as Marielle/);
    expect(Object.keys(facts)).toContain('Playing / streaming');
  });
});

describe('the embed code', () => {
  it('without a public URL, names the origin the page was asked for', async () => {
    const res = await f.web.request(`http://example.test:8080${longFilm()}`);
    const body = await res.text();
    expect(body).toContain(`&lt;img src="http://example.test:8080/badge/${films.get('Long Film')!.id}.svg"`);
    expect(res.headers.get('Vary')).toMatch(/\bHost\b/);
    // The same path asked of another host is built for that host, not served from the first one's cache entry.
    const other = await (await f.web.request(`https://plaudit.example.org${longFilm()}`)).text();
    expect(other).toContain(`src="https://plaudit.example.org/badge/${films.get('Long Film')!.id}.svg"`);
  });

  it('with a public URL, names that, whatever the request said', async () => {
    const web = createServerApp({
      store: f.app.store,
      model: f.app.model,
      processor: f.processor,
      minReviews: f.app.config.minReviews,
      weights: f.app.config.weights,
      maxDocumentBytes: 64 * 1024,
      publicUrl: 'https://reviews.example.org/',
    });
    const res = await web.request(`http://127.0.0.1:3000${longFilm()}`);
    const body = await res.text();
    expect(body).toContain(`src="https://reviews.example.org/badge/${films.get('Long Film')!.id}.svg"`);
    expect(body).not.toContain('127.0.0.1');
    expect(res.headers.get('Vary') ?? '').not.toMatch(/\bHost\b/);
  });
});

describe('the badge', () => {
  async function badge(name: string): Promise<{ status: number; body: string }> {
    const res = await f.web.request(`/badge/${name}.svg`);
    return { status: res.status, body: await res.text() };
  }

  it('is found by id, export key, slug and title', async () => {
    const id = films.get('Long Film')!.id;
    for (const name of [String(id), `${id}-long-film`, 'long-film', encodeURIComponent('Long Film'), encodeURIComponent('LONG film')]) {
      const { status, body } = await badge(name);
      expect(status, name).toBe(200);
      expect(body, name).toContain('Long Film');
    }
    for (const name of [encodeURIComponent('m/keyed_film'), encodeURIComponent('key:m/keyed_film')]) {
      const { status, body } = await badge(name);
      expect(status, name).toBe(200);
      expect(body, name).toContain('keyed_film');
    }
  });

  it('refuses a title two films share with a 409 that lists both, each with a badge address that opens it alone', async () => {
    for (const name of [encodeURIComponent('Twin Title'), 'twin-title']) {
      const { status, body } = await badge(name);
      expect(status, name).toBe(409);
      expect(body, name).toMatch(/names 2 films: Twin Title/);
      expect(body.match(/\/badge\/[^ ;&<]+\.svg/g), name).toHaveLength(2);
    }
    expect((await badge('no-such-film')).status).toBe(404);
  });
});

describe('film cards', () => {
  it('say "N% positive" beside the count, and "too few for a score" below the minimum', async () => {
    const { body } = await page('/films?sort=reviews');
    const card = /<a class="film-card" href="[^"]*long-film">[\s\S]*?<\/a>/.exec(body)?.[0] ?? '';
    expect(card).toMatch(/64 reviews · \d+% positive<\/span>/);
    const quiet = /<a class="film-card" href="[^"]*quiet-film">[\s\S]*?<\/a>/.exec(body)?.[0] ?? '';
    expect(quiet).toContain('2 reviews · too few for a score');
  });
});
