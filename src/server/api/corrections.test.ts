/**
 * Review corrections, the audit log and undo over the API: each route needs a token, whose name is the actor;
 * set, move, remove and restore change what the film's figures and review list say; bad input is refused with
 * the use case's words and changes nothing; the log lists the entries and undo reverses one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';

let f: ServerFixture;
const ids: number[] = [];

async function call(method: string, path: string, body?: object, token: string | null = f.token) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const res = await f.web.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const answer = { status: res.status, body: await json(res) };
  // The response cache reads the data version once per turn of the event loop; a real client's next request is a later turn.
  if (method !== 'GET') await new Promise((resolve) => setImmediate(resolve));
  return answer;
}

const filmOf = async (name: string) => (await call('GET', `/api/v1/films/${encodeURIComponent(name)}`)).body;
const reviewsOf = async (name: string) => (await call('GET', `/api/v1/films/${encodeURIComponent(name)}/reviews`)).body.items as { id: number }[];

beforeAll(async () => {
  f = await openServerFixture();
  const posts = [
    { text: 'A tender, funny and beautifully acted film. I loved every minute of it.', film: 'Tidewater (2020)', critic: 'Ada Quill' },
    { text: 'A dull, lifeless slog with a lazy script and wooden acting.', film: 'Tidewater (2020)', critic: 'Mallory Eve' },
    { text: 'A warm and witty film with a wonderful cast; highly recommended.', film: 'Night Tide (2018)', critic: 'Ona Pell' },
  ];
  for (const body of posts) {
    const res = await call('POST', '/api/v1/reviews', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.push(res.body.review.id);
  }
});
afterAll(() => f.close());

describe('the correction routes', () => {
  it('need a token', async () => {
    expect((await call('POST', `/api/v1/reviews/${ids[0]}/set`, { verdict: 'negative' }, null)).status).toBe(401);
    expect((await call('GET', '/api/v1/log', undefined, null)).status).toBe(401);
    expect((await call('POST', '/api/v1/undo/1', undefined, null)).status).toBe(401);
  });

  it('set a verdict and score that the film counts, with the token as actor', async () => {
    const before = await filmOf('Tidewater (2020)');
    const res = await call('POST', `/api/v1/reviews/${ids[0]}/set`, { verdict: 'negative', score: 15, note: 'sarcasm' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.review).toMatchObject({ verdict: 'negative', score: 15, verdictSource: 'editor', correction: { note: 'sarcasm', actor: 'token:tests' } });
    expect((await filmOf('Tidewater (2020)')).positiveCount).toBe(before.positiveCount - 1);
  });

  it('refuse bad input with a clear error and change nothing', async () => {
    const log = (await call('GET', '/api/v1/log')).body.items;
    const bad: [string, object, number, RegExp][] = [
      [`/api/v1/reviews/99999/set`, { verdict: 'positive' }, 404, /no review has id 99999/],
      [`/api/v1/reviews/${ids[1]}/set`, { score: 150 }, 400, /score must be a whole number from 0 to 100/],
      [`/api/v1/reviews/${ids[1]}/set`, { note: 'only a note' }, 400, /nothing to change/],
      [`/api/v1/reviews/${ids[1]}/move`, { film: 'No Such Film (1901)' }, 404, /No film matches/],
      [`/api/v1/reviews/${ids[1]}/move`, { film: 'Tidewater (2020)' }, 400, /already on film/],
    ];
    for (const [path, body, status, message] of bad) {
      const res = await call('POST', path, body);
      expect(res.status, path).toBe(status);
      expect(JSON.stringify(res.body)).toMatch(message);
    }
    expect((await call('GET', '/api/v1/log')).body.items).toEqual(log);
  });

  it('move, remove and restore a review', async () => {
    const moved = await call('POST', `/api/v1/reviews/${ids[1]}/move`, { film: 'Night Tide (2018)', note: 'wrong film' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await reviewsOf('Night Tide (2018)')).map((r) => r.id)).toContain(ids[1]);
    expect((await call('POST', `/api/v1/reviews/${ids[2]}/remove`, { reason: 'spam' })).status).toBe(200);
    expect((await reviewsOf('Night Tide (2018)')).map((r) => r.id)).not.toContain(ids[2]);
    const one = await call('GET', `/api/v1/reviews/${ids[2]}`);
    expect(one.body.correction).toMatchObject({ removed: true, removedReason: 'spam' });
    expect((await call('POST', `/api/v1/reviews/${ids[2]}/restore`, {})).status).toBe(200);
    expect((await reviewsOf('Night Tide (2018)')).map((r) => r.id)).toContain(ids[2]);
  });

  it('list the log newest first, by film, and undo an entry once', async () => {
    const all = (await call('GET', '/api/v1/log')).body.items as { id: number; action: string; actor: string }[];
    expect(all.map((e) => e.action)).toEqual(['review.restore', 'review.remove', 'review.move', 'review.set']);
    expect(all.every((e) => e.actor === 'token:tests')).toBe(true);
    const tidewater = (await call('GET', `/api/v1/log?film=${encodeURIComponent('Tidewater (2020)')}`)).body.items;
    // The move of a review away from Tidewater is in its log too, though filed under the film it went to.
    expect(tidewater.map((e: { action: string }) => e.action)).toEqual(['review.move', 'review.set']);
    const set = all.at(-1)!;
    const undone = await call('POST', `/api/v1/undo/${set.id}`);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect((await call('GET', `/api/v1/reviews/${ids[0]}`)).body).toMatchObject({ verdict: 'positive', correction: null });
    const again = await call('POST', `/api/v1/undo/${set.id}`);
    expect(again.status).toBe(400);
    expect(JSON.stringify(again.body)).toMatch(/already undone/);
  });
});
