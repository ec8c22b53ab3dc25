/**
 * The editors' desk pages: the audit log (every change, newest first, each with Undo while it stands), the check
 * queue (the reviews most worth a look, each confirmed or corrected with one click), and the page a refused
 * form answers with (what was wrong, that nothing changed, and the way back).
 */
import type { AuditEntry } from '../../../domain/audit.ts';
import type { FilmSummary } from '../../../domain/film.ts';
import type { CheckQueueItem } from '../../../use-cases/check-queue.ts';
import { openingWords } from '../../../use-cases/check-queue.ts';
import { filmPath } from '../../paths.ts';
import { auditEntryItem } from '../components/audit-entry.ts';
import { verdictChip } from '../components/verdict.ts';
import { csrfField, type EditorView } from '../editor-view.ts';
import { filmTitle } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';

function filmLink(film: FilmSummary): SafeHtml {
  return html`<a href="${filmPath(film)}">${filmTitle(film)}</a>`;
}

export function logPage(input: { editor: EditorView; entries: readonly AuditEntry[]; film: FilmSummary | null; limit: number; back: string }): string {
  const { editor, entries, film } = input;
  const scope = film === null ? html`every film` : filmLink(film);
  const body = html`<section class="editor-home"><h1>Audit log</h1>
<p>Changes to ${scope}, newest first (up to ${String(input.limit)}): who, when, what and why. Undo reverses one, and is logged too.
${film === null ? null : html` <a href="/edit/log">Show every film's changes</a>.`}</p>
${entries.length === 0 ? html`<p class="empty">No editorial changes recorded.</p>` : html`<ol class="audit-list">${entries.map((entry) => auditEntryItem(entry, editor, input.back))}</ol>`}
</section>`;
  return layout({ title: 'Audit log', body, canonical: '/edit/log', editor });
}

export function queuePage(input: { editor: EditorView; items: readonly CheckQueueItem[]; total: number; film: FilmSummary | null; back: string }): string {
  const { editor, items, film } = input;
  const body = html`<section class="editor-home"><h1>Check queue</h1>
<p>Reviews whose verdict came from reading the text alone, most worth a look first: the ones most likely wrong, weighted by how far
fixing them would move ${film === null ? 'their film' : filmLink(film)}'s figures. Confirming or correcting one takes it off the queue for good.
${film === null ? null : html` <a href="/edit/queue">Every film's queue</a>.`}</p>
${items.length === 0 ? html`<p class="empty">Nothing to check: every review here has a label, a rating or an editor's verdict.</p>` : html`<ol class="queue-list">${items.map((item) => queueItem(item, editor, input.back))}</ol>`}
${input.total > items.length ? html`<p class="muted small">${String(input.total - items.length)} more after these.</p>` : null}
</section>`;
  return layout({ title: 'Check queue', body, canonical: '/edit/queue', editor });
}

function queueItem(item: CheckQueueItem, editor: EditorView, back: string): SafeHtml {
  const { entry, film } = item;
  const review = entry.review;
  const sure = Math.round(100 * (1 - entry.wrongProbability));
  const byline = [review.critic, review.outlet].filter(Boolean).join(', ') || 'Critic and outlet not stated';
  // The likelier answer is the prominent one: a reading 98% sure should not invite a flip by its styling, and the
  // queue is ranked by doubt, so the reading's own side is usually the likelier.
  const likelier = entry.wrongProbability > 0.5 ? entry.suggested : review.verdict;
  const button = (verdict: 'positive' | 'negative', label: string) =>
    html`<form class="inline-form" action="/edit/queue/${String(review.id)}" method="post">${csrfField(editor)}<input type="hidden" name="verdict" value="${verdict}"><input type="hidden" name="back" value="${back}"><button type="submit"${verdict === likelier ? html` class="primary"` : null}>${label}</button></form>`;
  return html`<li class="queue-item" id="queue-${String(review.id)}">
  <p>${filmLink(film)} · <a href="${filmPath(film)}?review=${String(review.id)}">review ${String(review.id)}</a> · ${byline}</p>
  <p>${verdictChip(review.verdict)} <span class="muted small">${String(sure)}% sure</span></p>
  <blockquote class="queue-text">${openingWords(review, 40)}</blockquote>
  <ul class="small muted">${entry.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
  <div class="queue-actions">${button(review.verdict, `Confirm ${review.verdict}`)}${button(entry.suggested, `Change to ${entry.suggested}`)}</div>
</li>`;
}

/** A refused form: what was wrong, in the use case's words, and that nothing changed. */
export function refusedPage(input: { editor: EditorView | undefined; message: string; back: string }): string {
  const body = html`<section class="error-page"><h1>Nothing was changed</h1><p role="alert">${input.message}</p>
<p><a href="${input.back}">Go back</a></p></section>`;
  return layout({ title: 'Nothing was changed', body, ...(input.editor ? { editor: input.editor } : {}) });
}
