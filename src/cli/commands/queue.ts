/**
 * `plaudit queue [--film FILM]`: the text-judged reviews most worth an editor's look, each with the command that
 * corrects it (use-cases/check-queue.ts).
 */
import { filmLabel } from '../format/film-text.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';
import { resolveFilm } from '../resolve-film.ts';
import { checkQueue, correctionCommand, openingWords, type CheckQueueItem } from '../../use-cases/check-queue.ts';

export interface QueueOptions {
  film?: string;
  limit?: number;
  json?: boolean;
}

const DEFAULT_LIMIT = 20;

export async function queueCommand(options: QueueOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const film = options.film === undefined ? undefined : await resolveFilm(app, options.film, 'queue --film');
    const limit = options.limit ?? DEFAULT_LIMIT;
    const queue = await checkQueue(app.store, { ...(film ? { film } : {}), limit });
    if (options.json) {
      writeLine(io.stdout, JSON.stringify({ version: queue.version, total: queue.total, items: queue.items.map(itemJson) }, null, 2));
      return EXIT.ok;
    }
    if (queue.items.length === 0) {
      writeLine(io.stdout, 'Nothing to check: no uncorrected review here was judged by its text alone.');
      return EXIT.ok;
    }
    queue.items.forEach((item, i) => writeLine(io.stdout, `${i > 0 ? '\n' : ''}${itemText(item)}`));
    if (queue.items.length < queue.total) writeLine(io.stdout, `\n(${queue.total - queue.items.length} more; --limit 0 lists all)`);
    return EXIT.ok;
  });
}

function byline(item: CheckQueueItem): string {
  const { critic, outlet } = item.entry.review;
  return [critic, outlet].filter(Boolean).join(', ') || 'unattributed';
}

function itemText(item: CheckQueueItem): string {
  const { entry } = item;
  const sure = Math.round(100 * (1 - entry.wrongProbability));
  return [
    `#${entry.review.id}  ${filmLabel(item.film)}  ${byline(item)}`,
    `  read ${entry.review.verdict}, ${sure}% sure; a look is expected to move the film's figures by ${entry.benefit.toFixed(2)} points`,
    ...entry.reasons.map((reason) => `  ${reason}`),
    `  "${openingWords(entry.review)}"`,
    `  ${correctionCommand(item)}`,
  ].join('\n');
}

function itemJson(item: CheckQueueItem) {
  const { entry, film } = item;
  return {
    reviewId: entry.review.id,
    film: { id: film.id, key: film.key, title: film.title, year: film.year },
    place: item.place,
    critic: entry.review.critic,
    outlet: entry.review.outlet,
    verdict: entry.review.verdict,
    confidence: 1 - entry.wrongProbability,
    wrongProbability: entry.wrongProbability,
    benefit: entry.benefit,
    percentPositive: entry.percentPositive,
    averageScore: entry.averageScore,
    suggested: entry.suggested,
    reasons: entry.reasons,
    opening: openingWords(entry.review),
    command: correctionCommand(item),
  };
}
