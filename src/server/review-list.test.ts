import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REVIEW_FILTER,
  describeSelection,
  filterCounts,
  pageOfReview,
  reviewFilterOf,
  ReviewListQuery,
  reviewListQuery,
  selectReviews,
  type ListedReview,
} from './review-list.ts';

const review = (id: number, verdict: 'positive' | 'negative', score: number, publishedAt: string | null, topCritic = false): ListedReview => ({
  id,
  verdict,
  score,
  publishedAt,
  topCritic,
});

const REVIEWS: ListedReview[] = [
  review(1, 'positive', 80, '2019-04-12', true),
  review(2, 'negative', 30, '2019-05-01'),
  review(3, 'positive', 65, null),
  review(4, 'negative', 45, '2019-03-20', true),
  review(5, 'positive', 80, '2019-06-02'),
];
const ids = (list: ListedReview[]) => list.map((r) => r.id);

describe('selectReviews', () => {
  it('lists newest first by default, undated last', () => {
    expect(ids(selectReviews(REVIEWS, DEFAULT_REVIEW_FILTER))).toEqual([5, 2, 1, 4, 3]);
  });

  it('oldest first still puts the undated last', () => {
    expect(ids(selectReviews(REVIEWS, { ...DEFAULT_REVIEW_FILTER, sort: 'oldest' }))).toEqual([4, 1, 2, 5, 3]);
  });

  it('by score, ties broken newest first', () => {
    expect(ids(selectReviews(REVIEWS, { ...DEFAULT_REVIEW_FILTER, sort: 'highest' }))).toEqual([5, 1, 3, 4, 2]);
    expect(ids(selectReviews(REVIEWS, { ...DEFAULT_REVIEW_FILTER, sort: 'lowest' }))).toEqual([2, 4, 3, 5, 1]);
  });

  it('narrows to a verdict, to top critics, and to both', () => {
    expect(ids(selectReviews(REVIEWS, { ...DEFAULT_REVIEW_FILTER, verdict: 'negative' }))).toEqual([2, 4]);
    expect(ids(selectReviews(REVIEWS, { ...DEFAULT_REVIEW_FILTER, topOnly: true }))).toEqual([1, 4]);
    expect(ids(selectReviews(REVIEWS, { verdict: 'positive', topOnly: true, sort: 'newest' }))).toEqual([1]);
  });

  it('leaves the input as it was', () => {
    const before = ids(REVIEWS);
    selectReviews(REVIEWS, { ...DEFAULT_REVIEW_FILTER, sort: 'lowest' });
    expect(ids(REVIEWS)).toEqual(before);
  });
});

describe('the query', () => {
  it('reads verdict, top and sort, with defaults', () => {
    expect(reviewFilterOf(ReviewListQuery.parse({}))).toEqual(DEFAULT_REVIEW_FILTER);
    expect(reviewFilterOf(ReviewListQuery.parse({ verdict: 'negative', top: '1', sort: 'highest' }))).toEqual({
      verdict: 'negative',
      topOnly: true,
      sort: 'highest',
    });
    expect(reviewFilterOf(ReviewListQuery.parse({ verdict: 'all', top: 'false' }))).toEqual(DEFAULT_REVIEW_FILTER);
  });

  it('refuses what it does not know: "mixed" is a score band, not a verdict', () => {
    expect(ReviewListQuery.safeParse({ verdict: 'mixed' }).success).toBe(false);
    expect(ReviewListQuery.safeParse({ sort: 'score' }).success).toBe(false);
    expect(ReviewListQuery.safeParse({ top: 'yes' }).success).toBe(false);
  });

  it('writes the query back with the defaults left out', () => {
    expect(reviewListQuery(DEFAULT_REVIEW_FILTER)).toBe('');
    expect(reviewListQuery(DEFAULT_REVIEW_FILTER, 2)).toBe('?page=2');
    expect(reviewListQuery({ verdict: 'negative', topOnly: true, sort: 'highest' }, 3)).toBe('?verdict=negative&top=1&sort=highest&page=3');
  });
});

describe('counts and words', () => {
  it('counts each choice with the other held', () => {
    expect(filterCounts(REVIEWS, { ...DEFAULT_REVIEW_FILTER, topOnly: true })).toEqual({
      verdict: { all: 2, positive: 1, negative: 1 },
      critics: { all: 5, top: 2 },
    });
    expect(filterCounts(REVIEWS, { ...DEFAULT_REVIEW_FILTER, verdict: 'negative' }).critics).toEqual({ all: 2, top: 1 });
  });

  it('says what is shown: "12 of 163 reviews, negative, ..." when filtered, the plain count otherwise', () => {
    expect(describeSelection(12, 163, { verdict: 'negative', topOnly: false, sort: 'highest' })).toBe('12 of 163 reviews, negative, highest score first');
    expect(describeSelection(3, 1200, { verdict: null, topOnly: true, sort: 'oldest' })).toBe('3 of 1,200 reviews, top critics only, oldest first');
    expect(describeSelection(163, 163, DEFAULT_REVIEW_FILTER)).toBe('163 reviews, newest first');
    expect(describeSelection(1, 1, DEFAULT_REVIEW_FILTER)).toBe('1 review, newest first');
  });

  it('finds the page of the plain list that shows a review', () => {
    expect(pageOfReview(REVIEWS, 5, 2)).toBe(1);
    expect(pageOfReview(REVIEWS, 4, 2)).toBe(2);
    expect(pageOfReview(REVIEWS, 3, 2)).toBe(3);
    expect(pageOfReview(REVIEWS, 99, 2)).toBeNull();
  });
});
