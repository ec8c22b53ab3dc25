/**
 * The judge as one typed object: a text model and what was fitted with it, each present or null. Callers ask the
 * object what it can do (`model.filmReader`) instead of probing its shape, so the hand-written lexicon and the
 * trained model are used the same way and the compiler checks every use.
 */
import type { TextModel } from '../domain/verdict.ts';
import type { FilmReader } from './film-context.ts';
import type { RatingCombination } from './model/model-data.ts';
import type { RaterScorer } from './rater-score.ts';

export interface JudgeModel extends TextModel {
  /** How a rating and the text combine, fitted with the model; null: the hand-set default (rating-combination.ts). */
  readonly ratingCombination: RatingCombination | null;
  /** Places a text's log-odds on its critic's own rating scale; null: the model's plain score. */
  readonly raterScore: RaterScorer | null;
  /** How to read a film's text-judged reviews beside one another; null: each review is read alone. */
  readonly filmReader: FilmReader | null;
}
