/** The review correction, log and undo commands (grammar in review-commands.ts): call the use case, say what changed. */
import type { Verdict } from '../../domain/verdict.ts';
import { listAuditLog } from '../../use-cases/audit-log.ts';
import { removeReview, restoreReview, setReview } from '../../use-cases/corrections/correct-review.ts';
import { reviewOrThrow, type CorrectionResult } from '../../use-cases/corrections/correction-store.ts';
import { moveReview } from '../../use-cases/corrections/move-review.ts';
import { undoEntry } from '../../use-cases/undo.ts';
import { cliAuthor, filmNameWording } from '../edit-author.ts';
import { EXIT } from '../exit-codes.ts';
import { formatAuditEntry, formatAuditLog } from '../format/audit-text.ts';
import { formatReview } from '../format/film-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';



function report(io: CliIo, what: string, result: CorrectionResult): number {
  writeLine(io.stdout, `${what} (audit entry ${result.auditId}; \`plaudit undo ${result.auditId}\` reverses it)`);
  writeLine(io.stdout, formatReview(result.review));
  return EXIT.ok;
}

export async function reviewShowCommand(id: number, options: { json?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const review = await reviewOrThrow(app.store, id);
    writeLine(io.stdout, options.json ? JSON.stringify(review, null, 2) : `review ${id} of film ${review.filmId}\n${formatReview(review)}`);
    return EXIT.ok;
  });
}

export async function reviewSetCommand(
  id: number,
  options: { verdict?: Verdict; score?: number; note?: string },
  io: CliIo,
  global: GlobalOptions,
): Promise<number> {
  return withApp(io, global, async (app) => {
    const { verdict, score, note } = options;
    const request = { id, author: cliAuthor(note), ...(verdict === undefined ? {} : { verdict }), ...(score === undefined ? {} : { score }) };
    const result = await setReview(app.store, { ...request, ...(note === undefined ? {} : { note }) });
    return report(io, `review ${id}: ${result.changed.join(' and ')} set`, result);
  });
}

export async function reviewMoveCommand(id: number, options: { film: string; note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const result = await moveReview(app.store, { id, film: options.film, author: cliAuthor(options.note), wording: filmNameWording(app) });
    return report(io, `review ${id} moved to film ${result.review.filmId}`, result);
  });
}

export async function reviewRemoveCommand(id: number, options: { reason: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => report(io, `review ${id} removed`, await removeReview(app.store, { id, reason: options.reason, author: cliAuthor(options.reason) })));
}

export async function reviewRestoreCommand(id: number, options: { note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => report(io, `review ${id} restored`, await restoreReview(app.store, { id, author: cliAuthor(options.note) })));
}

export async function logCommand(options: { film?: string; limit?: number; json?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const { film, limit } = options;
    const entries = await listAuditLog(app.store, { ...(film === undefined ? {} : { film }), ...(limit === undefined ? {} : { limit }), wording: filmNameWording(app) });
    writeLine(io.stdout, options.json ? JSON.stringify(entries, null, 2) : formatAuditLog(entries));
    return EXIT.ok;
  });
}

export async function undoCommand(entry: number, options: { note?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const { undoId, undone } = await undoEntry(app.store, entry, cliAuthor(options.note));
    writeLine(io.stdout, `undid ${formatAuditEntry(undone)}\n(audit entry ${undoId})`);
    return EXIT.ok;
  });
}
