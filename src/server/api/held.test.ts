/**
 * The held list over HTTP: a posted page that is not a film review is answered 202 with the hold and is not
 * counted; the held routes need a token; a release stores it under the film named; the editors' page lists it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';

const NEWS = `<html><head><title>Ceasefire talks collapse as fighting spreads</title></head><body><article>
<h1>Ceasefire talks collapse as fighting spreads</h1>
<p>Talks between the army and the paramilitary forces collapsed on Tuesday, officials said, as fighting spread to the capital. The government said the election would be postponed, and the foreign minister called for calm.</p>
<p>Police reported that thousands had fled. Officials said aid convoys were blocked at the border for a third day, and the United Nations warned that food would run out within weeks.</p>
</article></body></html>`;

let f: ServerFixture;
let heldId: number;
const auth = () => ({ Authorization: `Bearer ${f.token}` });

beforeAll(async () => {
  f = await openServerFixture();
});
afterAll(() => f.close());

describe('the held list over the API', () => {
  it('answers 202 with the hold for a page that is not a film review, and stores no review', async () => {
    const before = (await f.app.store.counts()).reviews;
    const res = await f.web.request('/api/v1/reviews', { method: 'POST', headers: { ...auth(), 'Content-Type': 'text/html' }, body: NEWS });
    expect(res.status).toBe(202);
    const body = await json(res);
    expect(body).toMatchObject({ status: 'held', held: { code: 'not-a-film-review', reason: expect.stringMatching(/^not a film review: /) } });
    expect(res.headers.get('Location')).toBe(`/api/v1/held/${body.held.id}`);
    heldId = body.held.id;
    expect((await f.app.store.counts()).reviews).toBe(before);
  });

  it('needs a token to list or read held documents', async () => {
    expect((await f.web.request('/api/v1/held')).status).toBe(401);
    expect((await f.web.request(`/api/v1/held/${heldId}`)).status).toBe(401);
    expect((await f.web.request(`/api/v1/held/${heldId}/dismiss`, { method: 'POST' })).status).toBe(401);
  });

  it('lists it, and gives the whole document to a token holder', async () => {
    const list = await json(await f.web.request('/api/v1/held', { headers: auth() }));
    expect(list.items.map((item: { id: number }) => item.id)).toContain(heldId);
    const one = await json(await f.web.request(`/api/v1/held/${heldId}`, { headers: auth() }));
    expect(one).toMatchObject({ id: heldId, status: 'held', format: 'html', document: { content: NEWS } });
  });

  it('shows it on the editors\' page by its source and reason, without its text', async () => {
    const page = await (await f.web.request('/held')).text();
    expect(page).toContain(`#${heldId}`);
    expect(page).toContain('Not a film review');
    expect(page).not.toContain('aid convoys');
  });

  it('releases it under the film named, once', async () => {
    const res = await f.web.request(`/api/v1/held/${heldId}/release`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Ceasefire (2024)' }),
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    const film = await f.app.store.getFilm(body.filmId);
    expect(film).toMatchObject({ title: 'Ceasefire', year: 2024 });
    const again = await f.web.request(`/api/v1/held/${heldId}/release`, { method: 'POST', headers: auth() });
    expect(again.status).toBe(400);
    expect((await json(again)).error.message).toMatch(/already released/);
  });

  it('answers 404 for a held document that does not exist, and 400 for a bad body', async () => {
    expect((await f.web.request('/api/v1/held/99999/dismiss', { method: 'POST', headers: auth() })).status).toBe(404);
    const bad = await f.web.request(`/api/v1/held/${heldId}/release`, { method: 'POST', headers: auth(), body: '{"film": 3}' });
    expect(bad.status).toBe(400);
  });
});
