/**
 * `plaudit held`: the documents kept for a person instead of being stored as reviews (not film reviews, or reviews
 * whose film is unclear), and what an editor does with each: show, release (optionally naming the film), dismiss.
 */
import { cleanDocument } from '../../clean/clean-document.ts';
import type { RawDocument } from '../../domain/document.ts';
import { processDocument } from '../../pipeline/process-document.ts';
import type { HeldStatus } from '../../domain/held.ts';
import { chosenFilm, dismissHeld, heldDocumentById, releaseHeld } from '../../use-cases/held-documents.ts';
import { EXIT } from '../exit-codes.ts';
import { formatHeldDocument, formatHeldList } from '../format/held-text.ts';
import { writeLine, type CliIo } from '../io.ts';
import { withApp, type GlobalOptions } from '../open-app.ts';
import { filmWording } from '../resolve-film.ts';

export interface HeldListOptions {
  all?: boolean;
  json?: boolean;
  limit?: number;
}

const DEFAULT_LIMIT = 50;

export async function heldListCommand(options: HeldListOptions, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const status: HeldStatus | undefined = options.all ? undefined : 'held';
    const limit = options.limit === 0 ? undefined : (options.limit ?? DEFAULT_LIMIT);
    const held = await app.store.heldDocuments({ ...(status ? { status } : {}), ...(limit ? { limit } : {}) });
    if (options.json) {
      writeLine(io.stdout, JSON.stringify(held, null, 2));
      return EXIT.ok;
    }
    const total = status ? await app.store.heldCount(status) : held.length;
    writeLine(io.stdout, formatHeldList(held, total));
    return EXIT.ok;
  });
}

export async function heldShowCommand(id: number, options: { json?: boolean }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const held = await heldDocumentById(app.store, id);
    if (options.json) writeLine(io.stdout, JSON.stringify(held, null, 2));
    else writeLine(io.stdout, formatHeldDocument(held, readableText(held.document)));
    return EXIT.ok;
  });
}

export async function heldReleaseCommand(id: number, options: { film?: string }, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    const film = options.film === undefined ? undefined : await chosenFilm(app.store, options.film, filmWording(app));
    const process = (document: RawDocument) => processDocument(document, app.model);
    const saved = await releaseHeld({ store: app.store, process }, id, film);
    const what = saved.status === 'unchanged' ? 'was already stored as' : 'is now';
    writeLine(io.stdout, `Released #${id}: it ${what} review ${saved.reviewId} of film ${saved.filmId} (\`plaudit film ${saved.filmId}\`).`);
    return EXIT.ok;
  });
}

export async function heldDismissCommand(id: number, io: CliIo, global: GlobalOptions): Promise<number> {
  return withApp(io, global, async (app) => {
    await dismissHeld(app.store, id);
    writeLine(io.stdout, `Dismissed #${id}: it stays on record as dismissed and is never counted (\`plaudit held --all\`).`);
    return EXIT.ok;
  });
}

function readableText(document: RawDocument): string {
  if (document.format === 'record') return document.record?.text ?? '';
  const clean = cleanDocument(document);
  return [...clean.headings, ...clean.paragraphs].join(' ');
}
