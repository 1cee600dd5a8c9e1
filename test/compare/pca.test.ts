import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { pca } from '../../src/compare/pca.js';

function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('PCA of standardized rates', () => {
  it('two standardized features with correlation r: PC1 explains (1 + r) / 2, loadings ±1/√2', () => {
    // Closed form: the correlation matrix [[1, r], [r, 1]] has eigenvalues 1 ± r.
    const x = [1, 2, 3, 4, 5, 6];
    const y = [2, 1, 4, 3, 6, 5];
    const r = pearson(x, y);
    const fit = pca({ features: ['x', 'y'], rows: x.map((v, i) => [v, y[i]!]) })!;
    expect(fit.explained[0]).toBeCloseTo((1 + r) / 2, 9);
    expect(fit.explained[1]).toBeCloseTo((1 - r) / 2, 9);
    expect(Math.abs(fit.loadings[0]![0])).toBeCloseTo(Math.SQRT1_2, 9);
    expect(Math.abs(fit.loadings[1]![0])).toBeCloseTo(Math.SQRT1_2, 9);
  });

  it('fixes signs so the largest loading is positive: the same data always draws the same map', () => {
    const rows = [
      [1, 10, 3],
      [2, 8, 3.5],
      [3, 9, 1],
      [4, 4, 2],
    ];
    const fit = pca({ features: ['a', 'b', 'c'], rows })!;
    for (const c of [0, 1] as const) {
      const big = fit.loadings.reduce((m, l) => (Math.abs(l[c]) > Math.abs(m) ? l[c] : m), 0);
      expect(big).toBeGreaterThan(0);
    }
    const data = (f: unknown) => JSON.parse(JSON.stringify(f)) as unknown;
    expect(data(pca({ features: ['a', 'b', 'c'], rows }))).toEqual(data(fit));
  });

  it('drops constant features, sets missing values to the mean, and needs three items', () => {
    const fit = pca({
      features: ['same', 'a', 'b'],
      rows: [
        [5, 1, 2],
        [5, 2, null],
        [5, 3, 7],
        [5, 4, 5],
      ],
    })!;
    expect(fit.features).toEqual(['a', 'b']);
    expect(fit.coords).toHaveLength(4);
    expect(
      pca({
        features: ['a', 'b'],
        rows: [
          [1, 2],
          [2, 1],
        ],
      }),
    ).toBeNull();
    expect(pca({ features: ['a'], rows: [[1], [2], [3]] })).toBeNull();
  });

  it('scores are centred: each component sums to zero over the items', () => {
    const fit = pca({
      features: ['a', 'b', 'c'],
      rows: [
        [1, 0, 3],
        [4, 2, 1],
        [2, 2, 2],
        [0, 5, 1],
        [3, 1, 0],
      ],
    })!;
    for (const c of [0, 1] as const)
      expect(fit.coords.reduce((t, p) => t + p[c], 0)).toBeCloseTo(0, 9);
  });

  it('the streamed sums give the coordinates an SVD of the standardized, mean-imputed rows gives', () => {
    // 40 items, 4 features with a missing value here and there, large offsets (the shift keeps
    // the sums of squares small), computed the direct way for comparison.
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const rows = Array.from({ length: 40 }, (_, i) => {
      const a = 1000 + 10 * rand();
      return [a, 2 * a + rand(), i % 7 === 0 ? null : 50 * rand(), 3 - rand() + 0.1 * a];
    });
    const fit = pca({ features: ['a', 'b', 'c', 'd'], rows })!;
    const cols = [0, 1, 2, 3].map((j) => {
      const present = rows.map((r) => r[j]).filter((v): v is number => v != null);
      const mean = present.reduce((t, v) => t + v, 0) / present.length;
      const sd = Math.sqrt(present.reduce((t, v) => t + (v - mean) ** 2, 0) / (present.length - 1));
      return rows.map((r) => ((r[j] ?? mean) - mean) / sd);
    });
    const svd = new SingularValueDecomposition(new Matrix(cols).transpose(), {
      autoTranspose: true,
    });
    const total = svd.diagonal.reduce((t, v) => t + v * v, 0);
    for (const c of [0, 1] as const) {
      expect(fit.explained[c]).toBeCloseTo(svd.diagonal[c]! ** 2 / total, 9);
      const sign = Math.sign(fit.loadings[0]![c]) * Math.sign(svd.rightSingularVectors.get(0, c));
      rows.forEach((_, i) => {
        const want = sign * svd.leftSingularVectors.get(i, c) * svd.diagonal[c]!;
        expect(fit.coords[i]![c]).toBeCloseTo(want, 8);
      });
    }
  });
});
