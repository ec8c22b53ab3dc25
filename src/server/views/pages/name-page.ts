/** A critic's or an outlet's page: their reviews, how positive they are, and how often they agree with the rest. */
import type { FilmSummary } from '../../../domain/film.ts';
import type { NameSummary, WebReview } from '../../../store/web-port.ts';
import type { Agreement } from '../../critic-agreement.ts';
import { namePath } from '../../paths.ts';
import { html } from '../html.ts';
import { filmTitle, plural } from '../format.ts';
import { layout } from '../layout.ts';
import type { EditorView } from '../editor-view.ts';
import { pageOf, pager } from '../components/pager.ts';
import { reviewCard } from '../components/review-card.ts';

export interface NamePageInput {
  name: NameSummary;
  reviews: WebReview[];
  films: ReadonlyMap<number, FilmSummary>;
  agreement: Agreement;
  page: number;
}

function agreementText(agreement: Agreement): string {
  if (agreement.percent === null) return 'Not enough shared films yet to compare with other critics.';
  return `Agrees with the consensus on ${agreement.percent}% of films (${agreement.agreed} of ${agreement.counted} films where at least three other critics reviewed it and they did not split evenly).`;
}

export function namePage(input: NamePageInput, editor?: EditorView): string {
  const { name, agreement } = input;
  const path = namePath(name.kind, name.id, name.name);
  const shown = pageOf(input.reviews, input.page, 50);
  const positive = name.reviewCount > 0 ? Math.round((100 * name.positiveCount) / name.reviewCount) : null;
  const kindLabel = name.kind === 'critic' ? 'Critic' : 'Outlet';
  const cards = shown.items.map((review) => {
    const film = input.films.get(review.filmId);
    return reviewCard(review, film ? { film: { id: film.id, title: filmTitle(film), linkTitle: film.title } } : {});
  });
  const body = html`<section class="name-hero">
  <div><p class="muted small">${kindLabel}</p><h1>${name.name}</h1>
  <p>${plural(name.reviewCount, 'review')}${positive !== null ? html` · ${positive}% positive` : null}</p>
  <p class="muted" data-testid="agreement">${agreementText(agreement)}</p></div>
</section>
<section class="section" aria-labelledby="reviews-title">
  <div class="section-title"><h2 id="reviews-title">Reviews</h2></div>
  ${input.reviews.length === 0 ? html`<p class="empty">No current reviews.</p>` : html`<ol class="reviews">${cards}</ol>`}
  ${pager({ base: path, page: shown.page, pageCount: shown.pageCount })}
</section>`;
  return layout({ title: `${name.name} (${kindLabel.toLowerCase()})`, body, canonical: path, editor });
}
