/**
 * The text side of a profile starts here: each review split into sentences once, and a memoised sentence polarity
 * from the TextModel handed in. Stages share both, so a sentence is judged once however many stages quote it.
 */
import type { TextModel } from '../../domain/verdict.ts';
import { splitSentences } from '../../text/sentences.ts';
import type { AnalysedReview, Polarity, TextReview } from './types.ts';

export function analyseReviews(reviews: readonly TextReview[]): AnalysedReview[] {
  return reviews.map((review) => ({ review, sentences: review.text ? splitSentences(review.text) : [] }));
}

/**
 * model.predict(text).probability, memoised for one profile build. The cache lives in the closure, not in a module
 * global, so builds never share state.
 */
export function createPolarity(model: TextModel): Polarity {
  const cache = new Map<string, number>();
  return (text) => {
    const key = text.trim();
    let p = cache.get(key);
    if (p === undefined) {
      p = key === '' ? 0.5 : model.predict(key).probability;
      cache.set(key, p);
    }
    return p;
  };
}
