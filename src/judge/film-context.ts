/**
 * Reads a film's text-judged reviews together. A review judged by its text alone is read again beside the film's
 * other text-judged reviews: its log-odds is pooled with their mean (the pooling fitted on dev films' quotes, or a
 * full review's lighter one, film-estimate.ts), which gives a better verdict, and its score is placed on its
 * critic's own scale from the pooled log-odds. Labels and ratings are never pooled and never read here. A review
 * whose verdict an editor set (issue 15) keeps that verdict, but when it carries the text model's own probability
 * it is evidence of how the model misreads this film: its log-odds stays in the film's mean, and the offset its
 * true verdict implies (filmOffset, with a prior fitted on dev films) shifts every text-judged review's pooled
 * log-odds. The film's expected percent positive, with its interval, comes out too. Pure.
 */
import type { JudgementSource, Verdict } from '../domain/verdict.ts';
import { expectedShare, FILM_OFFSET_PRIOR_VARIANCE, filmOffset, FULL_REVIEW_CHARS, pooledLogits, type FilmEstimate } from './film-estimate.ts';
import { logit, sigmoid } from './model/calibration.ts';
import type { FilmPooling } from './model/model-data.ts';
import type { RaterScorer } from './rater-score.ts';

/** Below this many text-judged reviews their mean says too little about the film to pool with. */
export const MIN_REVIEWS_TO_POOL = 5;

export interface JudgedReview {
  verdict: Verdict;
  /** A review without one is never read in context. */
  probability?: number | undefined;
  /**
   * For a review whose verdict an editor set (verdictSource 'editor'): the probability the text model gave it alone,
   * before any reading in context. Without it the correction counts like a label and says nothing about the model.
   */
  modelProbability?: number | undefined;
  score: number;
  /**
   * Characters of the text the probability was read from. A full review (FULL_REVIEW_CHARS or more) is pooled
   * lightly (film-estimate.ts); without it a review is pooled as a quote, as the RT quotes the pooling was fitted on.
   */
  textLength?: number | undefined;
  verdictSource?: JudgementSource | undefined;
  scoreSource?: JudgementSource | undefined;
  critic?: string | null | undefined;
  outlet?: string | null | undefined;
}

/** What a text model fitted with films knows (the trained model): how to pool, and the critics' scales. */
export interface FilmReader {
  filmPooling: FilmPooling;
  raterScore?: RaterScorer | undefined;
  /** The prior variance of a film's offset; FILM_OFFSET_PRIOR_VARIANCE unless given (0 turns the offset off). */
  offsetPriorVariance?: number | undefined;
}

export interface FilmReading<T> {
  /** The reviews in their order; the text-judged ones with their verdict, probability and score read in context. */
  reviews: T[];
  /**
   * How many reviews' log-odds made the film's mean: the text-judged ones and the editor-corrected ones with the
   * model's probability (0, and nothing read in context, when that is fewer than MIN_REVIEWS_TO_POOL).
   */
  pooled: number;
  /** The log-odds added to every text-judged review's pooled reading, from the editors' corrections; 0 without any. */
  offset: number;
  /** Expected percent positive: known verdicts as they are, text-judged ones by their probability. */
  estimate: FilmEstimate | null;
}


export function readInFilmContext<T extends JudgedReview>(reviews: readonly T[], reader: FilmReader): FilmReading<T> {
  const textIndexes = reviews.flatMap((r, i) => (r.verdictSource === 'text' && r.probability !== undefined ? [i] : []));
  const editorIndexes = reviews.flatMap((r, i) => (r.verdictSource === 'editor' && r.modelProbability !== undefined ? [i] : []));
  const out = [...reviews];
  let pooled = 0;
  let offset = 0;
  if (textIndexes.length > 0 && textIndexes.length + editorIndexes.length >= MIN_REVIEWS_TO_POOL) {
    const modelLogits = [...textIndexes.map((i) => logit(reviews[i]!.probability!)), ...editorIndexes.map((i) => logit(reviews[i]!.modelProbability!))];
    const full = [...textIndexes, ...editorIndexes].map((i) => (reviews[i]!.textLength ?? 0) >= FULL_REVIEW_CHARS);
    const logits = pooledLogits(modelLogits, reader.filmPooling, full);
    offset = filmOffset(
      logits.slice(textIndexes.length),
      editorIndexes.map((i) => reviews[i]!.verdict === 'positive'),
      reader.offsetPriorVariance ?? FILM_OFFSET_PRIOR_VARIANCE,
    );
    textIndexes.forEach((i, k) => {
      const review = reviews[i]!;
      const z = logits[k]! + offset;
      const probability = sigmoid(z);
      const score = review.scoreSource === 'text' && reader.raterScore ? reader.raterScore(z, { critic: review.critic, outlet: review.outlet }) : review.score;
      out[i] = { ...review, verdict: probability >= 0.5 ? 'positive' : 'negative', probability, score };
    });
    pooled = modelLogits.length;
  }
  const text = new Set(textIndexes);
  const known = out.filter((_, i) => !text.has(i));
  const estimate = expectedShare(
    known.filter((r) => r.verdict === 'positive').length,
    known.length,
    textIndexes.map((i) => out[i]!.probability!),
    reader.filmPooling.modelVariance,
  );
  return { reviews: out, pooled, offset, estimate: textIndexes.length > 0 ? estimate : null };
}
