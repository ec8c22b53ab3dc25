/**
 * The held list for editors: what was kept out of the counts and why, with the candidate films for "which film?"
 * and the commands that release or dismiss each. Names and reasons only, never a held document's text: the page is
 * as public as the rest of the site, and the text may be anything (the API gives it to a token holder).
 */
import type { FilmCandidate, HeldDocument } from '../../../domain/held.ts';
import { filmPath } from '../../paths.ts';
import { pager } from '../components/pager.ts';
import { csrfField, type EditorView } from '../editor-view.ts';
import { html, type SafeHtml } from '../html.ts';
import { plural } from '../format.ts';
import { layout } from '../layout.ts';

export const HELD_PER_PAGE = 50;

export interface HeldPageInput {
  /** This page's documents (the store reads one page at a time). */
  held: HeldDocument[];
  /** How many are held in all. */
  total: number;
  page: number;
  /** A signed-in editor gets Release and Dismiss on each. */
  editor?: EditorView;
}

export function heldPage(input: HeldPageInput): string {
  const pageCount = Math.max(1, Math.ceil(input.total / HELD_PER_PAGE));
  const editor = input.editor;
  const items = input.held.map((item) => heldItem(item, editor));
  const how = editor
    ? html`Release one under the film it reviews, or dismiss it; both are final for that document.`
    : html`Editors release one with <code>plaudit held release ID --film FILM</code> (or <code>POST /api/v1/held/ID/release</code>
with an API token), or <a href="/sign-in?next=/held">sign in</a> to do it here; <code>plaudit held dismiss ID</code> dismisses it.`;
  const body = html`<div class="section-title"><h1>Held for an editor</h1><span class="muted">${plural(input.total, 'document')}</span></div>
<p class="held-intro">These came in but are not counted: the gate found they are not film reviews, more than one film fits and nothing in
the review decides which, or their outlet is blocked. ${how}</p>
${input.total === 0 ? html`<p class="empty">Nothing is held.</p>` : html`<ol class="held-list">${items}</ol>`}
${pager({ base: '/held', page: Math.min(input.page, pageCount), pageCount })}`;
  return layout({ title: 'Held for an editor', body, canonical: '/held', ...(editor ? { editor } : {}) });
}

/** Release (under a candidate, or any film by name) and dismiss, for a signed-in editor. */
function heldActions(item: HeldDocument, editor: EditorView): SafeHtml {
  const id = String(item.id);
  const choices = item.hold.candidates.map(
    (candidate, i) => html`<label class="choice"><input type="radio" name="film" value="${String(candidate.filmId)}"${i === 0 ? html` checked` : null}> ${candidate.title ?? 'Untitled film'}${candidate.year ? ` (${candidate.year})` : ''}</label>`,
  );
  return html`<div class="held-actions">
  <form class="editor-form compact" action="/edit/held/${id}/release" method="post">
    ${csrfField(editor)}
    ${choices.length > 0 ? html`<fieldset><legend>Release under</legend>${choices}</fieldset>` : null}
    <label for="held-film-${id}">${choices.length > 0 ? 'or another film' : 'Release under film'} (id, IMDb id or "Title (Year)"; empty lets the review decide)</label>
    <input id="held-film-${id}" name="other" maxlength="300">
    <button type="submit">Release</button>
  </form>
  <form class="inline-form" action="/edit/held/${id}/dismiss" method="post">${csrfField(editor)}<button type="submit" class="danger">Dismiss</button></form>
</div>`;
}

function heldItem(item: HeldDocument, editor: EditorView | undefined): SafeHtml {
  const why = item.hold.code === 'which-film' ? 'Which film?' : item.hold.code === 'blocked-outlet' ? 'Blocked outlet' : 'Not a film review';
  const candidates = item.hold.candidates.length === 0 ? null : html`<ul class="held-candidates">${item.hold.candidates.map(candidateItem)}</ul>`;
  return html`<li class="held-item" id="held-${item.id}">
  <h2 class="held-head"><span class="held-id">#${item.id}</span> ${why}</h2>
  <p class="held-source muted small">${sourceLabel(item.document.sourceName)} · held ${item.heldAt.slice(0, 10)}</p>
  <p class="held-reason">${item.hold.reasons[0] ?? item.hold.reason}</p>
  ${item.hold.reasons.length > 1 ? html`<p class="muted small">Also: ${item.hold.reasons.slice(1).join('; ')}</p>` : null}
  ${candidates}
  ${editor ? heldActions(item, editor) : null}
</li>`;
}

function candidateItem(candidate: FilmCandidate): SafeHtml {
  const title = `${candidate.title ?? 'Untitled film'}${candidate.year ? ` (${candidate.year})` : ''}`;
  const evidence = candidate.evidence.length > 0 ? candidate.evidence.join('; ') : 'nothing in the review points at it';
  return html`<li><a href="${filmPath({ id: candidate.filmId, title: candidate.title })}">${title}</a> <span class="muted small">id ${candidate.filmId}: ${evidence}</span></li>`;
}

/** A file's name without the folders above it, which are the ingesting machine's business. */
function sourceLabel(sourceName: string): string {
  return sourceName.replace(/^.*[\\/](?=[^\\/]+$)/, '');
}
