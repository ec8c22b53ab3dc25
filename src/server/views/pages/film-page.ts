/** The film page: hero with the score, pull quotes, the reviews (filtered, sorted, paged), and the side column. */
import type { FilmData } from '../../film-data.ts';
import { filmPath } from '../../paths.ts';
import { describeSelection, filterCounts, reviewListQuery, selectReviews, type ReviewFilter } from '../../review-list.ts';
import type { AuditEntry } from '../../../domain/audit.ts';
import type { EditorView } from '../editor-view.ts';
import { filmEditorPanel, reviewEditTools } from '../film/film-editor.ts';
import { filmHero } from '../film/film-hero.ts';
import { filmQuotes } from '../film/film-quotes.ts';
import { filmSide } from '../film/film-side.ts';
import { reviewFilters } from '../film/review-filters.ts';
import { html, type SafeHtml } from '../html.ts';
import { filmTitle, plural } from '../format.ts';
import { layout } from '../layout.ts';
import { pageOf, pager } from '../components/pager.ts';
import { reviewCard } from '../components/review-card.ts';

export const REVIEWS_PER_PAGE = 50;

export interface FilmPageView {
  filter: ReviewFilter;
  page: number;
  /** The site's address, scheme and host (and any path prefix), for what is copied off the page: the embed code. */
  siteUrl: string;
  /** A signed-in editor: each review gets its correction tools, and the film its panel with its latest log. */
  editor?: { view: EditorView; log: readonly AuditEntry[] };
}

function reviewList(data: FilmData, view: FilmPageView, path: string): SafeHtml {
  if (data.reviews.length === 0) return html`<p class="empty">No reviews of this film yet.</p>`;
  const selected = selectReviews(data.reviews, view.filter);
  const shown = pageOf(selected, view.page, REVIEWS_PER_PAGE);
  const controls = reviewFilters({
    path,
    filter: view.filter,
    counts: filterCounts(data.reviews, view.filter),
    hasTopCritics: data.reviews.some((review) => review.topCritic),
  });
  const list =
    selected.length === 0
      ? html`<p class="empty">No reviews match. <a href="${path}#reviews">Show every review</a>.</p>`
      : html`<ol class="reviews">${shown.items.map((review) => reviewCard(review, view.editor ? { editTools: reviewEditTools(review, view.editor.view) } : {}))}</ol>`;
  return html`${controls}
      <p class="muted small review-selection" data-testid="review-selection">${describeSelection(selected.length, data.reviews.length, view.filter)}${shown.pageCount > 1 ? `; page ${shown.page} of ${shown.pageCount}` : ''}</p>
      ${list}
      ${pager({ base: `${path}${reviewListQuery(view.filter)}`, page: shown.page, pageCount: shown.pageCount })}`;
}

export function filmPage(data: FilmData, view: FilmPageView): string {
  const title = filmTitle(data.film);
  const path = filmPath(data.film);
  const scores = data.profile.scores;
  const description = scores
    ? `${title}: ${scores.percentPositive}% positive from ${plural(data.profile.reviewCount, 'critic review')}, average score ${scores.averageScore}/100.`
    : `${title}: ${plural(data.profile.reviewCount, 'critic review')} so far.`;
  const body = html`${filmHero(data)}
<div class="film-layout">
  <div>
    ${filmQuotes(data, { path, perPage: REVIEWS_PER_PAGE })}
    <section class="section" id="reviews" aria-labelledby="reviews-title">
      <div class="section-title"><h2 id="reviews-title">Reviews</h2></div>
      ${reviewList(data, view, path)}
    </section>
    ${view.editor ? filmEditorPanel({ filmId: data.film.id, editor: view.editor.view, log: view.editor.log, back: `${path}#editor-tools` }) : null}
  </div>
  ${filmSide(data, { siteUrl: view.siteUrl })}
</div>`;
  return layout({ title, description, body, canonical: path, ...(view.editor ? { editor: view.editor.view } : {}) });
}
