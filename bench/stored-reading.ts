/**
 * The verdicts and scores Plaudit stores, measured end to end: the RT quotes of one split are written as a JSONL
 * export with no label and no rating (text, film key, critic, outlet), ingested into a fresh SQLite file through the
 * real app (clean, extract, judge, store, and the store's reading of each film's text-judged reviews beside one
 * another), and the stored verdict and score of each review are compared with the label and normalised rating the
 * export left out. Prints the ingest rate with that reading on, too.
 *
 *   npx tsx bench/stored-reading.ts [--test]
 *
 * The dev split by default (the one to develop on); --test consults the untouched test split.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, DEFAULT_MODEL_FILE } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { parseRating } from '../src/extract/normalise-rating.ts';
import { decodeModel } from '../src/judge/model/model-file.ts';
import { movieSplit } from '../src/judge/train/corpora.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const splitName = process.argv.includes('--test') ? 'test' : 'dev';
const seed = Number(decodeModel(readFileSync(DEFAULT_MODEL_FILE)).training['seed']);
const rows = loadCorpora(sharedPath('data'), null).rt.filter((r) => movieSplit(r.movie, seed) === splitName && r.text !== '');
const urlOf = (i: number) => `https://bench.invalid/rt/${i}`;

console.log(`machine: ${machineLine()}`);
const dir = mkdtempSync(join(tmpdir(), 'plaudit-stored-'));
try {
  const file = join(dir, 'quotes.jsonl');
  // What a site without verdicts would export: no fresh/rotten, no rating.
  writeFileSync(file, rows.map((r, i) => JSON.stringify({ text: r.text, film_key: r.movie, critic: r.critic, outlet: r.outlet, url: urlOf(i) })).join('\n'));
  const app = await createApp(loadConfig({ flags: { dbPath: join(dir, 'b.db') }, env: {} }));
  const started = performance.now();
  const report = await app.ingest({ paths: [file] });
  const seconds = (performance.now() - started) / 1000;
  const stored = new Map<string, { verdict: string; score: number; pooled: boolean }>();
  for await (const review of app.store.allReviews()) stored.set(review.sourceKey, { verdict: review.verdict, score: review.score, pooled: review.readInContext !== null });
  await app.close();
  if (report.totals.failed > 0) throw new Error(`${report.totals.failed} rows failed`);

  let right = 0;
  let pooled = 0;
  const errors: number[] = [];
  rows.forEach((row, i) => {
    const review = stored.get(urlOf(i));
    if (!review) throw new Error(`row ${i} was not stored`);
    if ((review.verdict === 'positive') === row.fresh) right++;
    if (review.pooled) pooled++;
    const rating = row.rating ? parseRating(row.rating) : null;
    if (rating) errors.push(Math.abs(review.score - rating.score));
  });
  const films = new Set(rows.map((r) => r.movie)).size;
  console.log(`RT ${splitName} split: ${rows.length} quotes of ${films} movies ingested with no label or rating in ${seconds.toFixed(2)}s = ${Math.round(rows.length / seconds)} reviews/s`);
  console.log(`read beside their film's other reviews: ${pooled} of ${rows.length}`);
  console.log(`stored verdict vs fresh/rotten: ${((100 * right) / rows.length).toFixed(2)}%`);
  console.log(`stored score vs the normalised rating, MAE: ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(2)} points on ${errors.length} rated quotes (target <= 12)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
