/**
 * A large JSON export split into jobs: the films are cut into parts of EXPORT_PART_FILMS, each part is a job any
 * worker builds (the profiles, credits and reviews: the slow part of an export), and the sender writes the parts out
 * in order as they finish. The parts travel back as the jobs' output in the database, so workers on other machines
 * need no shared disk. The file is the same as a one-process `plaudit export --format json` writes.
 */
import type { FilmSummary } from '../domain/film.ts';
import { exportedFilm } from '../use-cases/export-films.ts';
import type { FilmReportDeps } from '../use-cases/film-report.ts';
import type { ReviewStore } from '../store/port.ts';
import { DEFAULT_JOB_LIMITS, QUEUES, type JobBoard } from './job-board.ts';

/** Films per export job: a few seconds of a worker's time, and an output of a few megabytes. */
export const EXPORT_PART_FILMS = 200;

/** The films by id: a job's data is stored as jsonb, which reorders an object's keys, so the worker reads them itself. */
export interface ExportPartJob {
  filmIds: number[];
}

export interface ExportPart {
  /** The part's films as the JSON export writes them, one per line, comma-separated. */
  json: string;
  films: number;
  reviews: number;
}

export async function queueExport(board: JobBoard, films: readonly FilmSummary[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < films.length; start += EXPORT_PART_FILMS) {
    const job: ExportPartJob = { filmIds: films.slice(start, start + EXPORT_PART_FILMS).map((film) => film.id) };
    const id = await board.boss.send(QUEUES.export, job, {
      expireInSeconds: DEFAULT_JOB_LIMITS.timeoutSeconds,
      retryLimit: DEFAULT_JOB_LIMITS.retries,
      retryBackoff: true,
    });
    if (id === null) throw new Error('the job board refused an export part');
    ids.push(id);
  }
  return ids;
}

export async function runExportPart(job: ExportPartJob, deps: FilmReportDeps, films: Pick<ReviewStore, 'lookUpFilms'>): Promise<ExportPart> {
  const entries: string[] = [];
  let reviews = 0;
  for (const id of job.filmIds) {
    // A film merged away since the export was queued is left out, as a one-process export started now would.
    const [film] = await films.lookUpFilms({ by: 'id', id });
    if (film === undefined) continue;
    const entry = await exportedFilm(deps, film);
    entries.push(entry.json);
    reviews += entry.reviews;
  }
  return { json: entries.join(',\n'), films: entries.length, reviews };
}

/** Writes the parts in order as each finishes; returns how many reviews they held. */
export async function writeExportParts(board: JobBoard, ids: readonly string[], write: (chunk: string) => Promise<void>): Promise<number> {
  let reviews = 0;
  for (const [i, id] of ids.entries()) {
    const part = await board.result<ExportPart>(QUEUES.export, id);
    if (part.films > 0) await write(`${i > 0 ? ',' : ''}\n${part.json}`);
    reviews += part.reviews;
  }
  return reviews;
}
