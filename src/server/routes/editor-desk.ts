/**
 * What a signed-in editor does on the web, through the same use cases as the CLI and the API: correct, move,
 * remove a review; merge a film; confirm or correct from the check queue; release or dismiss a held document;
 * read the audit log and undo an entry. Every route is a plain form post under /edit (editor.ts puts the session,
 * CSRF and no-store middleware in front), answered by a redirect to where the change shows, or, when the use case
 * refuses, by a page that says why and that nothing changed.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { PlauditError } from '../../domain/errors.ts';
import type { SessionRecord } from '../../store/user-port.ts';
import { listAuditLog } from '../../use-cases/audit-log.ts';
import { checkQueue } from '../../use-cases/check-queue.ts';
import { removeReview, setReview } from '../../use-cases/corrections/correct-review.ts';
import type { CorrectionResult } from '../../use-cases/corrections/correction-store.ts';
import { moveReview } from '../../use-cases/corrections/move-review.ts';
import { mergeFilms } from '../../use-cases/film-edits.ts';
import { findFilm, type FilmNameWording } from '../../use-cases/find-film.ts';
import { chosenFilm, dismissHeld, releaseHeld } from '../../use-cases/held-documents.ts';
import { undoEntry } from '../../use-cases/undo.ts';
import type { ServerDeps } from '../deps.ts';
import { requireRole } from '../middleware/require-role.ts';
import type { SessionEnv } from '../middleware/session.ts';
import { filmPath, sitePath } from '../paths.ts';
import { IdParam, parseWith } from '../validate.ts';
import type { EditorView } from '../views/editor-view.ts';
import { logPage, queuePage, refusedPage } from '../views/pages/desk-pages.ts';

const WORDING: FilmNameWording = { open: (film) => `/films/${encodeURIComponent(film)}`, listHint: 'the Films page lists them' };
const QUEUE_LIMIT = 50;
const LogQuery = z.object({ film: z.string().trim().max(300).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });
const QueueQuery = z.object({ film: z.string().trim().max(300).optional() });

function viewOf(session: SessionRecord | null): EditorView {
  if (session === null) throw new PlauditError('internal', 'an editor route ran without a session');
  return { name: session.user.name, role: session.user.role, csrfToken: session.csrfToken };
}

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A whole number 0-100 typed into a form; empty is "not given". The use case says what a bad one is. */
function scoreField(raw: string): number | undefined {
  return raw === '' ? undefined : Number(raw);
}

