/** The home page: a search box first, then the best-reviewed and the latest films. */
import type { FilmSummary } from '../../../domain/film.ts';
import type { StoreCounts } from '../../../store/port.ts';
import { html } from '../html.ts';
import { layout, searchForm } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { filmList } from '../components/film-card.ts';

export interface HomeInput {
  top: FilmSummary[];
  recent: FilmSummary[];
  counts: StoreCounts;
  minReviews: number;
}

export function homePage(input: HomeInput, editor?: EditorView): string {
  const { counts } = input;
  const body = html`<section class="hero">
  <h1>What the critics really said.</h1>
  <p>Plaudit reads critics' reviews, judges each one, and shows every film's profile with honest uncertainty and every review behind it.</p>
  ${searchForm('', 'home-search')}
  <div class="stats">
    <span><strong>${counts.films.toLocaleString('en-US')}</strong> films</span>
    <span><strong>${counts.reviews.toLocaleString('en-US')}</strong> reviews</span>
    <span><strong>${counts.critics.toLocaleString('en-US')}</strong> critics</span>
    <span><strong>${counts.outlets.toLocaleString('en-US')}</strong> outlets</span>
  </div>
</section>
<section class="section" aria-labelledby="top-title">
  <div class="section-title"><h2 id="top-title">Best reviewed</h2><a href="/films?sort=top">All top films →</a></div>
  ${input.top.length > 0 ? filmList(input.top, input.minReviews) : html`<p class="empty">No film has ${input.minReviews} reviews yet; scores show from there.</p>`}
</section>
<section class="section" aria-labelledby="recent-title">
  <div class="section-title"><h2 id="recent-title">Recently added</h2><a href="/films?sort=recent">All films →</a></div>
  ${filmList(input.recent, input.minReviews)}
</section>`;
  return layout({ title: 'Critic reviews, weighed in the open', description: 'Film profiles built from critics\' reviews.', body, canonical: '/', editor });
}
