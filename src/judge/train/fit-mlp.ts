/**
 * A small neural network for the word-vector part: one hidden layer of tanh units over a dense input, a logistic
 * output, trained by Adam on mini-batches. Deterministic: the initial weights and the batch order come from a
 * seeded generator, so the same rows and seed give the same weights. Small on purpose (the input is a quote's
 * pooled word vectors, the part is one voice among six), so a few passes over the rows suffice.
 */

export interface MlpOptions {
  hidden: number;
  epochs: number;
  seed: number;
  /** L2 on the weights (not the biases), per example. */
  l2: number;
  learningRate: number;
  batch: number;
}

export interface Mlp {
  /** hidden * inputs weights, unit by unit. */
  inputWeights: Float64Array;
  hiddenBias: number[];
  outputWeights: number[];
  outputBias: number;
}

/** A linear congruential generator in [0, 1): tiny, and the same on every platform. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Adam's update of parameters p from the batch gradient g (already averaged), in place. */
function adamStep(p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, step: number, rate: number, l2: number): void {
  const c1 = 1 - 0.9 ** step;
  const c2 = 1 - 0.999 ** step;
  for (let i = 0; i < p.length; i++) {
    const gi = g[i]! + l2 * p[i]!;
    m[i] = 0.9 * m[i]! + 0.1 * gi;
    v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
    p[i]! -= (rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
  }
}

export function fitMlp(rows: readonly { x: ArrayLike<number>; y: number }[], options: MlpOptions): Mlp {
  const { hidden, batch } = options;
  const random = seededRandom(options.seed);
  const n = rows[0]?.x.length ?? 0;
  // Uniform initialisation scaled to the fan-in keeps tanh units off their flat tails at the start.
  const W = new Float64Array(hidden * n).map(() => (random() * 2 - 1) * Math.sqrt(3 / Math.max(1, n)));
  const b = new Float64Array(hidden);
  const v = new Float64Array(hidden).map(() => (random() * 2 - 1) * Math.sqrt(3 / hidden));
  const c = new Float64Array(1);
  const params = [W, b, v, c];
  const grads = params.map((p) => new Float64Array(p.length));
  const first = params.map((p) => new Float64Array(p.length));
  const second = params.map((p) => new Float64Array(p.length));
  const order = rows.map((_, i) => i);
  const h = new Float64Array(hidden);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += batch) {
      for (const g of grads) g.fill(0);
      const end = Math.min(order.length, start + batch);
      for (let s = start; s < end; s++) {
        const { x, y } = rows[order[s]!]!;
        let z = c[0]!;
        for (let k = 0; k < hidden; k++) {
          let a = b[k]!;
          const at = k * n;
          for (let j = 0; j < n; j++) a += W[at + j]! * x[j]!;
          h[k] = Math.tanh(a);
          z += v[k]! * h[k]!;
        }
        const d = (1 / (1 + Math.exp(-z)) - y) / (end - start);
        grads[3]![0]! += d;
        for (let k = 0; k < hidden; k++) {
          grads[2]![k]! += d * h[k]!;
          const dh = d * v[k]! * (1 - h[k]! * h[k]!);
          grads[1]![k]! += dh;
          const at = k * n;
          for (let j = 0; j < n; j++) grads[0]![at + j]! += dh * x[j]!;
        }
      }
      step++;
      params.forEach((p, k) => adamStep(p, grads[k]!, first[k]!, second[k]!, step, options.learningRate, k === 0 || k === 2 ? options.l2 : 0));
    }
  }
  // Rounded, so that the model file (JSON) and the model in memory agree exactly; "|| 0" turns -0 into 0.
  const round = (x: number) => Math.round(x * 1e6) / 1e6 || 0;
  return { inputWeights: W.map(round), hiddenBias: Array.from(b, round), outputWeights: Array.from(v, round), outputBias: round(c[0]!) };
}
