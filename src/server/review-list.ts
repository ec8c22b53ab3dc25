/**
 * Which of a film's reviews a list shows and in what order: by verdict, top critics only, newest, oldest, highest
 * or lowest score. The film page and GET /api/v1/films/{id}/reviews both read their query through
 * ReviewListQuery and select through selectReviews, so the page and the API always agree. Pure: no store, no
 * request, no HTML.
 */
import { z } from 'zod';
import type { Verdict } from '../domain/verdict.ts';

export const REVIEW_SORTS = ['newest', 'oldest', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewFilter {
  /** Null: both verdicts. */
  verdict: Verdict | null;
  topOnly: boolean;
  sort: ReviewSort;
}

export const DEFAULT_REVIEW_FILTER: ReviewFilter = { verdict: null, topOnly: false, sort: 'newest' };

/**
 * The filter's query parameters. Verdicts are the two a review has (domain/verdict.ts); "mixed" is a score band,
 * not a verdict, so it is not offered here.
 */
export const ReviewListQuery = z.object({
  verdict: z.enum(['all', 'positive', 'negative']).default('all').describe('Only reviews with this verdict (default all)'),
  top: z.enum(['0', '1', 'false', 'true']).default('0').describe('1 (or true): only reviews by top critics'),
  sort: z
    .enum(REVIEW_SORTS)
    .default('newest')
    .describe('newest or oldest by publication date (undated reviews last), or highest or lowest score first'),
});

export function reviewFilterOf(query: z.infer<typeof ReviewListQuery>): ReviewFilter {
  return {
    verdict: query.verdict === 'all' ? null : query.verdict,
    topOnly: query.top === '1' || query.top === 'true',
    sort: query.sort,
  };
}

/** What a listed review needs for filtering and sorting. */
export interface ListedReview {
  id: number;
  verdict: Verdict;
  score: number;
  topCritic: boolean;
  publishedAt: string | null;
}

/** Newest first, undated last (they cannot be placed), then by id so the order is stable across requests. */
function byDate(direction: 1 | -1) {
  return (a: ListedReview, b: ListedReview): number => {
    if (a.publishedAt !== b.publishedAt) {
      if (a.publishedAt === null) return 1;
      if (b.publishedAt === null) return -1;
      return direction * (a.publishedAt < b.publishedAt ? -1 : 1);
    }
    return a.id - b.id;
  };
}

const newest = byDate(-1);
const ORDER: Record<ReviewSort, (a: ListedReview, b: ListedReview) => number> = {
  newest,
  oldest: byDate(1),
  highest: (a, b) => b.score - a.score || newest(a, b),
  lowest: (a, b) => a.score - b.score || newest(a, b),
};

function matches(review: ListedReview, filter: Pick<ReviewFilter, 'verdict' | 'topOnly'>): boolean {
  return (filter.verdict === null || review.verdict === filter.verdict) && (!filter.topOnly || review.topCritic);
}

/**
 * @example
 * selectReviews(reviews, { verdict: 'negative', topOnly: true, sort: 'highest' })
 */
export function selectReviews<T extends ListedReview>(reviews: readonly T[], filter: ReviewFilter): T[] {
  return reviews.filter((review) => matches(review, filter)).sort(ORDER[filter.sort]);
}

/** How many reviews each choice would show, the other choice held: the numbers beside the filter links. */
export interface FilterCounts {
  verdict: Record<'all' | Verdict, number>;
  critics: { all: number; top: number };
}

export function filterCounts(reviews: readonly ListedReview[], filter: ReviewFilter): FilterCounts {
  const count = (verdict: Verdict | null, topOnly: boolean) => reviews.filter((r) => matches(r, { verdict, topOnly })).length;
  return {
    verdict: { all: count(null, filter.topOnly), positive: count('positive', filter.topOnly), negative: count('negative', filter.topOnly) },
    critics: { all: count(filter.verdict, false), top: count(filter.verdict, true) },
  };
}

const SORT_WORDS: Record<ReviewSort, string> = {
  newest: 'newest first',
  oldest: 'oldest first',
  highest: 'highest score first',
  lowest: 'lowest score first',
};

export const SORT_LABELS: Record<ReviewSort, string> = {
  newest: 'Newest',
  oldest: 'Oldest',
  highest: 'Highest score',
  lowest: 'Lowest score',
};

/**
 * "12 of 163 reviews, negative, top critics only, highest score first"; unfiltered, "163 reviews, newest first".
 */
export function describeSelection(shown: number, total: number, filter: ReviewFilter): string {
  const noun = total === 1 ? 'review' : 'reviews';
  const filtered = filter.verdict !== null || filter.topOnly;
  const parts = [filtered ? `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${noun}` : `${total.toLocaleString('en-US')} ${noun}`];
  if (filter.verdict !== null) parts.push(filter.verdict);
  if (filter.topOnly) parts.push('top critics only');
  parts.push(SORT_WORDS[filter.sort]);
  return parts.join(', ');
}

/** The query string for a filter and page, defaults left out, so the plain list keeps its plain address. */
export function reviewListQuery(filter: ReviewFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.verdict !== null) params.set('verdict', filter.verdict);
  if (filter.topOnly) params.set('top', '1');
  if (filter.sort !== DEFAULT_REVIEW_FILTER.sort) params.set('sort', filter.sort);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The page (1-based) of the unfiltered, newest-first list that shows a review, or null when it is not listed. */
export function pageOfReview(reviews: readonly ListedReview[], reviewId: number, perPage: number): number | null {
  const index = selectReviews(reviews, DEFAULT_REVIEW_FILTER).findIndex((review) => review.id === reviewId);
  return index < 0 ? null : Math.floor(index / perPage) + 1;
}
