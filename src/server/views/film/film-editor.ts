/**
 * A signed-in editor's tools on the film page: under each review, a closed "Correct" panel (verdict and score,
 * move to another film, remove from the counts), and beside the reviews a panel to merge the film into another,
 * with the film's latest audit entries and their Undo buttons. Plain forms, no script; each carries the CSRF token.
 */
import type { AuditEntry } from '../../../domain/audit.ts';
import type { WebReview } from '../../../store/web-port.ts';
import { csrfField, type EditorView } from '../editor-view.ts';
import { html, type SafeHtml } from '../html.ts';
import { auditEntryItem } from '../components/audit-entry.ts';

export function reviewEditTools(review: WebReview, editor: EditorView): SafeHtml {
  const id = review.id;
  const score = Math.round(review.score);
  const selected = (verdict: string) => (review.verdict === verdict ? html` selected` : null);
  return html`<details class="review-edit" data-testid="review-edit-${id}"><summary>Edit review ${id} (verdict, score, film, removal)</summary>
  <form class="editor-form compact" action="/edit/reviews/${id}/set" method="post">
    ${csrfField(editor)}
    <label for="set-verdict-${id}">Verdict</label>
    <select id="set-verdict-${id}" name="verdict"><option value="positive"${selected('positive')}>positive</option><option value="negative"${selected('negative')}>negative</option></select>
    <label for="set-score-${id}">Score (0–100)</label>
    <input id="set-score-${id}" name="score" type="number" min="0" max="100" step="1" value="${score}" inputmode="numeric">
    <label for="set-note-${id}">Why (kept in the log)</label>
    <input id="set-note-${id}" name="note" maxlength="500">
    <button type="submit">Save verdict and score</button>
  </form>
  <form class="editor-form compact" action="/edit/reviews/${id}/move" method="post">
    ${csrfField(editor)}
    <label for="move-film-${id}">Move to film (id, IMDb id or "Title (Year)")</label>
    <input id="move-film-${id}" name="film" required maxlength="300">
    <label for="move-note-${id}">Why</label>
    <input id="move-note-${id}" name="note" maxlength="500">
    <button type="submit">Move review</button>
  </form>
  <form class="editor-form compact" action="/edit/reviews/${id}/remove" method="post">
    ${csrfField(editor)}
    <label for="remove-reason-${id}">Reason for removing it from the counts</label>
    <input id="remove-reason-${id}" name="reason" required maxlength="500">
    <button type="submit" class="danger">Remove review</button>
  </form>
</details>`;
}

/** The film's own tools: merge it into another, and its latest audit entries (a removal is undone here). */
export function filmEditorPanel(input: { filmId: number; editor: EditorView; log: readonly AuditEntry[]; back: string }): SafeHtml {
  const { filmId, editor, log, back } = input;
  return html`<section class="section editor-panel" id="editor-tools" aria-labelledby="editor-tools-title">
  <div class="section-title"><h2 id="editor-tools-title">Editor's tools</h2></div>
  <p class="small"><a href="/edit/queue?film=${String(filmId)}">Check queue for this film</a> · <a href="/edit/log?film=${String(filmId)}">Full log</a></p>
  ${log.length === 0 ? html`<p class="muted small">No editorial changes to this film yet.</p>` : html`<ol class="audit-list">${log.map((entry) => auditEntryItem(entry, editor, back))}</ol>`}
  <form class="editor-form compact" action="/edit/films/${String(filmId)}/merge" method="post">
    ${csrfField(editor)}
    <label for="merge-into">Merge this film into (id, IMDb id or "Title (Year)")</label>
    <input id="merge-into" name="into" required maxlength="300">
    <label for="merge-note">Why</label>
    <input id="merge-note" name="note" maxlength="500">
    <button type="submit" class="danger">Merge film</button>
  </form>
</section>`;
}
