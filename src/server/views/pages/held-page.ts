/**
 * The held list for editors: what was kept out of the counts and why, with the candidate films for "which film?"
 * and the commands that release or dismiss each. Names and reasons only, never a held document's text: the page is
 * as public as the rest of the site, and the text may be anything (the API gives it to a token holder).
 */
import type { FilmCandidate, HeldDocument } from '../../../domain/held.ts';
import { filmPath } from '../../paths.ts';
import { pageOf, pager } from '../components/pager.ts';
import { html, type SafeHtml } from '../html.ts';
import { plural } from '../format.ts';
import { layout } from '../layout.ts';

export const HELD_PER_PAGE = 50;

export function heldPage(input: { held: HeldDocument[]; page: number }): string {
  const shown = pageOf(input.held, input.page, HELD_PER_PAGE);
  const items = shown.items.map(heldItem);
  const body = html`<div class="section-title"><h1>Held for an editor</h1><span class="muted">${plural(input.held.length, 'document')}</span></div>
<p class="held-intro">These came in but are not counted: the gate found they are not film reviews, or more than one film fits and nothing in
the review decides which. Release one with <code>plaudit held release ID --film FILM</code> (or <code>POST /api/v1/held/ID/release</code>
with an API token); dismiss it with <code>plaudit held dismiss ID</code>.</p>
${input.held.length === 0 ? html`<p class="empty">Nothing is held.</p>` : html`<ol class="held-list">${items}</ol>`}
${pager({ base: '/held', page: shown.page, pageCount: shown.pageCount })}`;
  return layout({ title: 'Held for an editor', body, canonical: '/held' });
}

function heldItem(item: HeldDocument): SafeHtml {
  const why = item.hold.code === 'which-film' ? 'Which film?' : item.hold.code === 'blocked-outlet' ? 'Blocked outlet' : 'Not a film review';
  const candidates = item.hold.candidates.length === 0 ? null : html`<ul class="held-candidates">${item.hold.candidates.map(candidateItem)}</ul>`;
  return html`<li class="held-item" id="held-${item.id}">
  <h2 class="held-head"><span class="held-id">#${item.id}</span> ${why}</h2>
  <p class="held-source muted small">${sourceLabel(item.document.sourceName)} · held ${item.heldAt.slice(0, 10)}</p>
  <p class="held-reason">${item.hold.reasons[0] ?? item.hold.reason}</p>
  ${item.hold.reasons.length > 1 ? html`<p class="muted small">Also: ${item.hold.reasons.slice(1).join('; ')}</p>` : null}
  ${candidates}
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
