/**
 * L2-regularized multinomial logistic regression, fitted by full-batch gradient descent with
 * Nesterov momentum on ml-matrix. Deterministic: no randomness inside the fit, so the same data
 * gives the same weights, bit for bit.
 *
 * Features are standardized inside the fit (zero mean, unit variance) for a well-conditioned
 * problem, and the weights are mapped back to raw feature units afterwards, so a prediction is
 * `softmax(W · x + b)` with `x` the raw feature values: each class score is a plain sum of
 * weight × value contributions, which the reports can show.
 *
 * Objective: mean cross-entropy + (l2 / 2) · ||W||² over standardized weights (bias not
 * penalized).
 */
import { Matrix } from 'ml-matrix';

export interface FitOptions {
  /** L2 penalty strength (on standardized weights). */
  readonly l2: number;
  readonly iterations?: number;
  readonly learningRate?: number;
  /** Stop when the gradient's max-abs entry falls below this. */
  readonly tolerance?: number;
  /** Per-sample weights (e.g. to balance classes); default 1. */
  readonly sampleWeights?: readonly number[];
}

export interface LinearModel {
  /** `weights[c][j]`: weight of feature j for class c, in raw feature units. */
  readonly weights: number[][];
  readonly bias: number[];
}

function softmaxRows(scores: Matrix): Matrix {
  const out = new Matrix(scores.rows, scores.columns);
  for (let i = 0; i < scores.rows; i += 1) {
    let max = -Infinity;
    for (let c = 0; c < scores.columns; c += 1) max = Math.max(max, scores.get(i, c));
    let sum = 0;
    for (let c = 0; c < scores.columns; c += 1) {
      const e = Math.exp(scores.get(i, c) - max);
      out.set(i, c, e);
      sum += e;
    }
    for (let c = 0; c < scores.columns; c += 1) out.set(i, c, out.get(i, c) / sum);
  }
  return out;
}

export function standardization(X: readonly (readonly number[])[]): {
  mean: number[];
  scale: number[];
} {
  const d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j += 1) mean[j]! += row[j]! / X.length;
  for (const row of X)
    for (let j = 0; j < d; j += 1) scale[j]! += (row[j]! - mean[j]!) ** 2 / X.length;
  for (let j = 0; j < d; j += 1) scale[j] = Math.sqrt(scale[j]!) || 1;
  return { mean, scale };
}

export function fitLogReg(
  X: readonly (readonly number[])[],
  y: readonly number[],
  classes: number,
  opts: FitOptions,
): LinearModel {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const { mean, scale } = standardization(X);
  const Z = new Matrix(n, d + 1);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < d; j += 1) Z.set(i, j, (X[i]![j]! - mean[j]!) / scale[j]!);
    Z.set(i, d, 1);
  }
  const Y = new Matrix(n, classes);
  const sw = opts.sampleWeights ?? new Array<number>(n).fill(1);
  const swSum = sw.reduce((a, b) => a + b, 0);
  y.forEach((c, i) => {
    Y.set(i, c, 1);
  });
  let W = Matrix.zeros(d + 1, classes);
  let velocity = Matrix.zeros(d + 1, classes);
  const lr = opts.learningRate ?? 0.5;
  const iterations = opts.iterations ?? 800;
  const tolerance = opts.tolerance ?? 1e-6;
  for (let it = 0; it < iterations; it += 1) {
    const look = W.clone().add(velocity.clone().mul(0.9));
    const P = softmaxRows(Z.mmul(look));
    const R = P.sub(Y);
    for (let i = 0; i < n; i += 1)
      for (let c = 0; c < classes; c += 1) R.set(i, c, (R.get(i, c) * sw[i]!) / swSum);
    const G = Z.transpose().mmul(R);
    for (let j = 0; j < d; j += 1)
      for (let c = 0; c < classes; c += 1) G.set(j, c, G.get(j, c) + opts.l2 * look.get(j, c));
    velocity = velocity.mul(0.9).sub(G.clone().mul(lr));
    W = W.add(velocity);
    if (G.norm('max') < tolerance) break;
  }
  // Back to raw units: w_raw = w / scale; b_raw = b - Σ w·mean/scale.
  const weights: number[][] = [];
  const bias: number[] = [];
  for (let c = 0; c < classes; c += 1) {
    const row: number[] = [];
    let b = W.get(d, c);
    for (let j = 0; j < d; j += 1) {
      const w = W.get(j, c) / scale[j]!;
      row.push(w);
      b -= w * mean[j]!;
    }
    weights.push(row);
    bias.push(b);
  }
  return { weights, bias };
}

export function classScores(model: LinearModel, x: readonly number[]): number[] {
  return model.weights.map((w, c) => w.reduce((s, wj, j) => s + wj * x[j]!, model.bias[c]!));
}

export function predictProba(model: LinearModel, x: readonly number[]): number[] {
  const s = classScores(model, x);
  const max = Math.max(...s);
  const e = s.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function predictClass(model: LinearModel, x: readonly number[]): number {
  const p = classScores(model, x);
  return p.indexOf(Math.max(...p));
}

/** A small seeded PRNG (mulberry32) for fold assignment: reproducible across runs and machines. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified k-fold assignment: fold index per sample, seeded. */
export function stratifiedFolds(y: readonly number[], k: number, seed: number): number[] {
  const rand = seededRandom(seed);
  const folds = new Array<number>(y.length).fill(0);
  const byClass = new Map<number, number[]>();
  y.forEach((c, i) => {
    byClass.set(c, [...(byClass.get(c) ?? []), i]);
  });
  for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
    const idx = byClass.get(c)!;
    for (let i = idx.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.forEach((sample, r) => {
      folds[sample] = r % k;
    });
  }
  return folds;
}
