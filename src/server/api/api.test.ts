/** Every read endpoint of /api/v1 against a real store with the example reviews, through app.request(). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';

let f: ServerFixture;
beforeAll(async () => {
  f = await openServerFixture();
});
afterAll(() => f.close());

const get = (path: string, init?: RequestInit) => f.web.request(path, init);

async function filmId(title: string): Promise<number> {
  const body = await json((await get('/api/v1/films?limit=100')));
  return body.items.find((film: { title: string }) => film.title === title).id;
}

describe('GET /api/v1/films', () => {
  it('lists films with their scores and links, one page at a time', async () => {
    const res = await get('/api/v1/films?limit=1');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.items).toHaveLength(1);
    expect(body.page).toMatchObject({ limit: 1, offset: 0, total: 2, next: '/api/v1/films?limit=1&offset=1' });
    const next = await json(await get(body.page.next));
    expect(next.page.next).toBeNull();
    expect([body.items[0].title, next.items[0].title].sort()).toEqual(['Night Shift', 'Paper Lanterns']);
  });

  it('sorts by rank when asked', async () => {
    const body = await json(await get('/api/v1/films?sort=top'));
    expect(body.items.map((film: { title: string }) => film.title)).toEqual(['Paper Lanterns']);
  });

  it('refuses a bad limit, sort or unknown parameter with 400 and a code', async () => {
    for (const query of ['limit=0', 'limit=abc', 'sort=best', 'colour=red']) {
      const res = await get(`/api/v1/films?${query}`);
      expect(res.status, query).toBe(400);
      const body = await json(res);
      expect(body.error.code).toBe('invalid-argument');
      expect(body.error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/v1/films/{id}, /profile, /reviews', () => {
  it('answers one film by id or any other film name, and 404 or 400 for a missing name or malformed id', async () => {
    const id = await filmId('Paper Lanterns');
    expect(await json(await get(`/api/v1/films/${id}`))).toMatchObject({ id, title: 'Paper Lanterns', year: 2025, reviewCount: 7 });
    for (const name of ['paper-lanterns', 'Paper%20Lanterns%20(2025)', `${id}-paper-lanterns`]) {
      expect(await json(await get(`/api/v1/films/${name}`)), name).toMatchObject({ id });
    }
    for (const path of ['/api/v1/films/99999', '/api/v1/films/abc', '/api/v1/films/-1/profile']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect((await json(missing)).error.code, path).toBe('not-found');
    }
    expect((await get('/api/v1/films/0')).status).toBe(400);
    expect((await get('/api/v1/films/0/profile')).status).toBe(400);
  });

  it("gives the film's profile with its interval and sections", async () => {
    const body = await json(await get(`/api/v1/films/${await filmId('Paper Lanterns')}/profile`));
    expect(body.profile.reviewCount).toBe(7);
    expect(body.profile.scores.percentPositiveInterval.low).toBeLessThan(body.profile.scores.percentPositive);
    expect(body.sections.histogram.reduce((a: number, b: number) => a + b, 0)).toBe(7);
  });

  it("pages through a film's reviews with outlet, critic, verdict, score and rating", async () => {
    const id = await filmId('Paper Lanterns');
    const body = await json(await get(`/api/v1/films/${id}/reviews?limit=5`));
    expect(body.items).toHaveLength(5);
    expect(body.page.total).toBe(7);
    const review = body.items[0];
    expect(review).toHaveProperty('verdict');
    expect(review).toHaveProperty('score');
    expect(review).not.toHaveProperty('sourceName');
    const one = await json(await get(review.links.self));
    expect(one.id).toBe(review.id);
    expect((await get('/api/v1/reviews/99999')).status).toBe(404);
  });
});

describe('critics and outlets', () => {
  for (const kind of ['critics', 'outlets']) {
    it(`lists ${kind}, shows one with its agreement, and its reviews`, async () => {
      const list = await json(await get(`/api/v1/${kind}`));
      expect(list.items.length).toBeGreaterThan(3);
      const first = list.items[0];
      const one = await json(await get(first.links.self));
      expect(one).toMatchObject({ id: first.id, name: first.name });
      expect(one.agreement).toHaveProperty('counted');
      const reviews = await json(await get(first.links.reviews));
      expect(reviews.items.length).toBe(first.reviewCount);
      expect((await get(`/api/v1/${kind}/99999`)).status).toBe(404);
      expect((await get(`/api/v1/${kind}/x/reviews`)).status).toBe(400);
    });
  }
});

describe('GET /api/v1/search', () => {
  it('finds films and critics despite a typo, and words in review text', async () => {
    const film = await json(await get('/api/v1/search?q=papr%20lantern'));
    expect(film.films[0].title).toBe('Paper Lanterns');
    const critic = await json(await get('/api/v1/search?q=carla%20menn'));
    expect(critic.critics[0].name).toBe('Carla Menon');
    const text = await json(await get('/api/v1/search?q=padding'));
    expect(text.reviews[0].snippet).toContain('[[padding]]');
  });

  it('needs a query', async () => {
    const res = await get('/api/v1/search');
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe('invalid-argument');
  });
});

describe('caching and the OpenAPI document', () => {
  it('answers a repeated GET with the same ETag, and 304 when the client has it', async () => {
    const first = await get('/api/v1/films');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^".+"$/);
    expect((await get('/api/v1/films')).headers.get('ETag')).toBe(etag);
    const revalidated = await get('/api/v1/films', { headers: { 'If-None-Match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('documents every API route it serves', async () => {
    const doc = await json(await get('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const served = f.web.routes
      .filter((route) => route.path.startsWith('/api/v1/') && route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path}`);
    expect(served.length).toBeGreaterThan(10);
    for (const route of served) expect(documented, route).toContain(route);
  });
});
