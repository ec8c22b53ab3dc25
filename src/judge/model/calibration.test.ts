import { describe, expect, it } from 'vitest';
import { fitPlatt, fitScoreMap } from '../train/fit-small-parts.ts';
import { applyPlatt, applyScoreMap, expectedCalibrationError, logit, sigmoid } from './calibration.ts';

describe('calibration', () => {
  it('measures zero calibration error when predictions match frequencies, and the gap when they do not', () => {
    const fair = [...Array(10)].map((_, i) => ({ probability: 0.75, positive: i < 7.5 - 0.5 }));
    // 7 of 10 positive at 0.75: a gap of 0.05.
    expect(expectedCalibrationError(fair)).toBeCloseTo(0.05, 6);
    expect(expectedCalibrationError([{ probability: 0.95, positive: true }, { probability: 0.05, positive: false }])).toBeCloseTo(0.05, 6);
  });

  it('fits Platt scaling that undoes an overconfident scale', () => {
    // True log-odds z/2: logits twice too large.
    const rows = [];
    for (let i = -40; i <= 40; i++) {
      const z = i / 10;
      const p = sigmoid(z / 2);
      for (let k = 0; k < 20; k++) rows.push({ z, positive: k < Math.round(20 * p) });
    }
    const platt = fitPlatt(rows);
    expect(platt.slope).toBeCloseTo(0.5, 1);
    expect(Math.abs(applyPlatt(platt, 0))).toBeLessThan(0.05);
  });

  it('maps logits to scores monotonically, flat beyond the ends', () => {
    const rows = [...Array(200)].map((_, i) => ({ z: (i - 100) / 25, score: 20 + (60 * i) / 199 }));
    const map = fitScoreMap(rows, 8);
    expect(map.scores).toEqual([...map.scores].sort((a, b) => a - b));
    expect(applyScoreMap(map, -100)).toBe(map.scores[0]);
    expect(applyScoreMap(map, 100)).toBe(map.scores.at(-1));
    expect(applyScoreMap(map, 0)).toBeGreaterThan(40);
    expect(applyScoreMap(map, 0)).toBeLessThan(60);
  });

  it('keeps logit finite at 0 and 1', () => {
    expect(Number.isFinite(logit(0))).toBe(true);
    expect(logit(sigmoid(1.5))).toBeCloseTo(1.5, 6);
  });
});
