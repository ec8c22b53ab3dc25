/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: a deterministic minimiser for the smooth convex
 * losses the trainer fits. No randomness, so the same data and settings always give the same weights.
 */

/** Returns the loss at x and writes its gradient into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  iterations: number;
  /** Pairs of past steps kept to approximate the curvature. */
  memory?: number;
  /** Stop when the loss improves by less than this fraction in one iteration. */
  tolerance?: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Minimises `objective` starting from `x` (updated in place); returns the final loss. */
export function minimise(objective: Objective, x: Float64Array, options: LbfgsOptions): number {
  const m = options.memory ?? 8;
  const tolerance = options.tolerance ?? 1e-7;
  const n = x.length;
  const g = new Float64Array(n);
  const gNext = new Float64Array(n);
  const xNext = new Float64Array(n);
  const direction = new Float64Array(n);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const alphas = new Float64Array(m);
  let loss = objective(x, g);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    // Two-loop recursion: direction = -H g.
    direction.set(g);
    for (let k = steps.length - 1; k >= 0; k--) {
      const a = rhos[k]! * dot(steps[k]!, direction);
      alphas[k] = a;
      const y = changes[k]!;
      for (let i = 0; i < n; i++) direction[i]! -= a * y[i]!;
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const gamma = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!);
      for (let i = 0; i < n; i++) direction[i]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < n; i++) direction[i]! /= norm;
    }
    for (let k = 0; k < steps.length; k++) {
      const b = rhos[k]! * dot(changes[k]!, direction);
      const s = steps[k]!;
      const a = alphas[k]!;
      for (let i = 0; i < n; i++) direction[i]! += s[i]! * (a - b);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature estimate went bad): restart from steepest descent.
      steps.length = 0;
      changes.length = 0;
      rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -g[i]!;
      slope = dot(g, direction);
    }
    let step = 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNext[i] = x[i]! + step * direction[i]!;
      nextLoss = objective(xNext, gNext);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNext[i]! - x[i]!;
      y[i] = gNext[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (steps.length === m) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
    }
    x.set(xNext);
    g.set(gNext);
    const improvement = (loss - nextLoss) / Math.max(Math.abs(loss), 1e-12);
    loss = nextLoss;
    if (improvement < tolerance) break;
  }
  return loss;
}
