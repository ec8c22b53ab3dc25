import { describe, expect, it } from 'vitest';
import type { RaterScales } from './model/model-data.ts';
import { createRaterScorer, criticKey, outletKey } from './rater-score.ts';

/** `[score, count, ...]` pairs from a list of scores. */
const histogram = (scores: number[]) => {
  const counts = new Map<number, number>();
  for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => a - b).flatMap((s) => [s, counts.get(s)!]);
};
const repeat = (score: number, n: number) => Array<number>(n).fill(score);

const scales: RaterScales = {
  all: { positive: histogram([...repeat(70, 50), ...repeat(80, 50)]), negative: histogram([...repeat(30, 50), ...repeat(40, 50)]) },
  critics: {
    // Writes on a four-star scale: 3/4 fresh, 1.5/4 rotten.
    [criticKey('Ann Starr')]: { positive: histogram(repeat(75, 40)), negative: histogram(repeat(38, 40)) },
    // Writes letter grades: B+ fresh, C- rotten; and is fresh nine times in ten.
    [criticKey('Bo Grade')]: { positive: histogram(repeat(83, 90)), negative: histogram(repeat(42, 10)) },
  },
  outlets: { [outletKey('The Daily Test')]: { positive: histogram(repeat(90, 30)), negative: histogram(repeat(20, 30)) } },
  criticPrior: 10,
  outletPrior: 3,
  leniencyWeight: 0.5,
  leniencyPrior: 10,
  tilt: 0.3,
  centres: { positive: 1.5, negative: -1.5 },
};
const score = createRaterScorer(scales);

describe('createRaterScorer', () => {
  it('places a clearly positive or negative text on everyone\'s scale when the critic and outlet are unknown', () => {
    expect(score(4, {})).toBeGreaterThanOrEqual(70);
    expect(score(4, {})).toBeLessThanOrEqual(80);
    expect(score(-4, { critic: 'Nobody Known', outlet: 'Nowhere' })).toBeLessThanOrEqual(40);
    expect(score(-4, {})).toBeGreaterThanOrEqual(30);
  });

  it('places the same text on each critic\'s own scale', () => {
    expect(score(4, { critic: 'Ann Starr' })).toBe(75);
    expect(score(4, { critic: 'Bo Grade' })).toBe(83);
    expect(score(-4, { critic: 'Ann Starr' })).toBe(38);
  });

  it('falls back to the outlet\'s scale for a critic it has not seen', () => {
    expect(score(5, { critic: 'New Hire', outlet: 'Daily Test' })).toBe(90);
    expect(score(-5, { outlet: 'the daily test' })).toBe(20);
  });

  it('keys critics and outlets loosely: case, accents, punctuation and a leading "The"', () => {
    expect(criticKey('ANN STARR.')).toBe(criticKey('Ann Starr'));
    expect(criticKey('Zoë Ĺast')).toBe(criticKey('Zoe Last'));
    expect(outletKey('The New York Times')).toBe(outletKey('New York Times'));
  });

  it('leans towards the side a lenient critic usually takes when the text is undecided', () => {
    // Logit 0: even odds on the text; Bo Grade is fresh nine times in ten, so the score lands on his fresh side.
    expect(score(0, { critic: 'Bo Grade' })).toBe(83);
  });

  it('never gives a lower score to a more positive text from the same critic', () => {
    for (const rater of [{}, { critic: 'Ann Starr' }, { outlet: 'The Daily Test' }]) {
      let previous = -1;
      for (let z = -6; z <= 6; z += 0.25) {
        const s = score(z, rater);
        expect(s).toBeGreaterThanOrEqual(previous);
        previous = s;
      }
    }
  });

  it('gives a higher score within the side the more sure the text is of it', () => {
    expect(score(6, {})).toBeGreaterThan(score(1.5, {}));
  });
});
