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
    expect(entry.reasons[0]).toBe('62% sure positive; flipping it would move 54% to 46%');
    expect(entry.suggested).toBe('negative');
    expect(entry.percentPositive).toEqual({ now: 54, flipped: 46 });
  });

  it('says when the film context turned the verdict the text alone gave', () => {
    const turned = review({ probability: 0.55, readInContext: { reviews: 8, alone: { verdict: 'negative', probability: 0.4, score: 45 } } });
    expect(rankCheckQueue([turned]).entries[0]!.reasons).toContain("read alone the text said negative (60% sure); its film's other reviews turned it");
  });

  it('puts a doubtful verdict that would correct the film\'s lean ahead of one that would deepen it', () => {
    // Ten sure negatives and doubtful reviews either side: the film shows more positives than its probabilities
    // expect, so a wrong positive is the likelier error in its figure.
    const leaningPositive = Array.from({ length: 6 }, () => review({ probability: 0.6, score: 55 }));
    const doubtfulNegative = review({ verdict: 'negative', probability: 0.4, score: 45 });
    const sure = Array.from({ length: 10 }, () => review({ verdict: 'negative', probability: 0.02, score: 20 }));
    const entries = rankCheckQueue([...leaningPositive, doubtfulNegative, ...sure]).entries;
    expect(entries[0]!.review.verdict).toBe('positive');
    expect(entries.findIndex((e) => e.review === doubtfulNegative)).toBeGreaterThan(0);
    expect(entries[0]!.reasons[1]).toMatch(/^the film reads \d+\.\d points more positive than its verdicts' probabilities expect$/);
  });
});
