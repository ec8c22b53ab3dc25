/**
 * The editorial routes over HTTP (edits.ts) on the example reviews: each needs a token, whose name the audit log
 * records as the actor; a merge answers 308 from the merged film's API address to the kept film's; an edit
 * refusing a malformed IMDb id changes nothing; a blocked outlet's reviews leave their film's count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';

let f: ServerFixture;
const post = (path: string, body: unknown, token: string | null = f.token) =>
  f.web.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  f = await openServerFixture();
});
afterAll(() => f.close());

describe('the editorial API', () => {
  it('needs a token for every editorial route', async () => {
    const [film] = await f.app.store.listFilms();
    for (const path of [`/api/v1/films/${film!.id}/merge`, `/api/v1/films/${film!.id}/edit`, '/api/v1/critics/1/top', '/api/v1/outlets/1/block']) {
      expect((await post(path, {}, null)).status, path).toBe(401);
    }
  });

  it('merges one film into another, and the merged film answers 308 to the kept one', async () => {
    const [from, into] = await f.app.store.listFilms();
    const res = await post(`/api/v1/films/${from!.id}/merge`, { into: into!.id, note: 'duplicate' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await json(res)).toMatchObject({ fromFilmId: from!.id, intoFilmId: into!.id, movedReviews: from!.reviewCount });
    const moved = await f.web.request(`/api/v1/films/${from!.id}`);
    expect(moved.status).toBe(308);
    expect(moved.headers.get('Location')).toBe(`/api/v1/films/${into!.id}`);
    const kept = await json(await f.web.request(`/api/v1/films/${into!.id}`));
    expect(kept.reviewCount).toBe(into!.reviewCount + from!.reviewCount);
    expect((await f.app.store.auditEntry(1))?.actor).toBe('token:tests');
    // Into itself, now that the old film names the kept one: refused.
    expect((await post(`/api/v1/films/${from!.id}/merge`, { into: into!.id })).status).toBe(308);
    expect((await post(`/api/v1/films/${into!.id}/merge`, { into: String(from!.id) })).status).toBe(400);
  });

  it('refuses a malformed IMDb id and changes nothing', async () => {
    const films = await f.app.store.listFilms();
    const res = await post(`/api/v1/films/${films[0]!.id}/edit`, { imdb: 'tt12' });
    expect(res.status).toBe(400);
    expect(await f.app.store.listFilms()).toEqual(films);
  });

  it('blocks an outlet: its reviews leave the film counts until unblocked', async () => {
    const [outlet] = await f.app.store.listNames('outlet');
    const before = (await f.app.store.listFilms()).reduce((sum, film) => sum + film.reviewCount, 0);
    expect((await post(`/api/v1/outlets/${outlet!.id}/block`, { reason: 'test' })).status).toBe(200);
    const during = (await f.app.store.listFilms()).reduce((sum, film) => sum + film.reviewCount, 0);
    expect(during).toBe(before - outlet!.reviewCount);
    expect((await post(`/api/v1/outlets/${outlet!.id}/block`, { block: false })).status).toBe(200);
    expect((await f.app.store.listFilms()).reduce((sum, film) => sum + film.reviewCount, 0)).toBe(before);
  });

  it('marks a critic a top critic', async () => {
    const [critic] = await f.app.store.listNames('critic');
    const res = await post(`/api/v1/critics/${critic!.id}/top`, {});
    expect(await json(res)).toMatchObject({ id: critic!.id, auditId: expect.any(Number) });
    const reviews = await f.app.store.webReviews({ criticId: critic!.id });
    expect(reviews.every((review) => review.topCritic)).toBe(true);
  });
});
