/**
 * NBSVM-style logistic regression (Wang & Manning 2012) on binary hashed features: each feature is scaled by its
 * naive-Bayes log-count ratio, then an L2-regularised logistic regression is fitted by L-BFGS. The scaling lets
 * the regression start from what naive Bayes knows and spend its regularisation budget on corrections, which is
 * why the pair beats either alone on short snippets. The result folds the scaling into one weight per bucket.
 */
import { minimise } from './lbfgs.ts';
import { rowCount, type SparseSet } from './sparse-set.ts';

export interface LinearWeights {
  weights: Float32Array;
  bias: number;
}

export interface FitOptions {
  dimension: number;
  /** L2 strength, per example (the loss is a mean). */
  l2: number;
  iterations: number;
  /** Laplace smoothing of the NB counts; 0 turns the NB scaling off (plain logistic regression). */
  nbAlpha: number;
}

/** r_j = log of how much likelier bucket j is in a positive row than in a negative one (smoothed). */
export function nbRatios(set: SparseSet, dimension: number, alpha: number): Float64Array {
  const pos = new Float64Array(dimension).fill(alpha);
  const neg = new Float64Array(dimension).fill(alpha);
  for (let i = 0; i < rowCount(set); i++) {
    const counts = set.labels[i] ? pos : neg;
    const w = set.weights[i]!;
    for (let k = set.offsets[i]!; k < set.offsets[i + 1]!; k++) counts[set.indices[k]!]! += w;
  }
  let posTotal = 0;
  let negTotal = 0;
  for (let j = 0; j < dimension; j++) {
    posTotal += pos[j]!;
    negTotal += neg[j]!;
  }
  const ratios = new Float64Array(dimension);
  for (let j = 0; j < dimension; j++) ratios[j] = Math.log(pos[j]! / posTotal / (neg[j]! / negTotal));
  return ratios;
}

export function fitLogistic(set: SparseSet, options: FitOptions): LinearWeights {
  const { dimension, l2 } = options;
  const scale = options.nbAlpha > 0 ? nbRatios(set, dimension, options.nbAlpha) : new Float64Array(dimension).fill(1);
  const n = rowCount(set);
  let weightSum = 0;
  for (let i = 0; i < n; i++) weightSum += set.weights[i]!;
  // Parameters: one weight per bucket (in the scaled space), then the bias.
  const x = new Float64Array(dimension + 1);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    const bias = theta[dimension]!;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const start = set.offsets[i]!;
      const end = set.offsets[i + 1]!;
      let z = bias;
      for (let k = start; k < end; k++) {
        const j = set.indices[k]!;
        z += theta[j]! * scale[j]!;
      }
      const y = set.labels[i]!;
      const w = set.weights[i]! / weightSum;
      // log(1 + exp(-m)) computed stably for the margin m.
      const margin = y ? z : -z;
      loss += w * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
      const p = 1 / (1 + Math.exp(-z));
      const d = w * (p - y);
      for (let k = start; k < end; k++) {
        const j = set.indices[k]!;
        gradient[j]! += d * scale[j]!;
      }
      gradient[dimension]! += d;
    }
    for (let j = 0; j < dimension; j++) {
      loss += 0.5 * l2 * theta[j]! * theta[j]!;
      gradient[j]! += l2 * theta[j]!;
    }
    return loss;
  };
  minimise(objective, x, { iterations: options.iterations });
  const weights = new Float32Array(dimension);
  for (let j = 0; j < dimension; j++) weights[j] = x[j]! * scale[j]!;
  return { weights, bias: x[dimension]! };
}

/** The linear score of one row of features. */
export function linearScore(model: LinearWeights, features: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k++) z += model.weights[features[k]!]!;
  return z;
}

/**
 * Multinomial-style naive Bayes over binary features: each bucket weighs its smoothed log-count ratio, the bias is
 * the log prior odds. Buckets never seen in training weigh 0 (rather than the ratio of the totals), so that the
 * model file only stores the buckets the data used. A weak model alone, but its errors differ from the
 * regressions', which is what an ensemble needs.
 */
export function fitNaiveBayes(set: SparseSet, dimension: number, alpha: number): LinearWeights {
  const ratios = nbRatios(set, dimension, alpha);
  const seen = new Uint8Array(dimension);
  for (const j of set.indices) seen[j] = 1;
  const weights = new Float32Array(dimension);
  for (let j = 0; j < dimension; j++) if (seen[j]) weights[j] = ratios[j]!;
  let positive = 0;
  let total = 0;
  for (let i = 0; i < rowCount(set); i++) {
    total += set.weights[i]!;
    if (set.labels[i]) positive += set.weights[i]!;
  }
  return { weights, bias: Math.log(positive / Math.max(1e-9, total - positive)) };
}
