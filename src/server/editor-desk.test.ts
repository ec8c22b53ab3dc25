/**
 * Editors' work on the web, through the real app on a real SQLite file with the real pipeline's reviews: the film
 * page's tools (only for a signed-in editor, never cached for anyone else), correcting, moving and removing a
 * review by form, merging films, the check queue's one-click confirm and correct, the held list's release and
 * dismiss, the audit log with Undo, and refusals (bad input, CSRF, anonymous) that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilmSummary } from '../domain/film.ts';
import { openServerFixture, type ServerFixture } from '../../test/server-fixture.ts';
import { addUser } from '../use-cases/users.ts';

let f: ServerFixture;
let cookie: string;
let csrf: string;
let films: FilmSummary[];
const EDITOR = { name: 'ed', password: 'editor-password-1' };

const NEWS = `<html><head><title>Ceasefire talks collapse as fighting spreads</title></head><body><article>
<h1>Ceasefire talks collapse as fighting spreads</h1>
<p>Talks between the army and the paramilitary forces collapsed on Tuesday, officials said, as fighting spread to the capital. The government said the election would be postponed, and the foreign minister called for calm.</p>
<p>Police reported that thousands had fled. Officials said aid convoys were blocked at the border for a third day, and the United Nations warned that food would run out within weeks.</p>
</article></body></html>`;

function post(path: string, fields: Record<string, string>, withCookie = true): Promise<Response> {
  return Promise.resolve(
    f.web.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(withCookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

async function page(path: string, withCookie = true): Promise<{ status: number; html: string; res: Response }> {
  const res = await f.web.request(path, withCookie ? { headers: { Cookie: cookie } } : {});
  return { status: res.status, html: await res.text(), res };
}

async function review(id: number) {
  const [found] = await f.app.store.webReviews({ reviewId: id });
  return found;
}

async function textReviewOf(filmId: number) {
  const reviews = await f.app.store.filmReviews(filmId);
  const found = reviews.find((r) => r.verdictSource === 'text' && r.correction === null) ?? reviews[0];
  if (found === undefined) throw new Error(`film ${filmId} has no reviews`);
  return found;
}

beforeAll(async () => {
  f = await openServerFixture();
  await addUser(f.app.store, { ...EDITOR, role: 'editor' });
  const signIn = await f.web.request('/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...EDITOR, next: '/edit' }).toString(),
  });
  cookie = /plaudit_session=[^;]*/.exec(signIn.headers.get('set-cookie') ?? '')![0];
  csrf = /name="csrf" value="([^"]+)"/.exec((await page('/edit')).html)![1]!;
  films = (await f.app.store.listFilms()).filter((film) => film.reviewCount > 0);
  expect(films.length).toBeGreaterThanOrEqual(2);
}, 60_000);
afterAll(() => f.close());

describe('the film page for an editor', () => {
  it('shows correction tools and the editor only to a signed-in editor, and never serves that page from the cache', async () => {
    const film = films[0]!;
    const anonymous = await page(`/films/${film.id}`, false);
    expect(anonymous.html).not.toContain('Edit review');
    expect(anonymous.html).not.toContain('editor-nav');
    const editor = await page(`/films/${film.id}`);
    expect(editor.status).toBe(200);
    expect(editor.res.headers.get('Cache-Control')).toBe('no-store');
    expect(editor.html).toContain('class="editor-nav"');
    expect(editor.html).toContain('Edit review');
    expect(editor.html).toContain(`action="/edit/films/${film.id}/merge"`);
    expect(editor.html).toContain(`value="${csrf}"`);
    // The anonymous copy was cached first; the editor's never was, and the anonymous reader still gets theirs.
    const again = await page(`/films/${film.id}`, false);
    expect(again.html).not.toContain(csrf);
    expect(again.html).not.toContain('Edit review');
  });

  it('names the signed-in editor in the header of every public page', async () => {
    for (const path of ['/', '/films', '/critics', '/methodology', '/search?q=film', '/held']) {
      expect((await page(path)).html, path).toContain('>ed</a>');
    }
  });
});

