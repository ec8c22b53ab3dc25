/**
 * The complaints critics share ("hard to watch", "overlong"), found by the complaint families and kept only where
 * the clause around them is not praise ("it is punishing, and I loved every minute" is a description, not a fault)
 * and is about the film, not a person in it: "turning someone that was difficult to empathize with into an open
 * wound" describes a character, and a hard character is no complaint about the film; "some may not have the
 * stomach for it" warns others, and is not what the critic found.
 */
import { readFilmPeople, type FilmPeople } from '../aspects/film-people.ts';
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

/** Words that make a person the subject of a clause ("someone that was hard to like", "the protagonist is unlikeable"). */
const PERSON = /\b(?:someone|somebody|she|he|character|characters|protagonist|protagonists|heroine|hero|anti-?hero|antiheroine)\b/iu;
/** "Some may not have the stomach for it": a warning on others' behalf, not what the critic found. */
const OTHERS_MAY = /^(?:but\s+|and\s+)?(?:some|many|others|viewers|audiences|those)\b[^,]{0,30}?\b(?:may|might|will|could|would)\b/i;
/** The complaint word names the film itself ("this unlikeable film"): never a character's description. */
const OF_THE_FILM = /^[\p{L}\s-]{0,30}?\b(?:film|movie|picture|drama|story)\b/iu;

export function findComplaints(reviews: readonly AnalysedReview[], polarity: Polarity, performerPattern: RegExp | null = null): Complaint[] {
  const people = readFilmPeople(reviews, performerPattern);
  const byWord = new Map<string, SentenceRef[]>();
  for (const { review, sentences } of reviews) {
    sentences.forEach((sentence, sentenceIndex) => {
      for (const hit of familyHits(sentence, COMPLAINTS)) {
        const found = clauseAt(splitClauses(sentence), hit.at);
        const clause = found?.text ?? sentence;
        if (polarity(clause) >= CLEAR_PRAISE) continue;
        const before = sentence.slice(found ? found.start : 0, hit.at);
        if (describesPerson(before, sentence.slice(hit.at), people, performerPattern)) continue;
        if (OTHERS_MAY.test(before)) continue;
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

/** The clause before the complaint word names a person as its subject, and the word does not go on to name the film. */
function describesPerson(before: string, from: string, people: FilmPeople, performerPattern: RegExp | null): boolean {
  if (OF_THE_FILM.test(from)) return false;
  if (PERSON.test(before)) return true;
  const names = [...before.matchAll(/\p{Lu}[\p{L}\p{M}-]+/gu)].map((m) => m[0]);
  if (names.some((n) => people.characters.has(n))) return true;
  if (!performerPattern) return false;
  performerPattern.lastIndex = 0;
  return performerPattern.test(before);
}

export type { PraiseItem };
