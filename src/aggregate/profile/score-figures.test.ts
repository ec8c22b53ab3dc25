import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge.ts';
import { divisiveness } from './divisiveness.ts';
import { scoreHistogram } from './histogram.ts';
import { meanInterval, tQuantile975 } from './score-interval.ts';
import { summariseScores, weightedScores } from './scores.ts';
import { percentTimeline } from './timeline.ts';
import { weightLookup } from './weights.ts';

const r = (verdict: 'positive' | 'negative', score: number, extra: Record<string, unknown> = {}) => ({ verdict, score, ...extra });

describe('meanInterval', () => {
  it('is the t interval of the mean', () => {
    const m = meanInterval([70, 80, 90, 60, 75]);
    expect(m.mean).toBe(75);
    expect(m.sd).toBeCloseTo(11.18, 2);
    // 75 ± 2.776 × 11.18 / √5
    expect(m.interval.low).toBeCloseTo(61.12, 1);
    expect(m.interval.high).toBeCloseTo(88.88, 1);
  });

  it('uses Kish’s effective n with weights, and equals the unweighted figures at equal weights', () => {
    expect(meanInterval([70, 80, 90], [2, 2, 2])).toEqual(meanInterval([70, 80, 90]));
    expect(meanInterval([70, 80, 90], [1, 1, 4]).n).toBeCloseTo(36 / 18, 6);
  });

  it('approximates t beyond the table', () => {
    expect(tQuantile975(4)).toBe(2.776);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1000)).toBeCloseTo(1.9623, 3);
  });
});

describe('summariseScores and weightedScores', () => {
  const reviews = [r('positive', 90), r('positive', 61), r('positive', 60), r('negative', 40), r('negative', 39)];

  it('rounds percent positive as round(100 × positive / total), with method links', () => {
    const s = summariseScores(reviews);
    expect(s.percentPositive).toBe(60);
    expect(s.methods.percentPositive).toBe('docs/methodology.md#percent-positive');
    expect(summariseScores([r('positive', 1), r('negative', 1), r('negative', 1), r('negative', 1), r('negative', 1), r('negative', 1), r('negative', 1), r('negative', 1)]).percentPositive).toBe(13);
  });

  it('weights percent positive and average, with equal weights giving the unweighted figures', () => {
    const equal = weightedScores(reviews, [1, 1, 1, 1, 1])!;
    expect(equal.percentPositive).toBe(60);
    expect(equal.percentPositiveInterval).toEqual(summariseScores(reviews).percentPositiveInterval);
    const heavy = weightedScores(reviews, [0, 0, 0, 1, 1])!;
    expect(heavy).toMatchObject({ percentPositive: 0, averageScore: 40, effectiveReviews: 2 });
    expect(weightedScores(reviews, [0, 0, 0, 0, 0])).toBeNull();
  });
});

describe('the figure shown for verdicts read from the text (issue 18)', () => {
  const text = (verdict: 'positive' | 'negative', probability: number, score = 70) => r(verdict, score, { verdictSource: 'text', probability });

  it('counts a verdict read from the text by its probability and a known one as 1 or 0', () => {
    // Two doubtful positives (0.5, 0.6) and a sure one read from the text, a labelled negative: 2 of 4 expected,
    // where a count of hard verdicts would say 3 of 4.
    const reviews = [text('positive', 0.5), text('positive', 0.6), text('positive', 0.9), r('negative', 30, { verdictSource: 'label', probability: 0.9 })];
    expect(summariseScores(reviews).percentPositive).toBe(50);
    // Labels, ratings and editors' verdicts count as they are, whatever probability the text model gave.
    expect(summariseScores(reviews.map((x) => ({ ...x, verdictSource: 'label' as const }))).percentPositive).toBe(75);
  });

  it('widens the interval by the text model’s film-level error, for the share read from the text only', () => {
    const reviews = Array.from({ length: 20 }, (_, i) => text(i < 14 ? 'positive' : 'negative', i < 14 ? 0.8 : 0.2));
    const plain = summariseScores(reviews);
    const widened = summariseScores(reviews, 0.005);
    expect(widened.percentPositive).toBe(plain.percentPositive);
    expect(widened.percentPositiveInterval.low).toBeLessThan(plain.percentPositiveInterval.low);
    expect(widened.percentPositiveInterval.high).toBeGreaterThan(plain.percentPositiveInterval.high);
    const labelled = reviews.map((x) => ({ ...x, verdictSource: 'label' as const }));
    expect(summariseScores(labelled, 0.005).percentPositiveInterval).toEqual(summariseScores(labelled).percentPositiveInterval);
  });

  it('weighs, and follows the timeline, the same way', () => {
    const reviews = [text('positive', 0.5), text('positive', 0.7), text('negative', 0.3), text('negative', 0.1), text('positive', 0.9)];
    expect(weightedScores(reviews, [1, 1, 1, 1, 1])!.percentPositive).toBe(summariseScores(reviews).percentPositive);
    const dated = reviews.map((x, i) => ({ ...x, publishedAt: `2024-01-0${i + 1}` }));
    expect(percentTimeline(dated, 5).points.at(-1)).toMatchObject({ reviews: 5, positive: 2.5, percentPositive: 50 });
  });
});

