/**
 * `plaudit export --format json|csv`: every film's profile, merged credits (with their evidence) and reviews
 * (JSON), or one row per review (CSV). Both read back with `plaudit ingest` (ingest/plaudit-export.ts): each review
 * carries its film, its identity (`source_key`) and its judgement (verdict, probability, score, how each was
 * reached, the judge's version, and for a review read in context what it said alone), written in full precision.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { App } from '../../app.ts';
import { PlauditError } from '../../domain/errors.ts';
import type { StoredReview } from '../../domain/film.ts';
import { exportedFilm } from '../../use-cases/export-films.ts';
import { EXIT } from '../exit-codes.ts';
import { filmReportDeps } from '../film-report-deps.ts';
import { csvRow } from '../format/csv.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, withConfiguredApp, type GlobalOptions } from '../open-app.ts';
import { openJobBoardFor } from '../../app.ts';
import type { JobBoard } from '../../workers/job-board.ts';
import { queueExport, writeExportParts } from '../../workers/export-jobs.ts';

export interface ExportOptions {
  format: string;
  out?: string;
  /** JSON on PostgreSQL: the films' reports are built by `plaudit worker` processes, in parts (workers/export-jobs.ts). */
  queue?: boolean;
}

export const CSV_COLUMNS = [
  'film_key', 'film_title', 'film_year', 'review_id', 'version', 'critic', 'outlet', 'published_at', 'rating',
  'rating_score', 'verdict', 'probability', 'score', 'verdict_source', 'score_source', 'judge_version', 'top_critic',
  'url', 'source', 'source_key', 'first_sentence', 'headline', 'text', 'duplicate_of',
  // Set when the verdict and score come from reading the text beside the film's other text-judged reviews.
  'read_in_context_of', 'alone_verdict', 'alone_probability', 'alone_score',
] as const;

export async function exportCommand(options: ExportOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  if (options.format !== 'json' && options.format !== 'csv') {
    throw new PlauditError('invalid-argument', `--format must be json or csv, not "${options.format}".`);
  }
  if (options.queue && options.format !== 'json') {
    throw new PlauditError('invalid-argument', '--queue splits a JSON export into jobs; a CSV export streams its rows straight from the database, so run it without --queue.');
  }
  const config = loadCliConfig(io, global);
  // Opened before the output file, so a wrong database leaves no empty file behind.
  const board = options.queue ? await openJobBoardFor(config) : null;
  const out: Writable = options.out ? createWriteStream(options.out) : io.stdout;
  const count = await withConfiguredApp(config, (app) =>
    board !== null ? exportJsonByWorkers(app, out, board, io) : options.format === 'json' ? exportJson(app, out) : exportCsv(app, out),
  ).finally(() => board?.close());
  if (options.out) {
    out.end();
    await finished(out);
    writeLine(io.stderr, `Exported ${count} review(s) to ${options.out}.`);
  }
  return EXIT.ok;
}

/** Streams film by film so a large store never sits in memory as one string. */
async function exportJson(app: App, out: Writable): Promise<number> {
  let count = 0;
  const films = await app.store.listFilms();
  const deps = filmReportDeps(app);
  out.write('{"films":[');
  for (const [i, film] of films.entries()) {
    const { json, reviews } = await exportedFilm(deps, film);
    count += reviews;
    await write(out, `${i > 0 ? ',' : ''}\n${json}`);
  }
  out.write('\n]}\n');
  return count;
}

/** The same file as exportJson, its films' entries built by workers in parts (workers/export-jobs.ts). */
async function exportJsonByWorkers(app: App, out: Writable, board: JobBoard, io: CliIo): Promise<number> {
  const films = await app.store.listFilms();
  const ids = await queueExport(board, films);
  writeLine(io.stderr, `Queued ${films.length} film(s) in ${ids.length} export job(s) on ${board.where}; waiting for workers (\`plaudit worker\`)…`);
  out.write('{"films":[');
  const count = await writeExportParts(board, ids, (chunk) => write(out, chunk));
  out.write('\n]}\n');
  return count;
}

async function exportCsv(app: App, out: Writable): Promise<number> {
  const films = new Map((await app.store.listFilms()).map((f) => [f.id, f]));
  out.write(`${CSV_COLUMNS.join(',')}\n`);
  let count = 0;
  for await (const review of app.store.allReviews()) {
    const film = films.get(review.filmId);
    await write(out, `${csvRow(reviewRow(review, film))}\n`);
    count++;
  }
  return count;
}

/** Probabilities in full (String gives the shortest text that reads back as the same number), so they read back. */
function reviewRow(r: StoredReview, film: { key: string; title: string | null; year: number | null } | undefined) {
  const alone = r.readInContext?.alone;
  return [
    film?.key, film?.title, film?.year, r.id, r.version, r.critic, r.outlet, r.publishedAt, r.ratingRaw, r.ratingScore,
    r.verdict, r.probability, r.score, r.verdictSource, r.scoreSource, r.stageVersions['judge'], r.topCritic, r.url,
    r.sourceName, r.sourceKey, r.firstSentence, r.headline, r.text, r.duplicateOf,
    r.readInContext?.reviews, alone?.verdict, alone?.probability, alone?.score,
  ];
}

/** Respects back-pressure: waits for 'drain' when the stream's buffer is full. */
function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}
