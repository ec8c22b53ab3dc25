/** The film page: hero with the score, pull quotes, every review (paged), and the side column. */
import type { FilmData } from '../../film-data.ts';
import { filmPath } from '../../paths.ts';
import { filmHero } from '../film/film-hero.ts';
import { filmQuotes } from '../film/film-quotes.ts';
import { filmSide } from '../film/film-side.ts';
import { html } from '../html.ts';
import { filmTitle, plural } from '../format.ts';
import { layout } from '../layout.ts';
import { pageOf, pager } from '../components/pager.ts';
import { reviewCard } from '../components/review-card.ts';

export const REVIEWS_PER_PAGE = 50;

export function filmPage(data: FilmData, page: number): string {
  const title = filmTitle(data.film);
  const path = filmPath(data.film);
  const shown = pageOf(data.reviews, page, REVIEWS_PER_PAGE);
  const scores = data.profile.scores;
  const description = scores
    ? `${title}: ${scores.percentPositive}% positive from ${plural(data.profile.reviewCount, 'critic review')}, average score ${scores.averageScore}/100.`
    : `${title}: ${plural(data.profile.reviewCount, 'critic review')} so far.`;
  const body = html`${filmHero(data)}
<div class="film-layout">
  <div>
    ${filmQuotes(data)}
    <section class="section" aria-labelledby="reviews-title">
      <div class="section-title"><h2 id="reviews-title">Reviews</h2><span class="muted small">${plural(data.reviews.length, 'review')}, newest first</span></div>
      ${data.reviews.length === 0 ? html`<p class="empty">No reviews of this film yet.</p>` : html`<ol class="reviews">${shown.items.map((review) => reviewCard(review))}</ol>`}
      ${pager({ base: path, page: shown.page, pageCount: shown.pageCount })}
    </section>
  </div>
  ${filmSide(data)}
</div>`;
  return layout({ title, description, body, canonical: path });
}
