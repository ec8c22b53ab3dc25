/**
 * `plaudit demo`: the first thing a new user runs. Ingests the example reviews shipped in examples/ into the
 * database (embedded SQLite, ./plaudit.db unless --db says otherwise) and shows the best-covered film's profile.
 */
import { databaseLabel } from '../../store/postgres/database-url.ts';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filmReport } from '../../use-cases/film-report.ts';
import { EXIT } from '../exit-codes.ts';
import { filmReportDeps } from '../film-report-deps.ts';
import { formatProfile, formatReview } from '../format/film-text.ts';
import { formatIngestSummary } from '../format/ingest-summary.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';

export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

export async function demoCommand(io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const started = performance.now();
    const examples = relative(io.cwd, EXAMPLES_DIR) || '.';
    const report = await app.ingest({ paths: [examples] });
    writeLine(io.stdout, formatIngestSummary(report, (performance.now() - started) / 1000));
    const films = await app.store.listFilms();
    const top = films.slice().sort((a, b) => b.reviewCount - a.reviewCount)[0];
    if (!top) return EXIT.someFailed;
    writeLine(io.stdout);
    const { reviews, profile } = await filmReport(filmReportDeps(app), top);
    writeLine(io.stdout, formatProfile(profile));
    writeLine(io.stdout);
    for (const review of reviews) writeLine(io.stdout, formatReview(review));
    writeLine(io.stdout);
    writeLine(io.stdout, `Stored in ${databaseLabel(app.config.dbPath)}. Next: \`plaudit films\`, \`plaudit film "TITLE"\`, \`plaudit ingest PATH\`.`);
    return report.totals.failed > 0 ? EXIT.someFailed : EXIT.ok;
  });
}