describe('weightLookup', () => {
  it('multiplies outlet and critic weights, matching names case-insensitively, 1 when unlisted', () => {
    const lookup = weightLookup({ outlets: { 'New York Magazine': 2 }, critics: { 'emily yoshida': 1.5 } });
    expect(lookup.custom).toBe(true);
    expect(lookup.weightOf({ outlet: 'new york magazine', critic: 'Emily Yoshida' })).toBe(3);
    expect(lookup.weightOf({ outlet: 'The Spool', critic: null })).toBe(1);
    expect(weightLookup({}).custom).toBe(false);
  });
});

describe('divisiveness', () => {
  it('is twice the score spread, labelled by the published thresholds, with the verdict split beside it', () => {
    expect(divisiveness([r('positive', 70), r('positive', 70), r('positive', 70)])).toMatchObject({ value: 0, label: 'broad agreement', verdictSplit: 0 });
    const split = divisiveness([r('positive', 100), r('negative', 0), r('positive', 100), r('negative', 0)]);
    expect(split).toMatchObject({ value: 100, label: 'divisive', verdictSplit: 100 });
    expect(divisiveness([r('positive', 80), r('negative', 40), r('positive', 70), r('negative', 45)]).label).toBe('some disagreement');
  });
});

describe('badgeFor', () => {
  it('needs at least 75% positive from at least 40 reviews, and says what is missing', () => {
    expect(badgeFor(75, 40).earned).toBe(true);
    expect(badgeFor(100, 5)).toMatchObject({ earned: false, reason: expect.stringContaining('needs 35 more') });
    expect(badgeFor(74, 200)).toMatchObject({ earned: false, reason: expect.stringContaining('74% positive is below 75%') });
    expect(badgeFor(null, 3).earned).toBe(false);
  });
});

describe('scoreHistogram', () => {
  it('bins scores by tens, 100 in the last bin', () => {
    const bins = scoreHistogram([0, 9, 10, 99, 100, 55]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bins[9]).toMatchObject({ from: 90, to: 100 });
  });
});

describe('percentTimeline', () => {
  it('accumulates by publication day from the minimum on, counting undated reviews apart', () => {
    const reviews = [
      r('positive', 80, { publishedAt: '2019-01-02' }),
      r('negative', 30, { publishedAt: '2019-01-01' }),
      r('positive', 80, { publishedAt: '2019-01-02' }),
      r('positive', 80, { publishedAt: '2019-01-03' }),
      r('positive', 80, { publishedAt: null }),
      r('negative', 80, { publishedAt: 'spring 2019' }),
    ];
    const t = percentTimeline(reviews, 3);
    expect(t).toMatchObject({ dated: 4, undated: 2 });
    expect(t.points).toEqual([
      { date: '2019-01-02', added: 2, reviews: 3, positive: 2, percentPositive: 67 },
      { date: '2019-01-03', added: 1, reviews: 4, positive: 3, percentPositive: 75 },
    ]);
  });
});
