/**
 * `plaudit backup` and `plaudit restore` as an operator runs them: a backup taken while `plaudit serve` is writing
 * holds the newest review, which at that moment is only in the write-ahead log (a plain copy of the file would
 * miss it); a restore gives the same films and reviews; a file that is not a Plaudit database is refused.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { startLiveServer } from './browser/live-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const live = join(dir, 'live.db');
const backup = join(dir, 'backup.db');

/** Reads a database file's counts with SQLite itself, apart from Plaudit. */
function counts(path: string): { films: number; reviews: number } {
  const db = new Database(path, { readonly: true });
  try {
    const count = (table: string) => Number(db.prepare(`select count(*) from ${table}`).pluck().get());
    return { films: count('films'), reviews: count('reviews') };
  } finally {
    db.close();
  }
}

describe('plaudit backup', () => {
  let before: { films: number; reviews: number };
  beforeAll(async () => {
    expect((await runPlaudit(['--db', live, 'demo'])).code).toBe(0);
    before = counts(live);
  });

  it('copies everything committed while plaudit serve writes, including what is still in the WAL', async () => {
    const { token } = await runPlauditJson<{ token: string }>(['--db', live, 'token', 'create', '--json']);
    const server = await startLiveServer(live);
    try {
      const posted = await fetch(`${server.url}/api/v1/reviews?film=Tidewater`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
        body: 'Tidewater is a tender, funny and beautifully made film about a family that keeps a lighthouse.',
      });
      expect(posted.status).toBe(201);
      const result = await runPlaudit(['--db', live, 'backup', backup]);
      expect(result.code, result.stderr).toBe(0);
      const expected = { films: before.films + 1, reviews: before.reviews + 1 };
      expect(result.stdout).toBe(`Backed up ${live} to ${backup}: ${expected.films} film(s), ${expected.reviews} review(s).\n`);
      expect(counts(backup)).toEqual(expected);
      // The server has not checkpointed: the database file alone, as a file copy would take it, lacks the review.
      copyFileSync(live, join(dir, 'file-copy.db'));
      expect(counts(join(dir, 'file-copy.db'))).toEqual(before);
    } finally {
      await server.stop();
    }
  });

  it('refuses to overwrite a file unless --force', async () => {
    const again = await runPlaudit(['--db', live, 'backup', backup]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`plaudit: ${backup} already exists; add --force to overwrite it\n`);
    expect((await runPlaudit(['--db', live, 'backup', backup, '--force'])).code).toBe(0);
  });
});

describe('plaudit restore', () => {
  const restored = join(dir, 'restored.db');

  it('restores a backup into an empty database with the same films and reviews', async () => {
    const result = await runPlaudit(['--db', restored, 'restore', backup]);
    expect(result.code, result.stderr).toBe(0);
    const { films, reviews } = counts(backup);
    expect(result.stdout).toBe(`Restored ${backup} into ${restored}: ${films} film(s), ${reviews} review(s).\n`);
    const listed = await runPlauditJson<{ reviewCount: number }[]>(['--db', restored, 'films', '--json']);
    expect(listed).toHaveLength(films);
    expect(listed.reduce((sum, film) => sum + film.reviewCount, 0)).toBe(reviews);
  });

  it('refuses to replace a database that holds reviews unless --force', async () => {
    const refused = await runPlaudit(['--db', restored, 'restore', backup]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds \d+ film\(s\) and \d+ review\(s\); add --force/);
    expect((await runPlaudit(['--db', restored, 'restore', backup, '--force'])).code).toBe(0);
  });

  it('refuses a file that is not a Plaudit database and leaves the database as it was', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all\n'.repeat(100));
    const other = join(dir, 'other.db');
    const foreign = new Database(other);
    foreign.exec('create table films (id integer primary key); create table reviews (id integer primary key);');
    foreign.close();
    const before = counts(restored);
    const notSqlite = await runPlaudit(['--db', restored, 'restore', text, '--force']);
    expect(notSqlite.code).toBe(2);
    expect(notSqlite.stderr).toBe(`plaudit: ${text} is not a Plaudit database (it is not an SQLite file)\n`);
    const otherProgram = await runPlaudit(['--db', restored, 'restore', other, '--force']);
    expect(otherProgram.code).toBe(2);
    expect(otherProgram.stderr).toBe(`plaudit: ${other} is not a Plaudit database (it holds another program's data)\n`);
    expect(counts(restored)).toEqual(before);
    // The staged copies beside the database are gone.
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
