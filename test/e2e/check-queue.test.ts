/**
 * `plaudit queue` as an editor runs it (issue 15): short reviews of two films ingested with --film, then the queue
 * across the store as JSON and for one film as text. It lists only the text-judged reviews, most doubtful first
 * where a flip moves a film as much, each with the command that corrects it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-queue-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});
const db = testDatabase(dir);

const lantern = [
  'A luminous, tender film about grief. The performances are superb and the final act is quietly devastating.',
  'Beautifully shot and wonderfully acted, this is one of the best dramas of the year.',
  'A dull, plodding mess. The script has nothing to say and says it slowly.',
  'It has moments of grace, though the middle stretch drags and the ending feels unearned.',
  'Gorgeous photography and a brilliant lead performance make this a moving experience.',
  'Rating: 4/5. A confident, humane drama that earns every one of its tears.',
];
const harbour = [
  'A tedious, lifeless thriller with no suspense and a plot full of holes.',
  'Not quite what it wants to be, but the cast is likeable enough.',
];

function writeReviews(folder: string, texts: readonly string[]): string {
  const path = join(dir, folder);
  mkdirSync(path);
  texts.forEach((text, i) => writeFileSync(join(path, `review-${i + 1}.txt`), `${text}\n\nBy Critic ${folder} ${i + 1}\n`));
  return path;
}

interface QueueJson {
  version: string;
  total: number;
  items: {
    reviewId: number; film: { id: number; title: string | null }; place: number; verdict: string; confidence: number; benefit: number;
    command: string; opening: string; reasons: string[];
  }[];
}

describe('plaudit queue', () => {
  beforeAll(async () => {
    for (const [folder, texts, film] of [['lantern', lantern, 'The Lantern (2024)'], ['harbour', harbour, 'Harbour Lights (2023)']] as const) {
      const result = await runPlaudit(['--db', db, 'ingest', writeReviews(folder, texts), '--film', film, '--no-progress']);
      expect(result.code, result.stderr).toBe(0);
    }
  }, 60_000);

  it('lists the text-judged reviews of every film as JSON, best look first, with the command that corrects each', async () => {
    const queue = await runPlauditJson<QueueJson>(['--db', db, 'queue', '--json', '--limit', '0']);
    expect(queue.version).toMatch(/^check-queue-/);
    // The rated review of The Lantern is not the text model's verdict, so it is not in the queue.
    expect(queue.total).toBe(lantern.length - 1 + harbour.length);
    expect(queue.items.map((item) => item.opening).join('\n')).not.toContain('confident, humane');
    // The best look of all comes first, and each film's own queue keeps its order within the merged list.
    expect(queue.items[0]!.benefit).toBe(Math.max(...queue.items.map((item) => item.benefit)));
    for (const film of new Set(queue.items.map((item) => item.film.id))) {
      const places = queue.items.filter((item) => item.film.id === film).map((item) => item.place);
      expect(places).toEqual(places.map((_, i) => i + 1));
    }
    for (const item of queue.items) {
      const opposite = item.verdict === 'positive' ? 'negative' : 'positive';
      expect(item.command).toBe(`plaudit review set ${item.reviewId} --verdict ${opposite}`);
      expect(item.reasons[0]).toMatch(/^flipping it to (positive|negative) would move the film from \d+% to \d+% positive$/);
    }
  }, 60_000);

  it('lists one film\'s queue as text with --film', async () => {
    const result = await runPlaudit(['--db', db, 'queue', '--film', 'Harbour Lights']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Harbour Lights (2023)');
    expect(result.stdout).not.toContain('The Lantern');
    expect(result.stdout).toContain('"A tedious, lifeless thriller with no suspense and a plot full of…"');
    expect(result.stdout).toMatch(/plaudit review set \d+ --verdict (positive|negative)/);
    expect(result.stdout.match(/^#\d+ /gm)).toHaveLength(harbour.length);
  }, 60_000);

  it('refuses a film name that matches no film, saying so', async () => {
    const result = await runPlaudit(['--db', db, 'queue', '--film', 'No Such Film']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/no film/i);
  }, 60_000);
});
