import { describe, expect, it } from 'vitest';
import {
  fitLogReg,
  predictClass,
  predictProba,
  seededRandom,
  stratifiedFolds,
} from '../../src/train/logreg.js';

/** Three separable clusters in 2-D, generated from a seeded PRNG. */
function clusters(n: number, seed: number) {
  const rand = seededRandom(seed);
  const centres = [
    [0, 0],
    [4, 0],
    [0, 4],
  ];
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const c = i % 3;
    X.push([centres[c]![0]! + rand() - 0.5, centres[c]![1]! + rand() - 0.5, rand()]);
    y.push(c);
  }
  return { X, y };
}

describe('multinomial logistic regression', () => {
  it('separates separable classes and gives probabilities that sum to 1', () => {
    const { X, y } = clusters(150, 7);
    const model = fitLogReg(X, y, 3, { l2: 0.01 });
    const correct = X.filter((x, i) => predictClass(model, x) === y[i]).length;
    expect(correct / X.length).toBeGreaterThan(0.97);
    const p = predictProba(model, X[0]!);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('a noise feature gets a much smaller weight than the informative ones', () => {
    const { X, y } = clusters(300, 3);
    const model = fitLogReg(X, y, 3, { l2: 0.01 });
    const size = (j: number) => Math.max(...model.weights.map((w) => Math.abs(w[j]!)));
    expect(size(2)).toBeLessThan(0.5 * Math.min(size(0), size(1)));
  });

  it('stronger L2 shrinks the weights', () => {
    const { X, y } = clusters(150, 11);
    const norm = (l2: number) =>
      fitLogReg(X, y, 3, { l2 })
        .weights.flat()
        .reduce((s, w) => s + w * w, 0);
    expect(norm(1)).toBeLessThan(norm(0.001));
  });

  it('is deterministic: the same data gives identical weights', () => {
    const { X, y } = clusters(90, 5);
    expect(JSON.stringify(fitLogReg(X, y, 3, { l2: 0.1 }))).toBe(
      JSON.stringify(fitLogReg(X, y, 3, { l2: 0.1 })),
    );
  });

  it('stratified folds are balanced and reproducible', () => {
    const y = Array.from({ length: 100 }, (_, i) => (i < 70 ? 0 : 1));
    const folds = stratifiedFolds(y, 5, 42);
    expect(stratifiedFolds(y, 5, 42)).toEqual(folds);
    for (let f = 0; f < 5; f += 1) {
      expect(folds.filter((x, i) => x === f && y[i] === 0)).toHaveLength(14);
      expect(folds.filter((x, i) => x === f && y[i] === 1)).toHaveLength(6);
    }
    expect(stratifiedFolds(y, 5, 43)).not.toEqual(folds);
  });
});
