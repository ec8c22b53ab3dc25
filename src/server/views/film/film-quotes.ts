/** Pull quotes: the sentences that say the most, each attributed and marked with its review's verdict. */
import type { FilmData } from '../../film-data.ts';
import type { QuoteView } from '../../film-sections.ts';
import { pageOfReview, reviewListQuery, DEFAULT_REVIEW_FILTER } from '../../review-list.ts';
import { attributionText } from '../attribution.ts';
import { html, type SafeHtml } from '../html.ts';

export interface FilmQuotesOptions {
  /** The film page's path, and how many reviews a page of its list shows: a quote links to the page with its review. */
  path: string;
  perPage: number;
}

function quote(item: QuoteView, href: string): SafeHtml {
  return html`<figure class="quote quote--${item.verdict}">
  <blockquote>“${item.text}”</blockquote>
  <figcaption><a href="${href}">${attributionText(item)}</a>${item.fromHeadline ? ' · headline of the review' : ''} · ${item.verdict === 'positive' ? 'positive review' : 'negative review'}</figcaption>
</figure>`;
}

export function filmQuotes(data: FilmData, options: FilmQuotesOptions): SafeHtml | null {
  if (data.sections.quotes.length === 0) return null;
  // The review may sit past the first page, or outside the list as filtered now: link to the plain list's page with it.
  const hrefOf = (item: QuoteView) => {
    const page = pageOfReview(data.reviews, item.reviewId, options.perPage) ?? 1;
    return `${options.path}${reviewListQuery(DEFAULT_REVIEW_FILTER, page)}#review-${item.reviewId}`;
  };
  return html`<section class="section" aria-labelledby="quotes-title" data-testid="pull-quotes">
  <div class="section-title"><h2 id="quotes-title">What critics say</h2></div>
  <div class="quotes">${data.sections.quotes.map((item) => quote(item, hrefOf(item)))}</div></section>`;
}
