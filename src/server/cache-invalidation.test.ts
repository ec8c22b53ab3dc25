/**
 * The response cache against a real SQLite file written by another connection, as when `plaudit ingest` runs
 * beside `plaudit serve`: the next request after the write shows the new data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config/config.ts';

let f: ServerFixture;
let dir: string;
beforeAll(async () => {
  f = await openServerFixture();
  dir = mkdtempSync(join(tmpdir(), 'plaudit-outside-write-'));
});
afterAll(async () => {
  await f.close();
  rmSync(dir, { recursive: true, force: true });
});

const titles = async () => (await json(await f.web.request('/api/v1/films?limit=100'))).items.map((film: { title: string }) => film.title);

it('a film ingested through another connection appears on the next request, though the list was cached', async () => {
  const before = await titles();
  expect(await titles()).toEqual(before);
  expect(before).not.toContain('The Lighthouse Keeper');

  const file = join(dir, 'keeper.txt');
  writeFileSync(file, 'The Lighthouse Keeper is a patient, beautiful film, and its final scene is unforgettable.\n');
  const outside = await createApp(loadConfig({ flags: { dbPath: f.app.config.dbPath }, env: {} }));
  try {
    const report = await outside.ingest({ paths: [file], filmHint: 'The Lighthouse Keeper' });
    expect(report.totals.added).toBe(1);
  } finally {
    await outside.close();
  }
  await new Promise((resolve) => setImmediate(resolve));
  expect(await titles()).toContain('The Lighthouse Keeper');
});
