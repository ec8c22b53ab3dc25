/**
 * The controls above a film's review list: verdict, top critics, and order, as plain links (no script, no form
 * to submit) that keep the other choices and go back to page 1. The current choice is marked with aria-current.
 */
import type { FilterCounts, ReviewFilter, ReviewSort } from '../../review-list.ts';
import { REVIEW_SORTS, reviewListQuery, SORT_LABELS } from '../../review-list.ts';
import { html, type SafeHtml } from '../html.ts';

export interface ReviewFiltersInput {
  /** The film page's path, without a query. */
  path: string;
  filter: ReviewFilter;
  counts: FilterCounts;
  /** Offer the top-critics choice only when the data marks top critics. */
  hasTopCritics: boolean;
}

function choice(input: ReviewFiltersInput, change: Partial<ReviewFilter>, label: string, count: number | null): SafeHtml {
  const target = { ...input.filter, ...change };
  const current = target.verdict === input.filter.verdict && target.topOnly === input.filter.topOnly && target.sort === input.filter.sort;
  const href = `${input.path}${reviewListQuery(target)}#reviews`;
  return html`<a href="${href}"${current ? html` aria-current="true"` : null}>${label}${count === null ? null : html` <span class="review-filter-count">${count.toLocaleString('en-US')}</span>`}</a>`;
}

function group(label: string, choices: SafeHtml[]): SafeHtml {
  return html`<div class="review-filter" role="group" aria-label="${label}"><span class="review-filter-label">${label}</span>${choices}</div>`;
}

export function reviewFilters(input: ReviewFiltersInput): SafeHtml {
  const { counts } = input;
  const verdicts = group('Verdict', [
    choice(input, { verdict: null }, 'All', counts.verdict.all),
    choice(input, { verdict: 'positive' }, 'Positive', counts.verdict.positive),
    choice(input, { verdict: 'negative' }, 'Negative', counts.verdict.negative),
  ]);
  const critics =
    input.hasTopCritics || input.filter.topOnly
      ? group('Critics', [choice(input, { topOnly: false }, 'All', counts.critics.all), choice(input, { topOnly: true }, 'Top critics', counts.critics.top)])
      : null;
  const order = group(
    'Order',
    REVIEW_SORTS.map((sort: ReviewSort) => choice(input, { sort }, SORT_LABELS[sort], null)),
  );
  return html`<nav class="review-filters" aria-label="Filter and sort the reviews">${verdicts}${critics}${order}</nav>`;
}
