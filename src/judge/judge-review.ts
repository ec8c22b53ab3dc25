/**
 * Combines the signals for one review into a verdict and a 0-100 score: a label given by the source wins, then the
 * explicit rating, then the text model. Pure.
 */
import type { ReviewDraft } from '../domain/document.ts';
import type { Judgement, TextModel } from '../domain/verdict.ts';

/** A normalised rating at or above this is a positive verdict (Metacritic's and Rotten Tomatoes' line). */
export const POSITIVE_RATING_THRESHOLD = 60;

/**
 * How often a rating in each band goes with a positive verdict. First estimates; the trained judge of the next
 * iteration calibrates them on the RT export.
 */
function ratingProbability(score: number): number {
  if (score >= 70) return 0.97;
  if (score >= 60) return 0.85;
  if (score >= 50) return 0.3;
  if (score >= 40) return 0.1;
  return 0.03;
}

export function judgeReview(draft: ReviewDraft, model: TextModel): Judgement {
  const rating = draft.rating?.value ?? null;
  const hasText = draft.text.trim() !== '';
  const prediction = hasText ? model.predict(draft.text) : null;
  const version = `judge-1+${model.version}`;
  const evidence = prediction?.evidence ?? [];

  if (draft.label) {
    const positive = draft.label === 'positive';
    const score = rating?.score ?? prediction?.score ?? (positive ? 75 : 25);
    return {
      verdict: draft.label,
      probability: positive ? 1 : 0,
      score,
      verdictSource: 'label',
      scoreSource: rating ? 'rating' : prediction ? 'text' : 'label',
      evidence,
      version,
    };
  }
  if (rating) {
    const probability = ratingProbability(rating.score);
    return {
      verdict: rating.score >= POSITIVE_RATING_THRESHOLD ? 'positive' : 'negative',
      probability,
      score: rating.score,
      verdictSource: 'rating',
      scoreSource: 'rating',
      evidence,
      version,
    };
  }
  const probability = prediction?.probability ?? 0.5;
  return {
    verdict: probability >= 0.5 ? 'positive' : 'negative',
    probability,
    score: prediction?.score ?? 50,
    verdictSource: 'text',
    scoreSource: 'text',
    evidence,
    version,
  };
}
