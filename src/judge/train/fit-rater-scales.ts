/**
 * Counts how critics and outlets rate (rater-score.ts uses it): each rated training review adds its normalised
 * score to its critic's, its outlet's and everyone's histogram for its side. The side centres are the median
 * calibrated logits of the rated dev quotes. Pure.
 */
import type { RaterScales, SideHistograms } from '../model/model-data.ts';
import { criticKey, outletKey, SCORE_POINTS } from '../rater-score.ts';
import { median, round } from './fit-small-parts.ts';

export interface RatedReview {
  score: number;
  positive: boolean;
  critic: string;
  outlet: string;
}

export type RaterSettings = Pick<RaterScales, 'criticPrior' | 'outletPrior' | 'leniencyWeight' | 'leniencyPrior' | 'tilt'>;

interface Counts {
  positive: number[];
  negative: number[];
}

const emptyCounts = (): Counts => ({ positive: new Array<number>(SCORE_POINTS).fill(0), negative: new Array<number>(SCORE_POINTS).fill(0) });

/** Counts as `[score, count, ...]` pairs, the empty scores left out. */
function toHistograms(counts: Counts): SideHistograms {
  const pairs = (bins: number[]) => bins.flatMap((n, score) => (n > 0 ? [score, n] : []));
  return { positive: pairs(counts.positive), negative: pairs(counts.negative) };
}

export function fitRaterScales(
  trainRated: readonly RatedReview[],
  devRated: readonly { z: number; positive: boolean }[],
  settings: RaterSettings,
): RaterScales {
  const all = emptyCounts();
  const critics = new Map<string, Counts>();
  const outlets = new Map<string, Counts>();
  const add = (table: Map<string, Counts>, key: string, side: 'positive' | 'negative', score: number) => {
    if (key === '') return;
    let counts = table.get(key);
    if (!counts) table.set(key, (counts = emptyCounts()));
    counts[side][score]!++;
  };
  for (const review of trainRated) {
    const score = Math.min(SCORE_POINTS - 1, Math.max(0, Math.round(review.score)));
    const side = review.positive ? 'positive' : 'negative';
    all[side][score]!++;
    add(critics, criticKey(review.critic), side, score);
    add(outlets, outletKey(review.outlet), side, score);
  }
  // Sorted keys, so that the model file's bytes do not depend on the order of the rows.
  const table = (counts: Map<string, Counts>) => Object.fromEntries([...counts.keys()].sort().map((key) => [key, toHistograms(counts.get(key)!)]));
  return {
    all: toHistograms(all),
    critics: table(critics),
    outlets: table(outlets),
    ...settings,
    centres: {
      positive: round(median(devRated.filter((r) => r.positive).map((r) => r.z)), 4),
      negative: round(median(devRated.filter((r) => !r.positive).map((r) => r.z)), 4),
    },
  };
}
