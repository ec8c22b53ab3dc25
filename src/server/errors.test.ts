/**
 * The error edge keeps internals in the log: a real store failure (a table gone under the running server) and a
 * real internal failure (the document processor cannot load its model) answer fixed messages, with the store's
 * and the processor's own words only in the log.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';

let f: ServerFixture;
beforeAll(async () => {
  f = await openServerFixture({ processor: { modelFile: '/nonexistent/plaudit-test/judge.model' } });
});
afterAll(() => f.close());

function renameTable(from: string, to: string): void {
  const db = new Database(f.app.config.dbPath);
  try {
    db.exec(`ALTER TABLE ${from} RENAME TO ${to}`);
  } finally {
    db.close();
  }
}

describe('the error edge', () => {
  it("answers a store failure with a fixed message and logs the store's own", async () => {
    renameTable('films', 'films_moved');
    try {
      const api = await f.web.request('/api/v1/films');
      expect(api.status).toBe(503);
      const body = await json(api);
      expect(body.error).toEqual({ code: 'store-failed', message: expect.stringMatching(/store is unavailable.*try again/i) });
      const page = await f.web.request('/films');
      expect(page.status).toBe(503);
      const html = await page.text();
      expect(html).toMatch(/store is unavailable/i);
      for (const text of [JSON.stringify(body), html]) expect(text).not.toMatch(/no such table|films_moved|sqlite|select /i);
      expect(f.logs.join('\n')).toMatch(/store-failed: .*no such table/);
    } finally {
      renameTable('films_moved', 'films');
    }
    expect((await f.web.request('/api/v1/films')).status).toBe(200);
  });

  it('answers an internal failure with a fixed message and logs the detail', async () => {
    const res = await f.web.request('/api/v1/reviews?film=Tidewater', {
      method: 'POST',
      headers: { Authorization: `Bearer ${f.token}`, 'Content-Type': 'text/plain' },
      body: 'A tender, funny and beautifully made film.',
    });
    expect(res.status).toBe(500);
    const body = await json(res);
    expect(body.error).toEqual({ code: 'internal', message: 'Something went wrong on our side; the error has been logged.' });
    expect(f.logs.join('\n')).toMatch(/internal: The document processor could not start: .*\/nonexistent\/plaudit-test\/judge\.model/);
  });
});
