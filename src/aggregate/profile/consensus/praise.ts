/**
 * The performances and crafts critics single out, for or against. A performer's claim rests on the clauses that
 * name them outside a cast introduction; a craft's on the aspect judgements. Either needs the same side in at least
 * two reviews and more reviews on that side than on the other.
 */
import type { AspectsSummary } from '../aspects/judge-aspects.ts';
import { judgeSentenceMention } from '../aspects/mention-clause.ts';
import { ASPECT_NOUNS, insideBrackets } from '../aspects/lexicon.ts';
import type { PerformerIndex } from '../people/performers.ts';
import { distinctReviews, POSITIVE_AT, NEGATIVE_AT, type AnalysedReview, type Polarity, type SentenceRef } from '../types.ts';

export const MIN_SUPPORTING_REVIEWS = 2;

export interface PraiseItem {
  kind: 'performance' | 'craft';
  /** As the consensus says it: "Elisabeth Moss's performance", "the music". */
  text: string;
  reviews: number;
  evidence: SentenceRef[];
}

export interface Sides {
  praised: PraiseItem[];
  faulted: PraiseItem[];
}

const MAX_PERFORMERS = 4;

export function performanceSides(reviews: readonly AnalysedReview[], people: PerformerIndex, polarity: Polarity): Sides {
  const sides: Sides = { praised: [], faulted: [] };
  if (!people.pattern) return sides;
  for (const performer of people.performers.slice(0, MAX_PERFORMERS)) {
    const positive: SentenceRef[] = [];
    const negative: SentenceRef[] = [];
    for (const { review, sentences } of reviews) {
      sentences.forEach((sentence, sentenceIndex) => {
        const at = mentionAt(sentence, people, performer.name);
        if (at < 0) return;
        const { probability } = judgeSentenceMention(sentence, at, polarity);
        const ref = { reviewId: review.id, sentenceIndex, sentence };
        if (probability >= POSITIVE_AT) positive.push(ref);
        else if (probability <= NEGATIVE_AT) negative.push(ref);
      });
    }
    const text = `${performer.name}'s performance`;
    addSide(sides, { kind: 'performance', text }, positive, negative);
  }
  return sides;
}

/** Crafts by the aspect verdicts, so the consensus never praises a craft the aspects call mixed. */
export function craftSides(aspects: AspectsSummary, options: { includeActing: boolean }): Sides {
  const sides: Sides = { praised: [], faulted: [] };
  for (const judgement of aspects.aspects) {
    if (judgement.aspect === 'acting' && !options.includeActing) continue;
    const text = ASPECT_NOUNS[judgement.aspect];
    const side = judgement.verdict === 'positive' ? 'positive' : judgement.verdict === 'negative' ? 'negative' : null;
    if (!side || judgement.reviews[side] < MIN_SUPPORTING_REVIEWS) continue;
    // The craft's own example first (the clearest sentence that opens on it): the first sentence is the one a reader
    // is shown as the claim's example.
    const best = judgement.best[side];
    const onSide = judgement.evidence.filter((e) => e.stance === side);
    const evidence = best ? [best, ...onSide.filter((e) => e !== best)] : onSide;
    const item: PraiseItem = { kind: 'craft', text, reviews: judgement.reviews[side], evidence };
    (side === 'positive' ? sides.praised : sides.faulted).push(item);
  }
  return sides;
}

function addSide(sides: Sides, item: Pick<PraiseItem, 'kind' | 'text'>, positive: SentenceRef[], negative: SentenceRef[]): void {
  const up = distinctReviews(positive);
  const down = distinctReviews(negative);
  if (up >= MIN_SUPPORTING_REVIEWS && up > down) sides.praised.push({ ...item, reviews: up, evidence: positive });
  else if (down >= MIN_SUPPORTING_REVIEWS && down > up) sides.faulted.push({ ...item, reviews: down, evidence: negative });
}

/** Offset of the first mention of this performer outside brackets, or -1. */
function mentionAt(sentence: string, people: PerformerIndex, name: string): number {
  const pattern = people.pattern!;
  pattern.lastIndex = 0;
  for (const m of sentence.matchAll(pattern)) {
    if (people.performerOf(m[0])?.name === name && !insideBrackets(sentence, m.index)) return m.index;
  }
  return -1;
}

/** Most-supported first; at most `limit`. */
export function strongest(items: readonly PraiseItem[], limit: number): PraiseItem[] {
  return [...items].sort((a, b) => b.reviews - a.reviews || b.evidence.length - a.evidence.length).slice(0, limit);
}
