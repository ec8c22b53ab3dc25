import { describe, expect, it } from 'vitest';
import { CHECK_QUEUE_VERSION, rankCheckQueue, type QueueReview } from './check-queue.ts';

let nextId = 1;
function review(over: Partial<QueueReview> = {}): QueueReview {
  return {
    id: nextId++, verdict: 'positive', probability: 0.9, score: 70, verdictSource: 'text',
    duplicateOf: null, readInContext: null, correction: null, ...over,
  };
}

/** A film of n text-judged reviews, all sure and positive, with one given review first. */
function film(n: number, first: QueueReview): QueueReview[] {
  return [first, ...Array.from({ length: n - 1 }, () => review({ probability: 0.99, score: 80 }))];
}

describe('rankCheckQueue', () => {
  it('puts a 51%-sure review ahead of a 99%-sure one', () => {
    const unsure = review({ probability: 0.51, score: 52 });
    const sure = review({ probability: 0.99, score: 52 });
    const queue = rankCheckQueue([sure, unsure, review()]);
    expect(queue.version).toBe(CHECK_QUEUE_VERSION);
    expect(queue.entries.map((e) => e.review.id).indexOf(unsure.id)).toBeLessThan(queue.entries.map((e) => e.review.id).indexOf(sure.id));
    expect(queue.entries[0]!.review).toBe(unsure);
  });

  it('reads a negative verdict as wrong with the probability of positive', () => {
    const negative = review({ verdict: 'negative', probability: 0.45, score: 45 });
    expect(rankCheckQueue([negative]).entries[0]!.wrongProbability).toBeCloseTo(0.45);
  });

  it('puts a review of a 5-review film ahead of an equally unsure one of a 200-review film', () => {
    const small = review({ probability: 0.6, score: 55 });
    const large = review({ probability: 0.6, score: 55 });
    const smallEntry = rankCheckQueue(film(5, small)).entries.find((e) => e.review === small)!;
    const largeEntry = rankCheckQueue(film(200, large)).entries.find((e) => e.review === large)!;
    expect(smallEntry.benefit).toBeGreaterThan(largeEntry.benefit * 10);
  });

  it('never lists labelled, rated, duplicate, corrected or editor-judged reviews', () => {
    const correction = { note: '', removed: false, removedReason: null, textChangedSince: false, at: '2026-01-01T00:00:00Z', actor: 'ed' };
    const kept = review({ probability: 0.7 });
    const queue = rankCheckQueue([
      review({ verdictSource: 'label', probability: 0.5 }),
      review({ verdictSource: 'rating', probability: 0.5 }),
      review({ duplicateOf: kept.id, probability: 0.5 }),
      review({ correction: { ...correction, verdict: 'negative' }, probability: 0.5 }),
      review({ verdictSource: 'editor', probability: 0.5 }),
      kept,
    ]);
    expect(queue.entries.map((e) => e.review)).toEqual([kept]);
    // The labelled, rated and corrected ones still count in the film's figures; the duplicate does not.
    expect(queue.counted).toBe(5);
  });

  it('explains each entry with its confidence and the move in percent positive', () => {
    const reviews = [review({ probability: 0.62 }), ...Array.from({ length: 12 }, (_, i) => review({ verdict: i < 6 ? 'positive' : 'negative', probability: i < 6 ? 0.99 : 0.01 }))];
    const entry = rankCheckQueue(reviews).entries[0]!;
    // The film shows its expected share (6.62 of 13 positive); set negative, the review counts 0 in place of 0.62.
    expect(entry.reasons[0]).toBe('flipping it to negative would move the film from 51% to 46% positive');
    expect(entry.suggested).toBe('negative');
    expect(entry.percentPositive).toEqual({ now: 51, flipped: 46 });
  });

  it('says when the film context turned the verdict the text alone gave', () => {
    const turned = review({ probability: 0.55, readInContext: { reviews: 8, alone: { verdict: 'negative', probability: 0.4, score: 45 } } });
    expect(rankCheckQueue([turned]).entries[0]!.reasons).toContain("read alone the text said negative (60% sure); its film's other reviews turned it");
  });

  it('weighs each look by how far the figure shown is expected to move: 2q(1 − q) of a review, plus the score', () => {
    // Twenty reviews: a look at a 60%-sure one moves the expected share by 0.4 or 0.6 of a review, 0.48 in expectation.
    const doubtful = review({ probability: 0.6, score: 50 });
    const entries = rankCheckQueue([doubtful, ...Array.from({ length: 19 }, () => review({ probability: 0.99, score: 50 }))]).entries;
    expect(entries[0]!.review).toBe(doubtful);
    expect(entries[0]!.benefit).toBeCloseTo((2 * 0.6 * 0.4 * 100) / 20, 10);
    // A score far from the middle moves the average more when the verdict flips: it counts too.
    const far = review({ probability: 0.6, score: 95 });
    const near = review({ probability: 0.6, score: 55 });
    expect(rankCheckQueue([near, far]).entries[0]!.review).toBe(far);
  });
});
