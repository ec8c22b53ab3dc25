/**
 * Shapes shared by the profile stages: the slice of a stored review they read, a sentence quoted as evidence, and
 * the sentence polarity they all ask of the text model.
 */
import type { StoredReview } from '../../domain/film.ts';

/** What the score figures need of a review; the text stages need `TextReview`. */
export type ScoredReview = Pick<StoredReview, 'verdict' | 'score'> &
  Partial<
    Pick<StoredReview, 'id' | 'text' | 'headline' | 'critic' | 'outlet' | 'publishedAt' | 'topCritic' | 'duplicateOf' | 'language' | 'probability' | 'verdictSource' | 'scoreSource' | 'readInContext'>
  >;

/** `headline` is the critic's own (StoredReview.headline): offered as a pull quote, never split into sentences. */
export type TextReview = Pick<StoredReview, 'id' | 'text' | 'verdict'> & Partial<Pick<StoredReview, 'headline' | 'critic' | 'outlet' | 'score'>>;

/** One sentence of one review: the unit every claim on a profile points back to. */
export interface SentenceRef {
  reviewId: number;
  /** Position of the sentence in the review (0-based, as `splitSentences` splits it). */
  sentenceIndex: number;
  sentence: string;
}

/** A review split into sentences once, so every stage quotes the same sentences with the same indexes. */
export interface AnalysedReview {
  review: TextReview;
  sentences: string[];
}

/** Probability (0..1) that a piece of text is positive, from the profile's TextModel. */
export type Polarity = (text: string) => number;

/** At or above this, a sentence or clause reads as praise; at or below NEGATIVE_AT, as criticism. */
export const POSITIVE_AT = 0.65;
export const NEGATIVE_AT = 0.35;
/**
 * Clearer than POSITIVE_AT (and 1 − this, clearer than NEGATIVE_AT): the bar for words that are printed as a side's
 * own (a blurb, a craft's example) or that must speak for themselves (a craft named in brackets).
 */
export const CLEAR_READING = 0.75;

export type Stance = 'positive' | 'negative' | 'neutral';

export function stanceOf(probability: number): Stance {
  if (probability >= POSITIVE_AT) return 'positive';
  if (probability <= NEGATIVE_AT) return 'negative';
  return 'neutral';
}

export function distinctReviews(refs: readonly SentenceRef[]): number {
  return new Set(refs.map((r) => r.reviewId)).size;
}
