/**
 * Combines the signals for one review into a verdict and a 0-100 score. A judgement the review arrives with (from a
 * Plaudit export) is kept as it is; otherwise a label given by the source wins; then an explicit rating, with the
 * text tempering it where that rating is ambiguous (by its value and scale: 2.5/4 and 6/10 are, 3/5 and B- mostly
 * are not); then the text alone. Without a rating the score is the text's, placed on the critic's own scale where
 * the model knows it (rater-score.ts). Pure.
 */
import type { ReviewDraft } from '../domain/document.ts';
import type { Judgement, RecordedJudgement, TextPrediction } from '../domain/verdict.ts';
import type { JudgeModel } from './judge-model.ts';
import { logit, sigmoid } from './model/calibration.ts';
import type { RatingCombination } from './model/model-data.ts';
import { combinedLogit, DEFAULT_RATING_COMBINATION } from './rating-combination.ts';

/** A normalised rating at or above this is a positive verdict on its own (Metacritic's and Rotten Tomatoes' line). */
export const POSITIVE_RATING_THRESHOLD = 60;

export const JUDGE_VERSION = 'judge-4';

/** The combination fitted with the model when it has one (the trained model), else the hand-set default. */
function combinationOf(model: JudgeModel): RatingCombination {
  return model.ratingCombination ?? DEFAULT_RATING_COMBINATION;
}

/** The text's score: on the critic's own scale when the model knows how critics rate, else the model's plain score. */
export function textScore(model: JudgeModel, prediction: TextPrediction, draft: Pick<ReviewDraft, 'critic' | 'outlet'>): number {
  const raterScore = model.raterScore;
  if (raterScore === null) return prediction.score;
  return raterScore(logit(prediction.probability), { critic: draft.critic?.value, outlet: draft.outlet?.value });
}

export function judgeReview(draft: ReviewDraft, model: JudgeModel): Judgement {
  const rating = draft.rating?.value ?? null;
  const hasText = draft.text.trim() !== '';
  const prediction = hasText ? model.predict(draft.text) : null;
  const version = `${JUDGE_VERSION}+${model.version}`;
  const evidence = prediction?.evidence ?? [];

  if (draft.recordedJudgement) return keepRecorded(draft.recordedJudgement, evidence);
  if (draft.label) {
    const positive = draft.label === 'positive';
    const score = rating?.score ?? (prediction ? textScore(model, prediction, draft) : positive ? 75 : 25);
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
    // Without text the text's log-odds is 0: the rating band alone decides.
    const textLogit = prediction ? logit(prediction.probability) : 0;
    const probability = sigmoid(combinedLogit(combinationOf(model), rating, textLogit));
    return {
      verdict: probability >= 0.5 ? 'positive' : 'negative',
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
    score: prediction ? textScore(model, prediction, draft) : 50,
    verdictSource: 'text',
    scoreSource: 'text',
    evidence,
    version,
  };
}

/** Marks a version as carried in, once: a review exported and imported again keeps the judge that first gave it. */
export const RECORDED_PREFIX = 'recorded:';

/**
 * A judgement Plaudit gave the review before (in the store it was exported from), kept as it is: judging again
 * with another model, or after the store read it beside the film's other reviews, would give another score for
 * the same review. The text model still reads the text, only for the evidence sentences an API reader is shown.
 */
function keepRecorded(recorded: RecordedJudgement, evidence: string[]): Judgement {
  const given = recorded.version ?? 'unknown';
  return {
    verdict: recorded.verdict,
    probability: recorded.probability,
    score: recorded.score,
    verdictSource: recorded.verdictSource,
    scoreSource: recorded.scoreSource,
    evidence,
    version: given.startsWith(RECORDED_PREFIX) ? given : `${RECORDED_PREFIX}${given}`,
  };
}
