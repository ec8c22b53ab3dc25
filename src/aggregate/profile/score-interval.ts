/**
 * The 95% interval of an average score: mean ± t(0.975, n−1) · s / √n, clipped to 0-100. Student's t rather than
 * the normal 1.96 because profiles start at five reviews, where the normal interval is a third too narrow. With
 * weights, n is Kish's effective sample size (Σw)² / Σw², so a few heavily weighted critics do not pass for many.
 */
import type { Interval } from '../wilson-interval.ts';

export interface MeanEstimate {
  mean: number;
  /** Sample standard deviation (weighted when weights are given). */
  sd: number;
  /** Effective number of reviews behind the mean. */
  n: number;
  interval: Interval;
}

/** t(0.975, df) for df = 1..30; larger df use the Cornish-Fisher expansion around z. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const Z = 1.959963984540054;

export function tQuantile975(df: number): number {
  if (df < 1) return Infinity;
  const whole = Math.floor(df);
  if (whole <= T_975.length && whole === df) return T_975[whole - 1]!;
  const z3 = Z ** 3;
  const z5 = Z ** 5;
  return Z + (z3 + Z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * df * df);
}

/** @example meanInterval([70, 80, 90, 60, 75]) // mean 75, interval ≈ 61.1-88.9 */
export function meanInterval(values: readonly number[], weights?: readonly number[]): MeanEstimate {
  const w = weights ?? values.map(() => 1);
  let sumW = 0;
  let sumW2 = 0;
  let sum = 0;
  values.forEach((v, i) => {
    const wi = w[i] ?? 0;
    sumW += wi;
    sumW2 += wi * wi;
    sum += wi * v;
  });
  if (sumW <= 0) return { mean: NaN, sd: NaN, n: 0, interval: { low: 0, high: 100 } };
  const mean = sum / sumW;
  const n = (sumW * sumW) / sumW2;
  let squares = 0;
  values.forEach((v, i) => (squares += (w[i] ?? 0) * (v - mean) ** 2));
  // Bessel's correction with the effective n, so equal weights give exactly the textbook sample variance.
  const sd = n > 1 ? Math.sqrt((squares / sumW) * (n / (n - 1))) : 0;
  const margin = n > 1 ? (tQuantile975(n - 1) * sd) / Math.sqrt(n) : Infinity;
  return { mean, sd, n, interval: { low: Math.max(0, mean - margin), high: Math.min(100, mean + margin) } };
}
