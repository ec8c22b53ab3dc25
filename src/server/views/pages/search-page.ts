/** Search results: films, critics, outlets, people, and reviews whose text matches, each in its own list. */
import type { NameHit } from '../../../store/web-port.ts';
import { filmPath, namePath } from '../../paths.ts';
import type { PersonHit, ReviewHitView, SearchResults } from '../../search.ts';
import { attributionText } from '../attribution.ts';
import { escapeHtml, html, trusted, type SafeHtml } from '../html.ts';
import { filmTitle } from '../format.ts';
import { layout } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { filmList } from '../components/film-card.ts';

/** FTS5 marks matches with \u0002 and \u0003: escape the text first, then turn the marks into <mark>. */
export function markedSnippet(snippet: string): SafeHtml {
  return trusted(escapeHtml(snippet).replace(/\u0002/g, '<mark>').replace(/\u0003/g, '</mark>'));
}

function nameHits(title: string, hits: NameHit[]): SafeHtml | null {
  if (hits.length === 0) return null;
  const items = hits.map((hit) => {
    const href = hit.kind === 'critic' || hit.kind === 'outlet' ? namePath(hit.kind, hit.id, hit.name) : null;
    return html`<li class="hit">${href ? html`<a href="${href}">${hit.name}</a>` : hit.name}${hit.similarity < 0.9 ? html`<span class="hit-kind">close match</span>` : null}</li>`;
  });
  return html`<section aria-label="${title}"><h2>${title}</h2><ul class="hit-list">${items}</ul></section>`;
}

function personHits(people: PersonHit[]): SafeHtml | null {
  if (people.length === 0) return null;
  const items = people.map((person) => {
    const films = person.films.slice(0, 8).map(
      ({ film, roles }, i) => html`${i > 0 ? ', ' : ''}<a href="${filmPath(film)}">${filmTitle(film)}</a> <span class="muted small">(${roles.join(', ')})</span>`,
    );
    return html`<li class="hit"><strong>${person.name}</strong>${person.similarity < 0.9 ? html`<span class="hit-kind">close match</span>` : null}<p class="small">${films}</p></li>`;
  });
  return html`<section aria-label="People"><h2>People</h2><ul class="hit-list">${items}</ul></section>`;
}

function reviewHit(hit: ReviewHitView): SafeHtml {
  const source = attributionText(hit);
  const film = hit.film;
  return html`<li class="hit">
  ${film ? html`<a href="${filmPath(film)}?review=${hit.reviewId}"><strong>${filmTitle(film)}</strong></a>` : null}
  <span class="muted small"> · ${source}</span>
  <p class="small">${markedSnippet(hit.snippet)}</p></li>`;
}

export function searchPage(results: SearchResults, minReviews: number, editor?: EditorView): string {
  const total = results.films.length + results.critics.length + results.outlets.length + results.people.length + results.reviews.length;
  const heading = results.query === '' ? 'Search' : html`Results for “${results.query}”`;
  const body = html`<h1>${heading}</h1>
${results.query === '' ? html`<p class="muted">Type a film title, a critic, an outlet or words from a review.</p>` : null}
${results.query !== '' && total === 0 ? html`<p class="empty">Nothing matches “${results.query}”. Try fewer words or another spelling.</p>` : null}
<div class="search-results">
  ${results.films.length > 0 ? html`<section aria-label="Films"><h2>Films</h2>${filmList(results.films, minReviews)}</section>` : null}
  ${nameHits('Critics', results.critics)}
  ${nameHits('Outlets', results.outlets)}
  ${personHits(results.people)}
  ${results.reviews.length > 0 ? html`<section aria-label="Reviews"><h2>In reviews</h2><ul class="hit-list">${results.reviews.map(reviewHit)}</ul></section>` : null}
</div>`;
  return layout({ title: results.query ? `Search: ${results.query}` : 'Search', body, query: results.query, editor });
}
