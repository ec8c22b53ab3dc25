/** Pull quotes: the sentences that say the most, each attributed and marked with its review's verdict. */
import type { FilmData } from '../../film-data.ts';
import type { QuoteView } from '../../film-sections.ts';
import { html, type SafeHtml } from '../html.ts';

function quote(item: QuoteView): SafeHtml {
  const source = [item.critic, item.outlet].filter(Boolean).join(', ') || 'Unattributed review';
  return html`<figure class="quote quote--${item.verdict}">
  <blockquote>“${item.text}”</blockquote>
  <figcaption><a href="#review-${item.reviewId}">${source}</a> · ${item.verdict === 'positive' ? 'positive review' : 'negative review'}</figcaption>
</figure>`;
}

export function filmQuotes(data: FilmData): SafeHtml | null {
  if (data.sections.quotes.length === 0) return null;
  return html`<section class="section" aria-labelledby="quotes-title" data-testid="pull-quotes">
  <div class="section-title"><h2 id="quotes-title">What critics say</h2></div>
  <div class="quotes">${data.sections.quotes.map(quote)}</div></section>`;
}
