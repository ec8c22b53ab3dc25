/**
 * The complaints critics share ("hard to watch", "overlong"), found by the complaint families and kept only where
 * the clause around them is not praise: "it is punishing, and I loved every minute" is a description, not a fault.
 */
import { clauseAt, splitClauses } from '../clauses.ts';
import { distinctReviews, type AnalysedReview, type Polarity, type SentenceRef } from '../types.ts';
import { COMPLAINTS, familyHits } from './descriptors.ts';
import { MIN_SUPPORTING_REVIEWS, type PraiseItem } from './praise.ts';

/**
 * Above this the clause is praise, and the complaint word in it a description ("punishing, and brilliant").
 * Higher than POSITIVE_AT because a negated complaint ("may not have the stomach for it") often reads mildly
 * positive to a bag-of-words model.
 */
const CLEAR_PRAISE = 0.8;

export interface Complaint {
  /** As the consensus says it after "find it": "hard to watch". */
  text: string;
  reviews: number;
  evidence: SentenceRef[];
}

export function findComplaints(reviews: readonly AnalysedReview[], polarity: Polarity): Complaint[] {
  const byWord = new Map<string, SentenceRef[]>();
  for (const { review, sentences } of reviews) {
    sentences.forEach((sentence, sentenceIndex) => {
      for (const hit of familyHits(sentence, COMPLAINTS)) {
        const clause = clauseAt(splitClauses(sentence), hit.at)?.text ?? sentence;
        if (polarity(clause) >= CLEAR_PRAISE) continue;
        const refs = byWord.get(hit.family.word) ?? [];
        refs.push({ reviewId: review.id, sentenceIndex, sentence });
        byWord.set(hit.family.word, refs);
      }
    });
  }
  return COMPLAINTS.filter((f) => distinctReviews(byWord.get(f.word) ?? []) >= MIN_SUPPORTING_REVIEWS)
    .map((f) => ({ text: f.word, reviews: distinctReviews(byWord.get(f.word)!), evidence: byWord.get(f.word)! }))
    .sort((a, b) => b.reviews - a.reviews);
}

export type { PraiseItem };
