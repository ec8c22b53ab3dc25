/**
 * Kills an ingest mid-run with SIGKILL and checks that what was committed is intact (whole batches only, the
 * database consistent) and that re-running the same ingest completes it without duplicating anything.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { runPlauditJson, startPlaudit } from '../run-plaudit.ts';

const ROWS = 40_000;
const BATCH = 500;
const dir = mkdtempSync(join(tmpdir(), 'plaudit-kill-'));
const db = join(dir, 'plaudit.db');
const exportFile = join(dir, 'reviews.jsonl');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeExport(): void {
  const words = ['gripping', 'tedious', 'moving', 'clumsy', 'luminous', 'flat', 'witty', 'overlong'];
  const lines: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const review = `Film ${i % 300} is ${words[i % words.length]} and ${words[(i * 7) % words.length]}, review ${i}.`;
    lines.push(JSON.stringify({ film_key: `f${i % 300}`, critic: `Critic ${i % 997}`, outlet: `Outlet ${i % 53}`, review }));
  }
  writeFileSync(exportFile, `${lines.join('\n')}\n`);
}

function reviewCount(): number {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('select count(*) as n from reviews').get() as { n: number }).n;
  } catch {
    return 0; // the schema may not exist yet
  } finally {
    conn.close();
  }
}

describe('an ingest killed mid-batch', () => {
  it('leaves whole batches only, and a re-run completes it with the same ids', async () => {
    writeExport();
    const child = startPlaudit(['--db', db, 'ingest', exportFile, '--batch-size', String(BATCH), '--no-progress']);
    const exited = new Promise((resolve) => child.on('close', resolve));
    let committed = 0;
    for (let i = 0; i < 600 && committed === 0; i++) {
      await sleep(50);
      try {
        committed = reviewCount();
      } catch {
        committed = 0;
      }
    }
    child.kill('SIGKILL');
    await exited;
    expect(committed, 'the ingest committed nothing before the deadline').toBeGreaterThan(0);

    const conn = new Database(db);
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    conn.close();
    const store = await openSqliteStore({ path: db });
    const before = await store.counts();
    const idsBefore = new Map<string, number>();
    for await (const review of store.allReviews()) idsBefore.set(review.sourceKey, review.id);
    await store.close();
    expect(before.reviews, 'the kill came after the whole run').toBeLessThan(ROWS);
    expect(before.reviews % BATCH, 'a partial batch was committed').toBe(0);
    expect(before.reviewVersions).toBe(before.reviews);
    expect(before.documents).toBe(before.reviews);

    const rerun = await runPlauditJson<{ totals: Record<string, number> }>(['--db', db, 'ingest', exportFile, '--json']);
    expect(rerun.totals).toMatchObject({ documents: ROWS, added: ROWS - before.reviews, unchanged: before.reviews, failed: 0 });
    const after = await openSqliteStore({ path: db });
    expect((await after.counts()).reviews).toBe(ROWS);
    for await (const review of after.allReviews()) {
      if (idsBefore.has(review.sourceKey)) expect(review.id).toBe(idsBefore.get(review.sourceKey));
    }
    await after.close();
  }, 180_000);
});
