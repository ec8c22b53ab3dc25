/**
 * The text score on the critic's own scale. The text tells a rating's side (fresh or rotten) far better than its
 * value, and the value of a fresh review depends on who writes it: 3/4, B+ and 4/5 are 75, 83 and 80. So the score
 * is the median of the ratings this critic (else this outlet, else everyone) gives on each side, mixed by the text's
 * probability of each side, leaned within each side by how far the text's log-odds is from that side's typical
 * one. A critic's share of positive reviews also moves the side probability used here (never the verdict).
 * The settings were chosen on dev by 5-fold cross-validation (BENCHMARKS.md); the lean (tilt) since issue 18 is
 * wider than the error alone would pick, because a median hugs the middle of a side: with the error-minimising lean
 * the scores spread only 0.72 as widely as the ratings (a rave read 80, a pan 38: each near its side's middle). Pure.
 */
import { nameKey } from '../extract/person-names.ts';
import { sigmoid } from './model/calibration.ts';
import type { RaterScales, SideHistograms } from './model/model-data.ts';

export const SCORE_POINTS = 101;

export interface Rater {
  critic?: string | null | undefined;
  outlet?: string | null | undefined;
}

/** A critic's name as the scales key it ("Roger Ebert" and "ROGER EBERT." are one critic). */
export const criticKey = nameKey;

/** An outlet's name as the scales key it: "The New York Times" and "New York Times" are one outlet. */
export function outletKey(outlet: string): string {
  return nameKey(outlet).replace(/^the /, '');
}

interface SidePmfs {
  positive: Float64Array;
  negative: Float64Array;
  positiveCount: number;
  negativeCount: number;
}

function toPmf(histogram: readonly number[]): { pmf: Float64Array; count: number } {
  const pmf = new Float64Array(SCORE_POINTS);
  let count = 0;
  for (let i = 0; i + 1 < histogram.length; i += 2) {
    pmf[histogram[i]!] = histogram[i + 1]!;
    count += histogram[i + 1]!;
  }
  if (count > 0) for (let s = 0; s < SCORE_POINTS; s++) pmf[s]! /= count;
  return { pmf, count };
}

function toSides(histograms: SideHistograms): SidePmfs {
  const positive = toPmf(histograms.positive);
  const negative = toPmf(histograms.negative);
  return { positive: positive.pmf, negative: negative.pmf, positiveCount: positive.count, negativeCount: negative.count };
}

/** `prior` reviews' worth of `base` mixed into `own`'s `count` reviews; `base` alone when there are none. */
function shrink(own: Float64Array, count: number, base: Float64Array, prior: number): Float64Array {
  if (count === 0) return base;
  const out = new Float64Array(SCORE_POINTS);
  for (let s = 0; s < SCORE_POINTS; s++) out[s] = (count * own[s]! + prior * base[s]!) / (count + prior);
  return out;
}

/**
 * Re-weights a side's ratings towards its high end when the text is more sure of the side than usual (and towards
 * its low end when less): each score's weight is multiplied by exp(lean * (its percentile - 0.5)). Returns the CDF.
 */
function leanedCdf(pmf: Float64Array, lean: number): Float64Array {
  const weights = new Float64Array(SCORE_POINTS);
  let below = 0;
  let total = 0;
  for (let s = 0; s < SCORE_POINTS; s++) {
    const p = pmf[s]!;
    const percentile = below + p / 2;
    below += p;
    weights[s] = p * Math.exp(lean * (percentile - 0.5));
    total += weights[s]!;
  }
  let running = 0;
  for (let s = 0; s < SCORE_POINTS; s++) {
    running += weights[s]! / (total || 1);
    weights[s] = running;
  }
  return weights;
}

export type RaterScorer = (logit: number, rater: Rater) => number;

/** A scorer over the scales; each critic's and outlet's histograms are decoded once, when first met. */
export function createRaterScorer(scales: RaterScales): RaterScorer {
  const all = toSides(scales.all);
  const allPositiveShare = all.positiveCount / Math.max(1, all.positiveCount + all.negativeCount);
  const baseLogOdds = Math.log(allPositiveShare / (1 - allPositiveShare));
  const decoded = new Map<string, SidePmfs | null>();
  const lookup = (table: Record<string, SideHistograms>, prefix: string, key: string): SidePmfs | null => {
    const id = prefix + key;
    let found = decoded.get(id);
    if (found === undefined) {
      const histograms = Object.hasOwn(table, key) ? table[key] : undefined;
      found = histograms ? toSides(histograms) : null;
      decoded.set(id, found);
    }
    return found;
  };

  return (logit, rater) => {
    const critic = rater.critic ? lookup(scales.critics, 'c:', criticKey(rater.critic)) : null;
    const outlet = rater.outlet ? lookup(scales.outlets, 'o:', outletKey(rater.outlet)) : null;
    let sideLogit = logit;
    if (critic) {
      // The critic's positive share, pulled towards everyone's, as a shift in log-odds.
      const k = scales.leniencyPrior;
      const leniency = Math.log((critic.positiveCount + k * allPositiveShare) / (critic.negativeCount + k * (1 - allPositiveShare))) - baseLogOdds;
      sideLogit += scales.leniencyWeight * leniency;
    }
    const positive = sigmoid(sideLogit);
    const sideCdf = (side: 'positive' | 'negative'): Float64Array => {
      const count = side === 'positive' ? 'positiveCount' : 'negativeCount';
      let pmf = all[side];
      if (outlet) pmf = shrink(outlet[side], outlet[count], pmf, scales.outletPrior);
      if (critic) pmf = shrink(critic[side], critic[count], pmf, scales.criticPrior);
      return leanedCdf(pmf, scales.tilt * (logit - scales.centres[side]));
    };
    const positiveCdf = sideCdf('positive');
    const negativeCdf = sideCdf('negative');
    for (let s = 0; s < SCORE_POINTS; s++) {
      if (positive * positiveCdf[s]! + (1 - positive) * negativeCdf[s]! >= 0.5) return s;
    }
    return SCORE_POINTS - 1;
  };
}
