/**
 * How split the critics are. The headline is the spread of scores (twice their standard deviation, so 0 means
 * every critic gave the same score and 100 means half gave 0 and half 100); the verdict split sits beside it. The
 * spread is the headline because a film every critic calls middling splits fresh/rotten verdicts down the middle
 * without dividing anyone.
 */
import { METHOD } from './methods.ts';
import { meanInterval } from './score-interval.ts';

export const DIVISIVENESS_VERSION = 'divisiveness-1';

/** Published thresholds on the 0-100 divisiveness (docs/methodology.md#divisiveness). */
export const DIVISIVENESS_LABELS = [
  { below: 30, label: 'broad agreement' },
  { below: 50, label: 'some disagreement' },
  { below: Infinity, label: 'divisive' },
] as const;

export interface Divisiveness {
  /** 0-100: 2 × the standard deviation of the scores. */
  value: number;
  label: (typeof DIVISIVENESS_LABELS)[number]['label'];
  /** Standard deviation of the scores, in points. */
  scoreSpread: number;
  /** 0-100: 100 × (1 − |2p − 1|) for the share p of positive verdicts; 0 unanimous, 100 an even split. */
  verdictSplit: number;
  method: string;
  version: string;
}

export function divisiveness(reviews: readonly { verdict: 'positive' | 'negative'; score: number }[]): Divisiveness {
  const { sd } = meanInterval(reviews.map((r) => r.score));
  const p = reviews.filter((r) => r.verdict === 'positive').length / Math.max(1, reviews.length);
  const value = Math.min(100, Math.round(2 * sd));
  const label = DIVISIVENESS_LABELS.find((l) => value < l.below)!.label;
  return {
    value,
    label,
    scoreSpread: Math.round(sd * 10) / 10,
    verdictSplit: Math.round(100 * (1 - Math.abs(2 * p - 1))),
    method: METHOD.divisiveness,
    version: DIVISIVENESS_VERSION,
  };
}
