/** A film in a list: its percent positive and title, linking to its page. */
import type { FilmSummary } from '../../../domain/film.ts';
import { filmPath } from '../../paths.ts';
import { html, type SafeHtml } from '../html.ts';
import { filmTitle, plural } from '../format.ts';
import { percentDisc } from './verdict.ts';
import { shownPercent } from '../../../aggregate/expected-positive.ts';

/** What the disc's figure is: "14% positive" says it is a share of reviews, not a grade or a verdict. */
function scoreNote(film: FilmSummary, minReviews: number): string {
  if (film.reviewCount < minReviews) return 'too few for a score';
  return `${shownPercent(film)}% positive`;
}

export function filmCard(film: FilmSummary, minReviews: number): SafeHtml {
  const note = scoreNote(film, minReviews);
  return html`<li><a class="film-card" href="${filmPath(film)}">
  ${percentDisc(film, minReviews)}
  <span><span class="title">${filmTitle(film)}</span>${film.year ? html` <span class="muted">(${film.year})</span>` : null}
  <span class="meta">${plural(film.reviewCount, 'review')} · ${note}</span></span>
</a></li>`;
}

export function filmList(films: readonly FilmSummary[], minReviews: number): SafeHtml {
  if (films.length === 0) return html`<p class="empty">No films yet. Add reviews with <code>plaudit ingest PATH</code>.</p>`;
  return html`<ul class="film-list">${films.map((film) => filmCard(film, minReviews))}</ul>`;
}