export function deskRoutes(deps: ServerDeps): Hono<SessionEnv> {
  const desk = new Hono<SessionEnv>();
  const author = (c: Context<SessionEnv>, reason: string) => ({ actor: `web:${viewOf(c.get('session')).name}`, reason });
  const reviewId = (c: Context) => parseWith(IdParam, { id: c.req.param('id') }, 'review id').id;
  /** Where the review now is: the page of its film's list that shows it (pages.ts answers ?review=). */
  const reviewPage = async (result: CorrectionResult) => {
    const [film] = await deps.store.lookUpFilms({ by: 'id', id: result.review.filmId });
    return film === undefined ? '/films' : `${filmPath(film)}?review=${result.review.id}`;
  };

  /**
   * Runs a form's change. A refusal the editor can act on (bad input, unknown film or review, an ambiguous name)
   * is answered with the reason and a link back; anything else is the error edge's.
   */
  const act = (handler: (c: Context<SessionEnv>, body: Record<string, unknown>) => Promise<string>) => async (c: Context<SessionEnv>) => {
    const body = await c.req.parseBody();
    const back = sitePath(body.back, sitePath(refererPath(c), '/edit'));
    try {
      return c.redirect(await handler(c, body), 303);
    } catch (error) {
      if (!(error instanceof PlauditError) || !['invalid-argument', 'not-found', 'ambiguous'].includes(error.code)) throw error;
      return c.html(refusedPage({ editor: viewOf(c.get('session')), message: error.message, back }), error.code === 'not-found' ? 404 : 400);
    }
  };

  desk.use('/edit/*', requireRole('editor'));

  desk.post('/edit/reviews/:id/set', act(async (c, body) => {
    const verdict = text(body, 'verdict');
    if (verdict !== 'positive' && verdict !== 'negative') throw new PlauditError('invalid-argument', 'A verdict is positive or negative.');
    const note = text(body, 'note');
    const score = scoreField(text(body, 'score'));
    const result = await setReview(deps.store, {
      id: reviewId(c), verdict, ...(score === undefined ? {} : { score }), ...(note === '' ? {} : { note }), author: author(c, note),
    });
    return reviewPage(result);
  }));

  desk.post('/edit/reviews/:id/move', act(async (c, body) => {
    const note = text(body, 'note');
    return reviewPage(await moveReview(deps.store, { id: reviewId(c), film: text(body, 'film'), author: author(c, note), wording: WORDING }));
  }));

  desk.post('/edit/reviews/:id/remove', act(async (c, body) => {
    const reason = text(body, 'reason');
    const result = await removeReview(deps.store, { id: reviewId(c), reason, author: author(c, reason) });
    const [film] = await deps.store.lookUpFilms({ by: 'id', id: result.review.filmId });
    return film === undefined ? '/films' : `${filmPath(film)}#editor-tools`;
  }));

  desk.post('/edit/films/:id/merge', act(async (c, body) => {
    const { id } = parseWith(IdParam, { id: c.req.param('id') }, 'film id');
    const note = text(body, 'note');
    const into = text(body, 'into');
    if (into === '') throw new PlauditError('invalid-argument', 'Name the film to merge into.');
    await mergeFilms(deps.store, { from: String(id), into, author: author(c, note), wording: WORDING });
    const film = await findFilm(deps.store, into, WORDING);
    return `${filmPath(film)}#editor-tools`;
  }));

  desk.post('/edit/undo/:entry', act(async (c, body) => {
    const { id } = parseWith(IdParam, { id: c.req.param('entry') }, 'log entry');
    await undoEntry(deps.store, id, author(c, text(body, 'note')));
    return sitePath(body.back, '/edit/log');
  }));

  /** One click from the queue: the verdict as it reads (confirm) or the other (correct); either way it leaves the queue. */
  desk.post('/edit/queue/:id', act(async (c, body) => {
    const verdict = text(body, 'verdict');
    if (verdict !== 'positive' && verdict !== 'negative') throw new PlauditError('invalid-argument', 'A verdict is positive or negative.');
    await setReview(deps.store, { id: reviewId(c), verdict, author: author(c, 'checked from the queue') });
    return sitePath(body.back, '/edit/queue');
  }));

  desk.post('/edit/held/:id/release', act(async (c, body) => {
    const { id } = parseWith(IdParam, { id: c.req.param('id') }, 'held document id');
    const named = text(body, 'other') || text(body, 'film');
    const film = named === '' ? undefined : await chosenFilm(deps.store, named, WORDING);
    const saved = await releaseHeld({ store: deps.store, process: (document) => deps.processor.process(document) }, id, film);
    const [stored] = await deps.store.lookUpFilms({ by: 'id', id: saved.filmId });
    return stored === undefined ? '/held' : `${filmPath(stored)}?review=${saved.reviewId}`;
  }));

  desk.post('/edit/held/:id/dismiss', act(async (c) => {
    const { id } = parseWith(IdParam, { id: c.req.param('id') }, 'held document id');
    await dismissHeld(deps.store, id);
    return '/held';
  }));

  desk.get('/edit/log', async (c) => {
    const query = parseWith(LogQuery, c.req.query(), 'query');
    const film = query.film === undefined || query.film === '' ? null : await findFilm(deps.store, query.film, WORDING);
    const entries = await listAuditLog(deps.store, { limit: query.limit, ...(film === null ? {} : { film: String(film.id) }) });
    const back = `/edit/log${film === null ? '' : `?film=${film.id}`}`;
    return c.html(logPage({ editor: viewOf(c.get('session')), entries, film, limit: query.limit, back }));
  });

  desk.get('/edit/queue', async (c) => {
    const query = parseWith(QueueQuery, c.req.query(), 'query');
    const film = query.film === undefined || query.film === '' ? null : await findFilm(deps.store, query.film, WORDING);
    const queue = await checkQueue(deps.store, { ...(film === null ? {} : { film }), limit: QUEUE_LIMIT });
    const back = `/edit/queue${film === null ? '' : `?film=${film.id}`}`;
    return c.html(queuePage({ editor: viewOf(c.get('session')), items: queue.items, total: queue.total, film, back }));
  });

  return desk;
}

/** The path of the page the form was on, when the browser says (Referer), for "Go back". */
function refererPath(c: Context): string | undefined {
  const referer = c.req.header('Referer');
  if (referer === undefined || !URL.canParse(referer)) return undefined;
  const url = new URL(referer);
  return url.origin === new URL(c.req.url).origin ? `${url.pathname}${url.search}` : undefined;
}
