/**
 * How much a review's own line gains from where it sits (verdict-lines.ts, REVIEW_LINE_PLACE), fitted on the tuning
 * half of the pull-quote pairs only: a conditional logit over each review's candidate lines, whose features are the
 * log of the line's rank without any place weight, and whether it sits in the review's opening or its closing. The
 * chosen line is the one the aggregator quoted. Printed with a 5-fold cross-validation by review (four shuffles):
 * how many tuning reviews get the quoted line into their top 3 with the fitted weights, against the publicist's
 * place weights. Called by `npx tsx bench/pull-quotes.ts --fit-places`. Pure.
 */
import type { PlaceWeights } from '../src/aggregate/profile/pull-quotes/rank-quotes.ts';

export interface PlacedLine {
  /** Rank with the place weight taken out. */
  rank: number;
  position: number;
  sentenceIndex: number;
  hit: boolean;
}

const L2 = 0.03;
const TOP = 3;

function features(line: PlacedLine, places: PlaceWeights): number[] {
  return [Math.log(Math.max(1e-3, line.rank)), line.position <= places.openingUntil ? 1 : 0, line.position >= places.closingFrom ? 1 : 0];
}

function score(line: PlacedLine, w: readonly number[], places: PlaceWeights): number {
  return features(line, places).reduce((sum, x, i) => sum + x * w[i]!, 0);
}

/** Gradient ascent on the conditional log-likelihood, L2 towards (1, 0, 0): the present order. */
function fit(reviews: readonly PlacedLine[][], places: PlaceWeights): number[] {
  const w = [1, 0, 0];
  const trained = reviews.filter((lines) => lines.some((l) => l.hit));
  for (let iteration = 0; iteration < 1500; iteration++) {
    const gradient = [0, 0, 0];
    for (const lines of trained) {
      const s = lines.map((l) => score(l, w, places));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const z = e.reduce((a, b) => a + b, 0);
      const hits = lines.filter((l) => l.hit).length;
      lines.forEach((line, i) => {
        const target = line.hit ? 1 / hits : 0;
        features(line, places).forEach((x, j) => (gradient[j]! += (target - e[i]! / z) * x));
      });
    }
    for (let j = 0; j < w.length; j++) w[j]! += 0.3 * (gradient[j]! / trained.length - L2 * (w[j]! - (j === 0 ? 1 : 0)));
  }
  return w;
}

/** Whether the quoted line is among the top 3 lines (one per sentence) under the weights. */
function hitAtTop(lines: readonly PlacedLine[], w: readonly number[], places: PlaceWeights): boolean {
  const sorted = [...lines].sort((a, b) => score(b, w, places) - score(a, w, places));
  const sentences = new Set<number>();
  for (const line of sorted) {
    if (sentences.has(line.sentenceIndex)) continue;
    sentences.add(line.sentenceIndex);
    if (line.hit) return true;
    if (sentences.size === TOP) return false;
  }
  return false;
}

/** A fixed shuffle: the same folds on every run. */
const foldOf = (index: number, shuffle: number) => Math.floor(Math.abs(Math.sin((index + 1) * 12.9898 + shuffle * 78.233) * 43758.5453)) % 5;

export function fitPlaces(reviews: readonly PlacedLine[][], places: PlaceWeights, publicist: PlaceWeights): string[] {
  const hits = (set: readonly PlacedLine[][], w: readonly number[], p: PlaceWeights) => set.filter((lines) => hitAtTop(lines, w, p)).length;
  const asWeights = (p: PlaceWeights) => [1, Math.log(p.opening), Math.log(p.closing)];
  let crossValidated = 0;
  for (let shuffle = 0; shuffle < 4; shuffle++) {
    for (let fold = 0; fold < 5; fold++) {
      const train = reviews.filter((_, i) => foldOf(i, shuffle) !== fold);
      const test = reviews.filter((_, i) => foldOf(i, shuffle) === fold);
      crossValidated += hits(test, fit(train, places), places);
    }
  }
  const w = fit(reviews, places);
  return [
    `place fit on the tuning half (${reviews.length} reviews; opening ≤ ${places.openingUntil}, closing ≥ ${places.closingFrom}):`,
    `  fitted: log-rank ${w[0]!.toFixed(2)}, opening ${w[1]!.toFixed(2)}, closing ${w[2]!.toFixed(2)}; as weights on the rank: opening ×${Math.exp(w[1]! / w[0]!).toFixed(2)}, closing ×${Math.exp(w[2]! / w[0]!).toFixed(2)}`,
    `  quoted line in the top 3, 5-fold cross-validation (mean of 4 shuffles): ${(crossValidated / 4).toFixed(2)}`,
    `  the same reviews with the shipped weights (×${places.opening}, ×${places.closing}): ${hits(reviews, asWeights(places), places)}; with the publicist's (×${publicist.opening} from ${publicist.closingFrom}): ${hits(reviews, asWeights(publicist), publicist)}`,
  ];
}
