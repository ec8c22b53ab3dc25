/**
 * Pages by URL over the API: a token with the ingest scope queues them (202, one job each, a URL already waiting is
 * not queued twice), anyone else is refused, a bad URL queues nothing, and a job's state can be read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../../test/server-fixture.ts';
import { generateApiToken, hashApiToken } from '../auth/api-token.ts';

let f: ServerFixture;
let editOnly: string;

const post = (body: unknown, token = f.token) =>
  f.web.request('/api/v1/urls', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  f = await openServerFixture();
  editOnly = generateApiToken();
  await f.app.store.createApiToken({ name: 'editors', hash: hashApiToken(editOnly), scopes: ['edit'] });
});
afterAll(() => f.close());

describe('POST /api/v1/urls', () => {
  it('queues each page as a job and says no worker runs beside this server', async () => {
    const res = await post({ urls: ['https://reviews.example/her-smell#top', 'https://reviews.example/other'], film: 'Her Smell (2018)' });
    expect(res.status).toBe(202);
    const body = await json(res);
    expect(body.watching).toBe(false);
    expect(body.items).toEqual([
      expect.objectContaining({ kind: 'page', url: 'https://reviews.example/her-smell', status: 'queued', created: true }),
      expect.objectContaining({ url: 'https://reviews.example/other', created: true }),
    ]);
    const again = await json(await post({ urls: ['https://reviews.example/her-smell'] }));
    expect(again.items[0]).toMatchObject({ id: body.items[0].id, created: false });
    const job = await json(await f.web.request(body.items[0].links.self, { headers: { Authorization: `Bearer ${f.token}` } }));
    expect(job).toMatchObject({ id: body.items[0].id, status: 'queued', attempts: 0 });
    expect((await f.app.store.jobs.job(body.items[0].id))?.hints).toEqual({ film: 'Her Smell (2018)' });
  });

  it('refuses a URL that is not http(s), naming it, and queues none of the list', async () => {
    const before = await f.app.store.jobs.counts();
    const res = await post({ urls: ['https://reviews.example/fine', 'file:///etc/passwd'] });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toContain('only http and https');
    expect(await f.app.store.jobs.counts()).toEqual(before);
  });

  it('needs a token with the ingest scope', async () => {
    expect((await f.web.request('/api/v1/urls', { method: 'POST', body: '{"urls":["https://a.example/"]}' })).status).toBe(401);
    expect((await post({ urls: ['https://a.example/'] }, editOnly)).status).toBe(403);
    expect((await f.web.request('/api/v1/jobs/1', { headers: { Authorization: `Bearer ${editOnly}` } })).status).toBe(403);
    expect((await f.web.request('/api/v1/jobs/999999', { headers: { Authorization: `Bearer ${f.token}` } })).status).toBe(404);
  });
});
