/**
 * The check queue of a film (issue 15): its text-judged reviews ranked by how much an editor's look is worth. The
 * text model is right about 83% of the time on a one-line quote, so some verdicts on every film are wrong; an
 * editor's minutes are best spent where a verdict is likely wrong and flipping it would move the film's figures
 * most. Pure: the reviews in, the ranked entries out, each with its reasons.
 */
import type { StoredReview } from '../domain/film.ts';
import type { Verdict } from '../domain/verdict.ts';
import { addToLean, checkGain, filmLean, type DoubtfulVerdict } from './check-queue-error.ts';

export const CHECK_QUEUE_VERSION = 'check-queue-1';

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
  /** The film's percent positive now and with this verdict flipped (rounded, as the profile shows it). */
  percentPositive: FigureChange;
  /** The film's average score now and with this review's score mirrored (100 − score), as a flipped verdict would. */
  averageScore: FigureChange;
  /**
   * Expected change in the film's figures from this look, the ones above it done: how much it lowers the expected
   * |shown − true| percent positive, in points (check-queue-error.ts), plus SCORE_WEIGHT × P(wrong) × the move of
   * the average score. Negative when a wrong verdict here would only deepen the film's lean.
   */
  benefit: number;
  /** The verdict a correction would set. */
  suggested: Verdict;
  /** Why it is here, in words: "62% sure positive; flipping it would move 54% to 50%". */
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
 * The film's text-judged, uncorrected, counted reviews, most worth a look first. The order is greedy: each entry
 * is the best next look given that the editor has checked the ones above it, because a film's bias is used up as
 * it is corrected (after a few looks at doubtful positives of an over-read film, the next doubtful positive is
 * worth less than it was).
 *
 * @example
 * const queue = rankCheckQueue(await store.filmReviews(film.id));
 * queue.entries[0]?.reasons; // ["51% sure positive; flipping it would move 60% to 40%", ...]
 */
export function rankCheckQueue<R extends QueueReview>(reviews: readonly R[]): CheckQueue<R> {
  const inFigures = reviews.filter(counted);
  const n = inFigures.length;
  if (n === 0) return { version: CHECK_QUEUE_VERSION, counted: 0, entries: [] };
  const step = 100 / n;
  const positives = inFigures.filter((r) => r.verdict === 'positive').length;
  const scoreSum = inFigures.reduce((sum, r) => sum + r.score, 0);
  const ppNow = Math.round(positives * step);
  const avgNow = Math.round(scoreSum / n);
  const candidates = inFigures.filter((r) => r.verdictSource === 'text' && !corrected(r));
  const doubt = (r: QueueReview): DoubtfulVerdict => ({ positive: r.verdict === 'positive', wrong: wrongProbability(r) });
  let lean = filmLean(candidates.map(doubt));
  const entries: CheckQueueEntry<R>[] = [];
  const left = [...candidates];
  while (left.length > 0) {
    let best = 0;
    let bestGain = -Infinity;
    left.forEach((review, i) => {
      const gain = step * checkGain(lean, doubt(review)) + SCORE_WEIGHT * wrongProbability(review) * (Math.abs(100 - 2 * review.score) / n);
      if (gain > bestGain + 1e-12) {
        best = i;
        bestGain = gain;
      }
    });
    const review = left.splice(best, 1)[0]!;
    const wrong = wrongProbability(review);
    const percentPositive = { now: ppNow, flipped: Math.round((positives + (review.verdict === 'positive' ? -1 : 1)) * step) };
    const averageScore = { now: avgNow, flipped: Math.round((scoreSum + 100 - 2 * review.score) / n) };
    entries.push({
      review, wrongProbability: wrong, percentPositive, averageScore, benefit: bestGain,
      suggested: opposite(review.verdict), reasons: reasonsFor(review, wrong, percentPositive, lean.mean * step),
    });
    lean = addToLean(lean, doubt(review), -1);
  }
  return { version: CHECK_QUEUE_VERSION, counted: n, entries };
}

function reasonsFor(review: QueueReview, wrong: number, pp: FigureChange, bias: number): string[] {
  const reasons = [`${percent(1 - wrong)} sure ${review.verdict}; flipping it would move ${pp.now}% to ${pp.flipped}%`];
  if (Math.abs(bias) >= 1) {
    const towards = (bias > 0) === (review.verdict === 'positive');
    reasons.push(
      `the film reads ${Math.abs(bias).toFixed(1)} points more ${bias > 0 ? 'positive' : 'negative'} than its verdicts' probabilities expect`
        + (towards ? '' : '; a wrong verdict here would widen that'),
    );
  }
  const alone = review.readInContext?.alone;
  if (alone && alone.verdict !== review.verdict) {
    const sure = alone.verdict === 'positive' ? alone.probability : 1 - alone.probability;
    reasons.push(`read alone the text said ${alone.verdict} (${percent(sure)} sure); its film's other reviews turned it`);
  }
  return reasons;
}
