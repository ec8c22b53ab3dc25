/**
 * POST /api/v1/reviews and who may change what: a token extends only the reviews it added itself. Another token
 * posting a known URL gets a new review with a `conflict` naming the one it could not touch, which stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';
import { generateApiToken, hashApiToken } from '../auth/api-token.ts';

let f: ServerFixture;
let other: string;
beforeAll(async () => {
  f = await openServerFixture();
  other = generateApiToken();
  await f.app.store.createApiToken({ name: 'someone else', hash: hashApiToken(other) });
});
afterAll(() => f.close());

const URL_U = 'https://reviews.example.org/tidewater';

async function post(token: string, body: object) {
  const res = await f.web.request('/api/v1/reviews', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await json(res) };
}

describe('POST /api/v1/reviews with a URL another token added', () => {
  it('keeps the first review and adds a new one with a conflict; the first token can still update its own', async () => {
    const first = await post(f.token, { text: 'A tender, funny and beautifully made film.', film: 'Tidewater', critic: 'Ada Quill', url: URL_U });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('added');
    expect(first.body.conflict).toBeUndefined();
    const original = first.body.review;

    const hijack = await post(other, { text: 'A dull, lifeless mess.', film: 'Night Tide', critic: 'Mallory Eve', url: URL_U });
    expect(hijack.status).toBe(201);
    expect(hijack.body.status).toBe('added');
    expect(hijack.body.review.id).not.toBe(original.id);
    expect(hijack.body.film.title).toBe('Night Tide');
    expect(hijack.body.conflict).toMatchObject({ reviewId: original.id, filmId: original.filmId, reason: expect.any(String) });

    const kept = await json(await f.web.request(`/api/v1/reviews/${original.id}`));
    expect(kept).toMatchObject({ id: original.id, filmId: original.filmId, version: original.version, text: original.text, critic: { name: 'Ada Quill' } });

    const update = await post(f.token, { text: 'A tender, funny and beautifully made film; the ending soars.', film: 'Tidewater', critic: 'Ada Quill', url: URL_U });
    expect(update.status).toBe(201);
    expect(update.body.status).toBe('new-version');
    expect(update.body.review).toMatchObject({ id: original.id, filmId: original.filmId, version: original.version + 1 });
    expect(update.body.conflict).toBeUndefined();
  });
});