describe('correcting a review by form', () => {
  it('sets the verdict and score, shows where the review now is, marks it, and logs who did it', async () => {
    const film = films[0]!;
    const target = await textReviewOf(film.id);
    const verdict = target.verdict === 'positive' ? 'negative' : 'positive';
    const res = await post(`/edit/reviews/${target.id}/set`, { csrf, verdict, score: '37', note: 'sarcasm' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(new RegExp(`^/films/${film.id}(/[^?]*)?\\?review=${target.id}$`));
    expect(await review(target.id)).toMatchObject({ verdict, score: 37, verdictSource: 'editor' });
    const shown = await page(`/films/${film.id}`);
    expect(shown.html).toContain('Verdict and score set by an editor');
    expect(shown.html).toContain('sarcasm');
    const [entry] = await f.app.store.auditLog({ limit: 1 });
    expect(entry).toMatchObject({ actor: 'web:ed', action: 'review.set', targetId: target.id, reason: 'sarcasm' });
  });

  it('refuses a score outside 0-100 with the reason and changes nothing', async () => {
    const target = await textReviewOf(films[1]!.id);
    const before = await review(target.id);
    const res = await post(`/edit/reviews/${target.id}/set`, { csrf, verdict: 'positive', score: '150' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Nothing was changed');
    expect(html).toContain('score must be a whole number from 0 to 100, not 150');
    expect(await review(target.id)).toEqual(before);
  });

  it('refuses an unknown review and a move to an unknown film', async () => {
    expect((await post('/edit/reviews/999999/set', { csrf, verdict: 'positive' })).status).toBe(404);
    const target = await textReviewOf(films[1]!.id);
    const res = await post(`/edit/reviews/${target.id}/move`, { csrf, film: 'No Such Film Ever Made (1901)' });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Nothing was changed');
    expect((await review(target.id))?.filmId).toBe(films[1]!.id);
  });

  it('moves a review to another film named by id, and the log on the film page offers Undo', async () => {
    const [from, to] = [films[1]!, films[0]!];
    const target = await textReviewOf(from.id);
    const res = await post(`/edit/reviews/${target.id}/move`, { csrf, film: String(to.id), note: 'wrong film' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain(`?review=${target.id}`);
    expect((await review(target.id))?.filmId).toBe(to.id);
    const [entry] = await f.app.store.auditLog({ limit: 1 });
    const toPage = await page(`/films/${to.id}`);
    expect(toPage.html).toContain(`action="/edit/undo/${entry!.id}"`);
    const undo = await post(`/edit/undo/${entry!.id}`, { csrf, back: `/films/${to.id}#editor-tools` });
    expect(undo.status).toBe(303);
    expect(undo.headers.get('Location')).toBe(`/films/${to.id}#editor-tools`);
    expect((await review(target.id))?.filmId).toBe(from.id);
  });

  it('removes a review from the counts with a reason, and Undo restores it', async () => {
    const film = films[1]!;
    const target = await textReviewOf(film.id);
    const count = (await f.app.store.filmReviews(film.id)).length;
    const res = await post(`/edit/reviews/${target.id}/remove`, { csrf, reason: 'not a review: a festival listing' });
    expect(res.status).toBe(303);
    expect((await f.app.store.filmReviews(film.id)).length).toBe(count - 1);
    const shown = await page(`/films/${film.id}`);
    expect(shown.html).not.toContain(`id="review-${target.id}"`);
    expect(shown.html).toContain('not a review: a festival listing');
    const [entry] = await f.app.store.auditLog({ limit: 1 });
    expect(entry).toMatchObject({ action: 'review.remove', targetId: target.id });
    await post(`/edit/undo/${entry!.id}`, { csrf });
    expect((await f.app.store.filmReviews(film.id)).length).toBe(count);
  });
});

describe('refusals that change nothing', () => {
  it('refuses a form without its CSRF token', async () => {
    const target = await textReviewOf(films[1]!.id);
    const before = await review(target.id);
    const res = await post(`/edit/reviews/${target.id}/set`, { verdict: before!.verdict === 'positive' ? 'negative' : 'positive' });
    expect(res.status).toBe(403);
    expect(await review(target.id)).toEqual(before);
  });

  it('sends an anonymous visitor to sign in, and changes nothing', async () => {
    const target = await textReviewOf(films[1]!.id);
    const before = await review(target.id);
    const res = await post(`/edit/reviews/${target.id}/remove`, { reason: 'spam' }, false);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/sign-in\?next=/);
    expect(await review(target.id)).toEqual(before);
    expect((await page('/edit/log', false)).status).toBe(303);
  });

  it('refuses merging a film into itself', async () => {
    const film = films[1]!;
    const res = await post(`/edit/films/${film.id}/merge`, { csrf, into: String(film.id) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('nothing to merge');
  });
});

describe('the check queue, the log and the held list', () => {
  it('lists the queue, and one click confirms a verdict and takes it off the queue', async () => {
    const film = films[1]!;
    const queue = await page(`/edit/queue?film=${film.id}`);
    expect(queue.status).toBe(200);
    const first = /id="queue-(\d+)"/.exec(queue.html);
    expect(first, 'the queue lists a review').not.toBeNull();
    const id = Number(first![1]);
    const before = await review(id);
    // The queue's readings are each over 50% sure, so confirming the reading is the prominent button, not the flip.
    const item = queue.html.slice(first!.index, queue.html.indexOf('</li>', queue.html.indexOf('queue-actions', first!.index)));
    expect(item).toMatch(new RegExp(`class="primary">Confirm ${before!.verdict}<`));
    expect(item).not.toMatch(/class="primary">Change to/);
    const res = await post(`/edit/queue/${id}`, { csrf, verdict: before!.verdict, back: `/edit/queue?film=${film.id}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/edit/queue?film=${film.id}`);
    expect(await review(id)).toMatchObject({ verdict: before!.verdict, verdictSource: 'editor' });
    expect((await page(`/edit/queue?film=${film.id}`)).html).not.toContain(`id="queue-${id}"`);
  });

  it('shows the audit log, for every film or one', async () => {
    const all = await page('/edit/log');
    expect(all.status).toBe(200);
    expect(all.html).toContain('web:ed');
    expect(all.html).toContain('Undone by');
    const one = await page(`/edit/log?film=${films[1]!.id}`);
    expect(one.html).toContain('Show every film');
  });

  it('releases and dismisses held documents from /held', async () => {
    const held: number[] = [];
    for (const title of ['Ceasefire talks collapse', 'Markets fall again']) {
      const res = await f.web.request('/api/v1/reviews', {
        method: 'POST',
        headers: { Authorization: `Bearer ${f.token}`, 'Content-Type': 'text/html' },
        body: NEWS.replace('Ceasefire talks collapse as fighting spreads', title),
      });
      expect(res.status).toBe(202);
      held.push(((await res.json()) as { held: { id: number } }).held.id);
    }
    const list = await page('/held');
    expect(list.html).toContain(`action="/edit/held/${held[0]}/release"`);
    expect((await page('/held', false)).html).not.toContain('/edit/held/');
    const released = await post(`/edit/held/${held[0]}/release`, { csrf, other: 'Ceasefire (2024)' });
    expect(released.status).toBe(303);
    expect(released.headers.get('Location')).toMatch(/^\/films\/\d+\/ceasefire\?review=\d+$/);
    expect((await post(`/edit/held/${held[1]}/dismiss`, { csrf })).status).toBe(303);
    expect(await f.app.store.heldCount('held')).toBe(0);
    const again = await post(`/edit/held/${held[1]}/dismiss`, { csrf });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('already dismissed');
  });

  it('merges a film into another: the old address redirects', async () => {
    const [from, into] = [films[1]!, films[0]!];
    const res = await post(`/edit/films/${from.id}/merge`, { csrf, into: String(into.id), note: 'same film' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(new RegExp(`^/films/${into.id}`));
    const old = await f.web.request(`/films/${from.id}`);
    expect(old.status).toBe(301);
    expect(old.headers.get('Location')).toMatch(new RegExp(`^/films/${into.id}`));
  });
});
