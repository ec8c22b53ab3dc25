/**
 * An explicit rating and the text, combined into one probability of a positive verdict. The rating is the strongest
 * signal (a normalised 60+ is fresh about 94% of the time); in the ambiguous band (roughly 55-69) the text tips it.
 * The band weights and text weights are fitted by the trainer on the dev split, because the text logit's scale
 * belongs to the model that produced it. Pure.
 */
import type { RatingCombination } from './model/model-data.ts';

/** Bands used when the text model carries no fitted combination (the lexicon fallback): hand-set, conservative. */
export const DEFAULT_RATING_COMBINATION: RatingCombination = {
  bandEdges: [0, 40, 50, 55, 60, 65, 70, 80],
  bandWeights: [-3.5, -2.2, -1, -0.3, 0.9, 1.6, 2.6, 3.4],
  textWeights: [0.2, 0.3, 0.6, 0.8, 0.8, 0.6, 0.3, 0.2],
};

export function ratingBand(combination: RatingCombination, score: number): number {
  let band = 0;
  for (let b = 0; b < combination.bandEdges.length; b++) if (score >= combination.bandEdges[b]!) band = b;
  return band;
}

/** The combined log-odds of a positive verdict, from a 0-100 rating and the text's calibrated log-odds (0 if none). */
export function combinedLogit(combination: RatingCombination, score: number, textLogit: number): number {
  const band = ratingBand(combination, score);
  return combination.bandWeights[band]! + combination.textWeights[band]! * textLogit;
}
