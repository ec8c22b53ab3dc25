/**
 * Film profiles for the whole RT export: every film's full profile (scores, histogram, weights, top critics,
 * divisiveness, badge, timeline, aspects, consensus, pull quotes with the honesty check), built from the store the
 * way `plaudit film` builds one: read the film's reviews, then the pure build with the shipped text model. Ingests
 * the export into a temporary SQLite file first (not timed), or reuses the file given.
 *
 *   npx tsx bench/profiles-rt.ts [runs=3] [db file to reuse]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFilmProfile } from '../src/aggregate/film-profile.ts';
import { createApp, loadJudgeModel } from '../src/app.ts';
import { loadConfig } from '../src/config/config.ts';
import { MAPPING_PRESETS } from '../src/ingest/column-mapping.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { sharedPath } from '../test/shared-data.ts';
import { machineLine } from './machine.ts';

const file = sharedPath('data', 'rt-critic-reviews', 'reviews.jsonl.gz');
if (!existsSync(file)) {
  console.error(`${file} not found: this benchmark needs ../shared beside the repository.`);
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 3);
const reuse = process.argv[3];

async function ingestInto(dbPath: string): Promise<void> {
  const app = await createApp(loadConfig({ flags: { dbPath }, env: {} }));
  const report = await app.ingest({ paths: [file], mapping: MAPPING_PRESETS.rt! });
  await app.close();
  if (report.totals.failed > 0) throw new Error(`${report.totals.failed} rows failed`);
}

interface Pass {
  films: number;
  reviews: number;
  readSeconds: number;
  buildSeconds: number;
}

async function buildAll(dbPath: string): Promise<Pass> {
  const store = await openSqliteStore({ path: dbPath });
  const model = loadJudgeModel();
  const films = await store.listFilms();
  let reviews = 0;
  let read = 0;
  let build = 0;
  for (const summary of films) {
    const t0 = performance.now();
    const film = (await store.getFilm(summary.id))!;
    const filmReviews = await store.filmReviews(film.id);
    const t1 = performance.now();
    const profile = buildFilmProfile(film, filmReviews, { model });
    build += performance.now() - t1;
    read += t1 - t0;
    reviews += profile.reviewCount;
  }
  await store.close();
  return { films: films.length, reviews, readSeconds: read / 1000, buildSeconds: build / 1000 };
}

console.log(`machine: ${machineLine()}`);
const dir = reuse ? null : mkdtempSync(join(tmpdir(), 'plaudit-bench-'));
const dbPath = reuse ?? join(dir!, 'rt.db');
try {
  if (!reuse) {
    const t = performance.now();
    await ingestInto(dbPath);
    console.log(`ingested the RT export into ${dbPath} in ${((performance.now() - t) / 1000).toFixed(1)}s (not timed below)`);
  }
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await buildAll(dbPath);
    const seconds = p.readSeconds + p.buildSeconds;
    rates.push(p.films / seconds);
    console.log(
      `run ${i + 1}: ${p.films} films, ${p.reviews} reviews in ${seconds.toFixed(2)}s ` +
        `(store reads ${p.readSeconds.toFixed(2)}s, build ${p.buildSeconds.toFixed(2)}s) = ` +
        `${Math.round(p.films / seconds)} films/s, ${Math.round(p.reviews / seconds)} reviews/s`,
    );
  }
  const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
  console.log(`median: ${Math.round(median)} films/s`);
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
