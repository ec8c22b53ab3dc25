/**
 * An explicit rating and the text, combined into one probability of a positive verdict. The rating is the strongest
 * signal (a normalised 60+ is fresh about 94% of the time); in the ambiguous band (roughly 55-69) the text tips it.
 * How ambiguous a rating is depends on its scale as well as its value: 3/5 and 6/10 both normalise to 60, yet on
 * the RT training split 3/5 is fresh 92% of the time and 6/10 67%; 2.5/4 (63) is a coin toss and B- (67) is
 * nearly always fresh. So the trained combination carries a prior log-odds per rating as written (scale and value,
 * counted on the training split), and per band where a rating is too rare to count. The weights on the prior and
 * on the text (per band) are fitted on the dev split, because the text logit's scale belongs to the model that
 * produced it. Pure.
 */
import type { Rating } from '../domain/rating.ts';
import type { RatingCombination } from './model/model-data.ts';

/** Bands used when the text model carries no fitted combination (the lexicon fallback): hand-set, conservative. */
export const DEFAULT_RATING_COMBINATION: RatingCombination = {
  bandEdges: [0, 40, 50, 55, 60, 65, 70, 80],
  bandWeights: [-3.5, -2.2, -1, -0.3, 0.9, 1.6, 2.6, 3.4],
  textWeights: [0.2, 0.3, 0.6, 0.8, 0.8, 0.6, 0.3, 0.2],
};

export function ratingBand(combination: Pick<RatingCombination, 'bandEdges'>, score: number): number {
  let band = 0;
  for (let b = 0; b < combination.bandEdges.length; b++) if (score >= combination.bandEdges[b]!) band = b;
  return band;
}

const DENOMINATOR = /(?:\/|\bout of\b|\bof\b)\s*(\d+)/;

/**
 * A rating's scale and value as one key: "fraction/5:60", "fraction/10:60", "letter:67", "stars/4:63".
 * @example ratingKey({ raw: '3/5', score: 60, scale: 'fraction' }) // "fraction/5:60"
 */
export function ratingKey(rating: Pick<Rating, 'raw' | 'score' | 'scale'>): string {
  if (rating.scale === 'letter') return `letter:${rating.score}`;
  const denominator = DENOMINATOR.exec(rating.raw.toLowerCase())?.[1] ?? '';
  return `${rating.scale}/${denominator}:${rating.score}`;
}

/** The prior log-odds of a positive verdict for a rating: by its key when counted, else by its band; 0 without priors. */
export function ratingPrior(combination: RatingCombination, rating: Pick<Rating, 'raw' | 'score' | 'scale'>): number {
  const priors = combination.priors;
  if (!priors) return 0;
  return priors.keys[ratingKey(rating)] ?? priors.bands[ratingBand(combination, rating.score)] ?? 0;
}

/** The combined log-odds of a positive verdict, from a rating and the text's calibrated log-odds (0 if none). */
export function combinedLogit(combination: RatingCombination, rating: Pick<Rating, 'raw' | 'score' | 'scale'>, textLogit: number): number {
  const band = ratingBand(combination, rating.score);
  const prior = combination.priors ? combination.priors.weight * ratingPrior(combination, rating) : 0;
  return combination.bandWeights[band]! + prior + combination.textWeights[band]! * textLogit;
}
