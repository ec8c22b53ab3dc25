/**
 * Small dense logistic regressions, for the few-parameter fits made on the dev split: Platt scaling, the long-text
 * mix, the rating combination and the film pooling. Deterministic (L-BFGS from zero).
 */
import { minimise } from './lbfgs.ts';

export interface DenseExample {
  x: readonly number[];
  /** The target: 0 or 1, or a proportion between them. */
  y: number;
}

/** Weights for each column of x; include a column of ones for an intercept. Light L2 keeps empty bands finite. */
export function fitDenseLogistic(examples: readonly DenseExample[], l2 = 1e-4): number[] {
  const width = examples[0]?.x.length ?? 0;
  const theta = new Float64Array(width);
  const n = Math.max(1, examples.length);
  minimise(
    (w, gradient) => {
      gradient.fill(0);
      let loss = 0;
      for (const { x, y } of examples) {
        let z = 0;
        for (let j = 0; j < width; j++) z += w[j]! * x[j]!;
        const p = 1 / (1 + Math.exp(-z));
        loss -= (y * Math.log(Math.max(p, 1e-15)) + (1 - y) * Math.log(Math.max(1 - p, 1e-15))) / n;
        const d = (p - y) / n;
        for (let j = 0; j < width; j++) gradient[j]! += d * x[j]!;
      }
      for (let j = 0; j < width; j++) {
        loss += 0.5 * l2 * w[j]! * w[j]!;
        gradient[j]! += l2 * w[j]!;
      }
      return loss;
    },
    theta,
    { iterations: 200, tolerance: 1e-10 },
  );
  // "|| 0" turns -0 into 0, so that the model file (JSON) and the model in memory agree exactly.
  return Array.from(theta, (v) => Math.round(v * 1e6) / 1e6 || 0);
}
