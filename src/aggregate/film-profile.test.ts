import { describe, expect, it } from 'vitest';
import type { Film } from '../domain/film.ts';
import { buildFilmProfile } from './film-profile.ts';
import { wilsonInterval } from './wilson-interval.ts';

const film: Film = { id: 1, key: 'title:her smell:', title: 'Her Smell', year: null };
const review = (verdict: 'positive' | 'negative', score: number) => ({ verdict, score });

describe('wilsonInterval', () => {
  it('matches the published 95% Wilson interval for 5 of 5 and for 81 of 263', () => {
    const all = wilsonInterval(5, 5);
    expect(all.low).toBeCloseTo(0.5655, 3);
    expect(all.high).toBe(1);
    const some = wilsonInterval(81, 263);
    expect(some.low).toBeCloseTo(0.2553, 3);
    expect(some.high).toBeCloseTo(0.3662, 3);
  });

  it('is the whole range when there is nothing to count', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('buildFilmProfile', () => {
  it('counts, averages and bands the scores from five reviews up', () => {
    const profile = buildFilmProfile(film, [
      review('positive', 90),
      review('positive', 61),
      review('positive', 60),
      review('negative', 40),
      review('negative', 39),
    ]);
    expect(profile.reviewCount).toBe(5);
    expect(profile.scores).toMatchObject({ percentPositive: 60, averageScore: 58, bands: { positive: 2, mixed: 2, negative: 1 } });
    expect(profile.scores!.percentPositiveInterval.low).toBeCloseTo(23.1, 1);
    expect(profile.scores!.percentPositiveInterval.high).toBeCloseTo(88.2, 1);
  });

  it('shows no scores below the minimum and says how many reviews there are', () => {
    const profile = buildFilmProfile(film, [review('positive', 80), review('positive', 70)]);
    expect(profile.scores).toBeNull();
    expect(profile.note).toBe('Only 2 reviews so far; scores show from 5 reviews.');
  });
});
