/**
 * The check queue of a film (issue 15): its text-judged reviews ranked by how much an editor's look is worth. The
 * text model is right about 83% of the time on a one-line quote, so some verdicts on every film are wrong; an
 * editor's minutes are best spent where a verdict is likely wrong and flipping it would move the film's figures
 * most. Pure: the reviews in, the ranked entries out, each with its reasons.
 */
import type { StoredReview } from '../domain/film.ts';
import type { Verdict } from '../domain/verdict.ts';
import { positiveWeight } from './expected-positive.ts';

/**
 * check-queue-2: ranked for the figure the profile shows since issue 18, the expected share. check-queue-1 was
 * ranked for a count of hard verdicts, by the film's lean (a wrong verdict on the side the count leans was worth more).
 */
export const CHECK_QUEUE_VERSION = 'check-queue-2';

/**
 * How much a point of average score counts against a point of percent positive. Percent positive is the headline
 * figure and the one a verdict decides; the average moves with the score an editor may also fix, so it counts, less.
 */
export const SCORE_WEIGHT = 0.25;

export type QueueReview = Pick<
  StoredReview,
  'id' | 'verdict' | 'probability' | 'score' | 'verdictSource' | 'duplicateOf' | 'readInContext' | 'correction'
>;

export interface FigureChange {
  now: number;
  flipped: number;
}

export interface CheckQueueEntry<R extends QueueReview = QueueReview> {
  review: R;
  /** The verdict's chance of being wrong, 0-1, from the probability the judge gave (read in context when it was). */
  wrongProbability: number;
  /**
   * The film's percent positive now and with this review set to the other verdict, rounded, as the profile shows it
   * (expected-positive.ts: the review then counts 1 or 0 in place of its probability); before any re-reading the
   * correction brings about.
   */
  percentPositive: FigureChange;
  /** The film's average score now and with this review's score mirrored (100 − score), as a flipped verdict would. */
  averageScore: FigureChange;
  /**
   * Expected change in the film's figures from this look, in points: how far the percent positive shown is expected
   * to move, 2 × q × (1 − q) × 100 / reviews for P(positive) q (confirmed, the review counts 1 or 0 in place of
   * q; corrected, the other), plus SCORE_WEIGHT × P(wrong) × the move of the average score.
   */
  benefit: number;
  /** The verdict a correction would set. */
  suggested: Verdict;
  /** Why it is here, in words: "flipping it to negative would move the film from 54% to 50% positive". */
  reasons: string[];
}

export interface CheckQueue<R extends QueueReview = QueueReview> {
  version: string;
  /** The reviews counted in the film's figures (duplicates and removed ones left out). */
  counted: number;
  entries: CheckQueueEntry<R>[];
}

/** A review an editor has already looked at: corrected (verdict, score or removal) or with the editor's source. */
function corrected(review: QueueReview): boolean {
  return (review.correction !== undefined && review.correction !== null) || review.verdictSource === 'editor';
}

/** Counted in the film's figures: not a duplicate, not removed by an editor, judged by something (not-judged.ts). */
function counted(review: QueueReview): boolean {
  return (review.duplicateOf === null || review.duplicateOf === undefined) && review.correction?.removed !== true && review.verdictSource !== 'none';
}

/**
 * The stored probability is P(positive). For a review read beside its film's others it is the pooled reading,
 * which the judge's evaluation finds more often right than the text alone (the film's mean is evidence too), so it
 * is the one that says how likely the shown verdict is wrong; the reading alone is only quoted when it disagrees
 * (averaging the two ranked no better: BENCHMARKS.md, check queue).
 */
export function wrongProbability(review: Pick<QueueReview, 'verdict' | 'probability'>): number {
  const p = Math.min(1, Math.max(0, review.probability));
  return review.verdict === 'positive' ? 1 - p : p;
}

const opposite = (verdict: Verdict): Verdict => (verdict === 'positive' ? 'negative' : 'positive');
const percent = (x: number) => `${Math.round(100 * x)}%`;

/**
 * The film's text-judged, uncorrected, counted reviews, most worth a look first. The figure shown counts each by its
 * probability q, so what a look settles is q's doubt: the figure moves by 1 − q towards positive or q towards
 * negative, 2q(1 − q) in expectation, most for a review near 50% and for a film with few reviews. A look also tells
 * the film's offset (film-context.ts) the most where q(1 − q) is largest, so the same order serves both.
 *
 * @example
 * const queue = rankCheckQueue(await store.filmReviews(film.id));
 * queue.entries[0]?.reasons; // ["flipping it to negative would move the film from 60% to 40% positive", ...]
 */
export function rankCheckQueue<R extends QueueReview>(reviews: readonly R[]): CheckQueue<R> {
  const inFigures = reviews.filter(counted);
  const n = inFigures.length;
  if (n === 0) return { version: CHECK_QUEUE_VERSION, counted: 0, entries: [] };
  const step = 100 / n;
  const expected = inFigures.reduce((sum, r) => sum + positiveWeight(r), 0);
  const scoreSum = inFigures.reduce((sum, r) => sum + r.score, 0);
  const ppNow = Math.round(expected * step);
  const avgNow = Math.round(scoreSum / n);
  const entries = inFigures
    .filter((r) => r.verdictSource === 'text' && !corrected(r))
    .map((review): CheckQueueEntry<R> => {
      const wrong = wrongProbability(review);
      const percentPositive = { now: ppNow, flipped: Math.round((expected - positiveWeight(review) + (review.verdict === 'positive' ? 0 : 1)) * step) };
      const averageScore = { now: avgNow, flipped: Math.round((scoreSum + 100 - 2 * review.score) / n) };
      const benefit = step * 2 * wrong * (1 - wrong) + SCORE_WEIGHT * wrong * (Math.abs(100 - 2 * review.score) / n);
      return { review, wrongProbability: wrong, percentPositive, averageScore, benefit, suggested: opposite(review.verdict), reasons: reasonsFor(review, percentPositive) };
    });
  // Stable for equal benefit: the store's order (newest first) breaks ties.
  entries.sort((a, b) => b.benefit - a.benefit);
  return { version: CHECK_QUEUE_VERSION, counted: n, entries };
}

function reasonsFor(review: QueueReview, pp: FigureChange): string[] {
  // How sure the reading is sits beside the verdict wherever a queue is shown; the reason says what a flip does.
  const reasons = [`flipping it to ${opposite(review.verdict)} would move the film from ${pp.now}% to ${pp.flipped}% positive`];
  const alone = review.readInContext?.alone;
  if (alone && alone.verdict !== review.verdict) {
    const sure = alone.verdict === 'positive' ? alone.probability : 1 - alone.probability;
    reasons.push(`read alone the text said ${alone.verdict} (${percent(sure)} sure); its film's other reviews turned it`);
  }
  return reasons;
}
